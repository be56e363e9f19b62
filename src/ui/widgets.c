/* Shared drawing and menu behaviour for the list-shaped screens. */
#include "widgets.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"

FontSizes widgets_sizes(const Game *game)
{
    return layout_font_sizes(game->width, game->height, game->settings.text_scale_percent);
}

void widgets_clear(Game *game)
{
    SDL_Color bg = game->theme->background;
    SDL_SetRenderDrawColor(game->renderer, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(game->renderer);
}

/* The title's size: as large as the design asks, smaller only when it would not fit the
 * width on one line (a long heading at 200 % on 800x600). */
static int heading_title_px(Game *game, int width, const char *title)
{
    int px = widgets_sizes(game).title;
    /* At 200 % on a small window the title would take a sixth of the height: the rows below
     * it matter more. */
    int most = game->height / 12;
    px = px < most ? px : (most > LAYOUT_MIN_TEXT_PX ? most : LAYOUT_MIN_TEXT_PX);
    while (px > LAYOUT_MIN_TEXT_PX &&
           text_measure(game->text, FONT_BOLD, px, title, strlen(title)) > width)
        px = px * 9 / 10 > LAYOUT_MIN_TEXT_PX ? px * 9 / 10 : LAYOUT_MIN_TEXT_PX;
    return px;
}

int widgets_heading_height(Game *game, int width, const char *title, const char *subtitle)
{
    int px = heading_title_px(game, width, title);
    int h = text_line_height(game->text, FONT_BOLD, px);
    if (subtitle && subtitle[0])
        h += text_height(game->text, subtitle, width, FONT_REGULAR, widgets_sizes(game).status);
    return h;
}

void widgets_heading(Game *game, const Rect *box, const char *title, const char *subtitle)
{
    FontSizes fs = widgets_sizes(game);
    int px = heading_title_px(game, box->w, title);
    TextStyle title_style = {FONT_BOLD, px, game->theme->text, ALIGN_CENTER};
    Rect title_box = {box->x, box->y, box->w, text_line_height(game->text, FONT_BOLD, px)};
    int used = text_draw(game->text, title, &title_box, title_style);
    if (subtitle && subtitle[0]) {
        Rect sub = {box->x, box->y + used, box->w, box->h - used};
        TextStyle sub_style = {FONT_REGULAR, fs.status, game->theme->muted, ALIGN_CENTER};
        text_draw(game->text, subtitle, &sub, sub_style);
    }
}

int widgets_row_height(Game *game, bool with_detail)
{
    FontSizes fs = widgets_sizes(game);
    int h = fs.answer / 3 + text_line_height(game->text, FONT_BOLD, fs.answer);
    if (with_detail)
        h += text_line_height(game->text, FONT_REGULAR, fs.status);
    return h;
}

void widgets_list_layout(Game *game, const char *title, const char *subtitle, int count,
                         bool with_detail, int lines_above_footer, bool centre, MenuLayout *out)
{
    int row_h = widgets_row_height(game, with_detail);
    widgets_list_layout_rows(game, title, subtitle, count, row_h, lines_above_footer, centre, out);
}

void widgets_list_layout_rows(Game *game, const char *title, const char *subtitle, int count,
                              int row_h, int lines_above_footer, bool centre, MenuLayout *out)
{
    FontSizes fs = widgets_sizes(game);
    layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, out);
    out->heading.h = widgets_heading_height(game, out->heading.w, title, subtitle);
    out->footer.y -= lines_above_footer * fs.footer * 2;
    out->footer.h += lines_above_footer * fs.footer * 2;
    int gap = row_h / 6;
    int top = out->heading.y + out->heading.h + fs.body;
    int room = out->footer.y - fs.body / 2 - top;
    int fits = (room + gap) / (row_h + gap);
    int rows = count < fits ? count : fits;
    int most = (int)(sizeof out->rows / sizeof out->rows[0]);
    rows = rows < most ? rows : most;
    out->row_count = rows > 0 ? rows : 1; /* at 800x600 and 200 % one row always fits */
    /* A short menu that fits whole sits in the middle of its space, not under the heading. */
    int used = out->row_count * (row_h + gap) - gap;
    if (centre && rows == count && used < room)
        top += (room - used) / 3;
    for (int i = 0; i < out->row_count; i++)
        out->rows[i] = (Rect){out->heading.x, top + i * (row_h + gap), out->heading.w, row_h};
}

typedef struct {
    int px;         /* text size */
    int pad;        /* inside a button, and between the key cap and the label */
    bool show_keys; /* key caps drawn */
} FooterFit;

static int footer_button_width(Game *game, const FooterButton *b, const FooterFit *fit)
{
    int w = text_measure(game->text, FONT_REGULAR, fit->px, b->label, strlen(b->label));
    if (fit->show_keys)
        w += text_measure(game->text, FONT_BOLD, fit->px, b->key, strlen(b->key)) + fit->pad * 3;
    return w + fit->pad * 2;
}

static int footer_width(Game *game, const FooterButton *buttons, int count, const FooterFit *fit)
{
    int total = 0;
    for (int i = 0; i < count; i++)
        total += footer_button_width(game, &buttons[i], fit) + (i ? fit->pad * 2 : 0);
    return total;
}

/* The largest text, with key caps if possible, at which every button fits the box's width. */
static FooterFit footer_fit(Game *game, const Rect *box, const FooterButton *buttons, int count)
{
    FontSizes fs = widgets_sizes(game);
    int px = fs.footer < box->h * 10 / 22 ? fs.footer : box->h * 10 / 22;
    FooterFit fit = {px, px / 2, true};
    for (;;) {
        fit.pad = fit.px / 2;
        fit.show_keys = true;
        if (footer_width(game, buttons, count, &fit) <= box->w)
            return fit;
        fit.show_keys = false;
        if (footer_width(game, buttons, count, &fit) <= box->w || fit.px <= LAYOUT_MIN_TEXT_PX)
            return fit;
        fit.px = fit.px * 9 / 10 > LAYOUT_MIN_TEXT_PX ? fit.px * 9 / 10 : LAYOUT_MIN_TEXT_PX;
    }
}

void widgets_footer(Game *game, const Rect *area, const FooterButton *buttons, int count)
{
    const Theme *t = game->theme;
    /* The bottom strip of the area: the lines above it are for notices. */
    int strip = widgets_sizes(game).footer * 2;
    Rect bottom = *area;
    if (bottom.h > strip) {
        bottom.y += bottom.h - strip;
        bottom.h = strip;
    }
    const Rect *box = &bottom;
    FooterFit fit = footer_fit(game, box, buttons, count);
    int total = footer_width(game, buttons, count, &fit);
    int x = box->x + (total < box->w ? (box->w - total) / 2 : 0);
    int h = fit.px * 2 < box->h ? fit.px * 2 : box->h;
    int y = box->y + (box->h - h) / 2;
    for (int i = 0; i < count; i++) {
        const FooterButton *b = &buttons[i];
        int w = footer_button_width(game, b, &fit);
        int room = box->x + box->w - x; /* only when even the smallest text cannot fit */
        Rect button = {x, y, w < room ? w : room, h};
        bool acts = b->action != ACTION_NONE;
        if (acts) {
            draw_fill(game->renderer, &button, t->surface);
            draw_outline(game->renderer, &button, 1 + fit.px / 16, t->outline);
        }
        int tx = button.x + fit.pad, mid = button.y + button.h / 2;
        if (fit.show_keys) {
            int key_w = text_measure(game->text, FONT_BOLD, fit.px, b->key, strlen(b->key));
            Rect cap = {tx, button.y + h / 8, key_w + fit.pad * 2, h - h / 4};
            draw_fill(game->renderer, &cap, t->background);
            TextStyle key = {FONT_BOLD, fit.px, t->text, ALIGN_LEFT};
            text_draw_line(game->text, b->key, cap.x + fit.pad, mid, key);
            tx = cap.x + cap.w + fit.pad;
        }
        TextStyle label = {FONT_REGULAR, fit.px, acts ? t->text : t->muted, ALIGN_LEFT};
        text_draw_line_clipped(game->text, b->label, tx, mid, button.x + button.w - tx, label);
        if (acts) {
            char name[48];
            snprintf(name, sizeof name, "button %s", b->label);
            Action action = {.type = b->action, .device = DEVICE_MOUSE, .scancode = b->scancode};
            game_add_target(game, name, &button, &action);
        }
        x += w + fit.pad * 2;
    }
}

void widgets_notice(Game *game, const Rect *footer, const char *text, bool muted)
{
    FontSizes fs = widgets_sizes(game);
    int room = footer->h - fs.footer * 2;
    Rect line = {footer->x, footer->y, footer->w, room};
    if (room < fs.footer) /* no line was kept for it: just above the footer */
        line = (Rect){footer->x, footer->y - fs.footer * 2, footer->w, fs.footer * 2};
    TextStyle style = {FONT_REGULAR, fs.footer, muted ? game->theme->muted : game->theme->text,
                       ALIGN_CENTER};
    text_draw(game->text, text, &line, style);
}

int widgets_menu(Game *game, const MenuLayout *layout, const MenuRow *rows, int count,
                 const MenuState *state)
{
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    int visible = 0;
    bool scrollbar = count > layout->row_count && layout->row_count > 0;
    for (int slot = 0; slot < layout->row_count; slot++) {
        int i = state->scroll + slot;
        if (i >= count)
            break;
        const Rect *r = &layout->rows[slot];
        bool focused = i == state->focus;
        draw_fill(game->renderer, r,
                  (i == state->hover && !rows[i].disabled) ? t->surface_hover : t->surface);
        draw_outline(game->renderer, r, 1 + fs.answer / 24, t->outline);
        char name[48];
        snprintf(name, sizeof name, "button %s", rows[i].label);
        game_add_target(game, name, r, NULL);
        if (focused)
            draw_outline(game->renderer, r, fs.answer / 6 + 2, t->focus);
        int pad = fs.answer / 2;
        SDL_Color ink = rows[i].disabled ? t->muted : t->text;
        /* The row was sized for these texts (widgets_row_height): each gets its own line. */
        TextStyle label_style = {FONT_BOLD, fs.answer, ink, ALIGN_LEFT};
        TextStyle detail_style = {FONT_REGULAR, fs.status, t->muted, ALIGN_LEFT};
        int text_w = r->w - 2 * pad;
        if (rows[i].detail) {
            int label_h = text_line_height(game->text, FONT_BOLD, fs.answer);
            int detail_h = text_line_height(game->text, FONT_REGULAR, fs.status);
            int top = r->y + (r->h - label_h - detail_h) / 2;
            text_draw_line_clipped(game->text, rows[i].label, r->x + pad, top + label_h / 2, text_w,
                                   label_style);
            text_draw_line_clipped(game->text, rows[i].detail, r->x + pad,
                                   top + label_h + detail_h / 2, text_w, detail_style);
        } else {
            text_draw_line_clipped(game->text, rows[i].label, r->x + pad, r->y + r->h / 2, text_w,
                                   label_style);
        }
        visible++;
    }
    if (scrollbar) { /* where the visible rows sit in the whole list */
        const Rect *first = &layout->rows[0], *last = &layout->rows[layout->row_count - 1];
        int track_h = last->y + last->h - first->y;
        int bar_w = fs.footer / 3;
        /* In the margin beside the rows, clear of the focus outline. */
        Rect track = {first->x + first->w + bar_w, first->y, bar_w, track_h};
        Rect thumb = {track.x, first->y + track_h * state->scroll / count, bar_w,
                      track_h * layout->row_count / count};
        draw_fill(game->renderer, &track, t->background);
        draw_fill(game->renderer, &thumb, t->muted);
    }
    return visible;
}

void widgets_buttons(Game *game, const MenuLayout *layout, const MenuRow *rows, int count,
                     const MenuState *state)
{
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    for (int i = 0; i < count && i < layout->row_count; i++) {
        const Rect *r = &layout->rows[i];
        bool hovered = i == state->hover && !rows[i].disabled;
        draw_fill(game->renderer, r, hovered ? t->surface_hover : t->surface);
        draw_outline(game->renderer, r, 1 + fs.body / 24, t->outline);
        if (i == state->focus)
            draw_outline(game->renderer, r, fs.body / 6 + 2, t->focus);
        TextStyle style = {FONT_BOLD, fs.body, rows[i].disabled ? t->muted : t->text, ALIGN_CENTER};
        int line_h = text_line_height(game->text, FONT_BOLD, fs.body);
        Rect text_box = {r->x + fs.body / 4, r->y + (r->h - line_h) / 2, r->w - fs.body / 2,
                         line_h};
        text_draw(game->text, rows[i].label, &text_box, style);
        char name[48];
        snprintf(name, sizeof name, "button %s", rows[i].label);
        game_add_target(game, name, r, NULL);
    }
}

MenuState menu_state_at(int focus) { return (MenuState){focus, -1, 0}; }

static void keep_focus_visible(MenuState *state, int visible_rows)
{
    if (state->focus < state->scroll)
        state->scroll = state->focus;
    if (visible_rows > 0 && state->focus >= state->scroll + visible_rows)
        state->scroll = state->focus - visible_rows + 1;
    if (state->scroll < 0)
        state->scroll = 0;
}

/* Every row takes focus, a disabled one too: a keyboard user must be able to reach a failed
 * bank and read why it failed, as a mouse user can point at it. */
static int next_row(int count, int from, int step)
{
    int next = from + step;
    return next >= 0 && next < count ? next : from;
}

int widgets_menu_handle(MenuState *state, const MenuLayout *layout, const MenuRow *rows, int count,
                        const Action *action, bool *changed)
{
    int before_focus = state->focus, before_hover = state->hover, before_scroll = state->scroll;
    int activated = -1;
    switch (action->type) {
    case ACTION_UP: state->focus = next_row(count, state->focus, -1); break;
    case ACTION_DOWN: state->focus = next_row(count, state->focus, +1); break;
    case ACTION_SCROLL: {
        int max_scroll = count - layout->row_count;
        state->scroll += action->choice;
        if (state->scroll > max_scroll)
            state->scroll = max_scroll;
        if (state->scroll < 0)
            state->scroll = 0;
        break;
    }
    case ACTION_ACCEPT:
        if (state->focus >= 0 && state->focus < count && !rows[state->focus].disabled)
            activated = state->focus;
        break;
    case ACTION_POINTER_MOVE:
    case ACTION_POINTER_PRESS:
        state->hover = -1;
        for (int slot = 0; slot < layout->row_count && state->scroll + slot < count; slot++) {
            if (rect_contains(&layout->rows[slot], action->x, action->y)) {
                int i = state->scroll + slot;
                state->hover = i;
                if (action->type == ACTION_POINTER_PRESS && !rows[i].disabled) {
                    state->focus = i;
                    activated = i;
                }
            }
        }
        break;
    default: break;
    }
    if (action->type != ACTION_SCROLL && action->type != ACTION_POINTER_MOVE)
        keep_focus_visible(state, layout->row_count);
    *changed = before_focus != state->focus || before_hover != state->hover ||
               before_scroll != state->scroll || activated >= 0;
    return activated;
}
