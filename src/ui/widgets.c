/* Shared drawing and menu behaviour for the list-shaped screens. */
#include "widgets.h"

#include "draw.h"

FontSizes widgets_sizes(const Game *game)
{
    return layout_font_sizes(game->height, game->settings.text_scale_percent);
}

void widgets_clear(Game *game)
{
    SDL_Color bg = game->theme->background;
    SDL_SetRenderDrawColor(game->renderer, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(game->renderer);
}

void widgets_heading(Game *game, const Rect *box, const char *title, const char *subtitle)
{
    FontSizes fs = widgets_sizes(game);
    TextStyle title_style = {FONT_BOLD, fs.title, game->theme->text, ALIGN_CENTER};
    Rect title_box = *box;
    if (subtitle) {
        title_box.h = box->h * 6 / 10;
    }
    int used = text_draw(game->text, title, &title_box, title_style);
    if (subtitle) {
        Rect sub = {box->x, box->y + used, box->w, box->h - used};
        TextStyle sub_style = {FONT_REGULAR, fs.status, game->theme->muted, ALIGN_CENTER};
        text_draw(game->text, subtitle, &sub, sub_style);
    }
}

void widgets_footer(Game *game, const Rect *box, const char *keys)
{
    FontSizes fs = widgets_sizes(game);
    Rect line = {box->x, box->y + box->h / 4, box->w, box->h};
    TextStyle style = {FONT_REGULAR, fs.footer, game->theme->muted, ALIGN_CENTER};
    text_draw(game->text, keys, &line, style);
}

void widgets_notice(Game *game, const Rect *footer, const char *text)
{
    FontSizes fs = widgets_sizes(game);
    Rect line = {footer->x, footer->y - fs.body * 2, footer->w, fs.body * 2};
    TextStyle style = {FONT_REGULAR, fs.footer, game->theme->text, ALIGN_CENTER};
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
        if (focused)
            draw_outline(game->renderer, r, fs.answer / 6 + 2, t->focus);
        int pad = fs.answer / 2;
        SDL_Color ink = rows[i].disabled ? t->muted : t->text;
        /* Text never outgrows its row, whatever the text-size setting asks for. */
        int label_px = rows[i].detail ? fs.answer * 9 / 10 : fs.answer;
        int label_max = rows[i].detail ? r->h * 2 / 5 : r->h * 5 / 8;
        int detail_px = fs.footer < r->h / 3 ? fs.footer : r->h / 3;
        TextStyle label_style = {FONT_BOLD, label_px < label_max ? label_px : label_max, ink,
                                 ALIGN_LEFT};
        TextStyle detail_style = {FONT_REGULAR, detail_px, t->muted, ALIGN_LEFT};
        int text_w = r->w - 2 * pad - (scrollbar ? fs.footer : 0);
        if (rows[i].detail) {
            text_draw_line_clipped(game->text, rows[i].label, r->x + pad, r->y + r->h * 3 / 10,
                                   text_w, label_style);
            text_draw_line_clipped(game->text, rows[i].detail, r->x + pad, r->y + r->h * 72 / 100,
                                   text_w, detail_style);
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

static int next_enabled(const MenuRow *rows, int count, int from, int step)
{
    for (int i = from + step; i >= 0 && i < count; i += step)
        if (!rows[i].disabled)
            return i;
    return from;
}

int widgets_menu_handle(MenuState *state, const MenuLayout *layout, const MenuRow *rows, int count,
                        const Action *action, bool *changed)
{
    int before_focus = state->focus, before_hover = state->hover, before_scroll = state->scroll;
    int activated = -1;
    switch (action->type) {
    case ACTION_UP: state->focus = next_enabled(rows, count, state->focus, -1); break;
    case ACTION_DOWN: state->focus = next_enabled(rows, count, state->focus, +1); break;
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
