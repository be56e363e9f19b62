/* The question and feedback screens' picture: status bar, prompt, answer tiles marked by letter,
 * shape and colour, and after an answer the verdict, explanation and source. */
#include "round_view.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "herocity/fit.h"
#include "strings.h"
#include "widgets.h"

/* The question's text scale and layouts, worked out once per question, window size and
 * text-size setting: drawing a frame or moving the mouse measures no text. */
static RoundViewCache *round_cache(Game *game, const SessionSnapshot *snap)
{
    RoundViewCache *cache = &game->round_view;
    int setting = game->settings.text_scale_percent;
    if (cache->question != snap->question || cache->width != game->width ||
        cache->height != game->height || cache->setting != setting) {
        FontMetrics metrics = text_metrics(game->text);
        *cache = (RoundViewCache){0};
        cache->question = snap->question;
        cache->width = game->width;
        cache->height = game->height;
        cache->setting = setting;
        cache->scale = setting;
        /* Above the default size, step down until everything fits; at or below it, the
         * validator has already made sure it does. */
        if (setting > 100)
            cache->scale = fit_best_scale(&metrics, snap->question, snap->choices, game->width,
                                          game->height, setting, 100);
        for (int feedback = 0; feedback < 2; feedback++)
            fit_layout_round(&metrics, game->width, game->height, cache->scale, snap->choices,
                             snap->choice_count, feedback, &cache->layouts[feedback]);
    }
    return cache;
}

static FontSizes round_sizes(const Game *game)
{
    return layout_font_sizes(game->height, game->round_view.scale);
}

const RoundLayout *round_view_layout(Game *game, const SessionSnapshot *snap, bool feedback)
{
    return &round_cache(game, snap)->layouts[feedback ? 1 : 0];
}

int round_view_hit(Game *game, int x, int y)
{
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    const RoundLayout *layout = round_view_layout(game, &snap, snap.state == SESSION_FEEDBACK);
    for (int i = 0; i < layout->tile_count; i++)
        if (rect_contains(&layout->tiles[i], x, y))
            return i;
    return -1;
}

static void draw_status(Game *game, const SessionSnapshot *snap, const RoundLayout *layout)
{
    FontSizes fs = round_sizes(game);
    const Theme *t = game->theme;
    TextStyle style = {FONT_REGULAR, fs.status, t->text, ALIGN_LEFT};
    int mid = layout->status.y + layout->status.h / 2;
    char left[64], right[96];
    snprintf(left, sizeof left, TXT_PROGRESS_FMT, snap->question_number, snap->question_total);
    text_draw_line(game->text, left, layout->status.x, mid, style);
    char score[32], streak[32];
    snprintf(score, sizeof score, TXT_SCORE_FMT, snap->score);
    snprintf(streak, sizeof streak, TXT_STREAK_FMT, snap->streak);
    snprintf(right, sizeof right, "%s    %s", score, streak);
    int w = text_measure(game->text, FONT_BOLD, fs.status, right, strlen(right));
    style.style = FONT_BOLD;
    text_draw_line(game->text, right, layout->status.x + layout->status.w - w, mid, style);
    /* The round's title in the middle, when there is room for it. */
    int left_w = text_measure(game->text, FONT_REGULAR, fs.status, left, strlen(left));
    Rect middle = {layout->status.x + left_w + fs.status,
                   layout->status.y + (layout->status.h - fs.status * 5 / 4) / 2,
                   layout->status.w - left_w - w - 2 * fs.status, fs.status * 3 / 2};
    if (text_measure(game->text, FONT_REGULAR, fs.status, game->round_title,
                     strlen(game->round_title)) <= middle.w) {
        TextStyle title = {FONT_REGULAR, fs.status, t->muted, ALIGN_CENTER};
        text_draw(game->text, game->round_title, &middle, title);
    }
    Rect rule = {layout->status.x, layout->status.y + layout->status.h - 2, layout->status.w, 2};
    draw_fill(game->renderer, &rule, t->surface_hover);
}

static void draw_tile(Game *game, const SessionSnapshot *snap, const RoundLayout *layout, int i,
                      bool feedback, int focus, int hover)
{
    FontSizes fs = round_sizes(game);
    const Theme *t = game->theme;
    const Rect *tile = &layout->tiles[i];
    bool is_right = feedback && i == snap->correct_choice;
    bool is_wrong_pick = feedback && i == snap->picked_choice && !is_right;
    bool hovered = !feedback && i == hover;
    draw_fill(game->renderer, tile, hovered ? t->surface_hover : t->surface);
    int border = fs.answer / 12 + 2;
    draw_outline(game->renderer, tile, border, t->answer[i]);

    /* The badge is the answer's shape in its colour with its letter inside: letter, shape and
     * colour each identify the answer on their own. */
    Rect badge = {tile->x + layout->padding, tile->y + (tile->h - layout->badge) / 2, layout->badge,
                  layout->badge};
    draw_shape(game->renderer, answer_shape(i), &badge, t->answer[i]);
    char letter[2] = {answer_letter(i), '\0'};
    int letter_px = layout->badge * 2 / 5;
    /* A triangle's centre of mass sits low: lower its letter to match. */
    int drop = answer_shape(i) == SHAPE_TRIANGLE ? layout->badge / 7 : 0;
    TextStyle letter_style = {FONT_BOLD, letter_px, t->answer_ink[i], ALIGN_CENTER};
    int letter_w = text_measure(game->text, FONT_BOLD, letter_px, letter, 1);
    text_draw_line(game->text, letter, badge.x + (badge.w - letter_w) / 2,
                   badge.y + badge.h / 2 + drop, letter_style);

    int mark_w = feedback ? layout->badge : 0;
    Rect text_box = layout_tile_text(layout, i, feedback);
    int text_h = text_height(game->text, snap->choices[i], text_box.w, FONT_REGULAR, fs.answer);
    if (text_h < text_box.h) { /* centre short answers vertically */
        text_box.y += (text_box.h - text_h) / 2;
        text_box.h = text_h;
    }
    TextStyle style = {FONT_REGULAR, fs.answer, t->text, ALIGN_LEFT};
    text_draw(game->text, snap->choices[i], &text_box, style);

    if (feedback && !is_right && !is_wrong_pick) {
        SDL_Color veil = t->background;
        veil.a = 150; /* answers not involved recede, but stay readable */
        draw_fill(game->renderer, tile, veil);
    }
    if (is_right || is_wrong_pick) {
        SDL_Color mark = is_right ? t->correct : t->wrong;
        draw_outline(game->renderer, tile, border * 3, mark);
        /* Inside the thick outline, whatever the tile's height. */
        int side = mark_w < tile->h - border * 8 ? mark_w : tile->h - border * 8;
        Rect box = {tile->x + tile->w - layout->padding - side, tile->y + (tile->h - side) / 2,
                    side, side};
        draw_fill(game->renderer, &box, mark);
        if (is_right)
            draw_check(game->renderer, &box, side / 8 + 1, (SDL_Color){255, 255, 255, 255});
        else
            draw_cross(game->renderer, &box, side / 8 + 1, (SDL_Color){255, 255, 255, 255});
    }
    if (!feedback && i == focus) {
        Rect ring = {tile->x - border * 2, tile->y - border * 2, tile->w + border * 4,
                     tile->h + border * 4};
        draw_outline(game->renderer, &ring, border * 2, t->focus);
    }
}

static void draw_panel(Game *game, const SessionSnapshot *snap, const RoundLayout *layout)
{
    FontSizes fs = round_sizes(game);
    const Theme *t = game->theme;
    const Rect *panel = &layout->panel;
    draw_fill(game->renderer, panel, t->surface);
    bool right = snap->picked_choice == snap->correct_choice;
    Rect accent = {panel->x, panel->y, fs.body / 3, panel->h};
    draw_fill(game->renderer, &accent, right ? t->correct : t->wrong);

    char verdict[160];
    if (right) {
        char points[48];
        snprintf(points, sizeof points, TXT_POINTS_FMT, snap->last_points);
        snprintf(verdict, sizeof verdict, "%s   %s", TXT_CORRECT, points);
    } else {
        snprintf(verdict, sizeof verdict, "%s: %c, %s", TXT_NOT_QUITE,
                 answer_letter(snap->correct_choice), snap->choices[snap->correct_choice]);
    }
    const Question *q = snap->question;
    char source[320] = "";
    if (q->source[0])
        snprintf(source, sizeof source, TXT_SOURCE_FMT, q->source);
    int source_w = layout_source_width(layout);
    int source_h =
        source[0] ? text_height(game->text, source, source_w, FONT_REGULAR, fs.footer) : 0;
    PanelLayout parts;
    layout_panel(layout, &fs, source_h, &parts);
    SDL_Color white = {255, 255, 255, 255};
    draw_fill(game->renderer, &parts.icon, right ? t->correct : t->wrong);
    if (right)
        draw_check(game->renderer, &parts.icon, fs.body / 6 + 1, white);
    else
        draw_cross(game->renderer, &parts.icon, fs.body / 6 + 1, white);
    TextStyle verdict_style = {FONT_BOLD, fs.body, t->text, ALIGN_LEFT};
    text_draw(game->text, verdict, &parts.verdict, verdict_style);
    TextStyle body_style = {FONT_REGULAR, fs.body, t->text, ALIGN_LEFT};
    text_draw(game->text, q->explanation, &parts.body, body_style);
    TextStyle source_style = {FONT_REGULAR, fs.footer, t->muted, ALIGN_LEFT};
    text_draw(game->text, source, &parts.source, source_style);
}

void round_view_draw(Game *game, bool feedback, int focus, int hover)
{
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    if (!snap.question)
        return;
    const RoundLayout *layout = round_view_layout(game, &snap, feedback);
    FontSizes fs = round_sizes(game);
    widgets_clear(game);
    draw_status(game, &snap, layout);
    TextStyle prompt = {FONT_BOLD, fs.prompt, game->theme->text, ALIGN_CENTER};
    int prompt_h =
        text_height(game->text, snap.question->prompt, layout->prompt.w, FONT_BOLD, fs.prompt);
    Rect prompt_box = layout->prompt;
    if (prompt_h < prompt_box.h) { /* centre a short prompt in its space */
        prompt_box.y += (prompt_box.h - prompt_h) / 2;
        prompt_box.h = prompt_h;
    }
    text_draw(game->text, snap.question->prompt, &prompt_box, prompt);
    for (int i = 0; i < snap.choice_count; i++)
        draw_tile(game, &snap, layout, i, feedback, focus, hover);
    if (feedback)
        draw_panel(game, &snap, layout);
    static const FooterButton question_footer[] = {{KEY_ANSWERS, TXT_DO_ANSWER, ACTION_NONE},
                                                   {KEY_ESC, TXT_DO_LEAVE_ROUND, ACTION_BACK}};
    static const FooterButton feedback_footer[] = {{KEY_ENTER, TXT_DO_CONTINUE, ACTION_ACCEPT},
                                                   {KEY_ESC, TXT_DO_LEAVE_ROUND, ACTION_BACK}};
    if (feedback)
        widgets_footer(game, &layout->footer, feedback_footer, 2);
    else
        widgets_footer(game, &layout->footer, question_footer, 2);
    for (int i = 0; i < snap.choice_count; i++) {
        char name[16];
        snprintf(name, sizeof name, "answer %c", answer_letter(i));
        game_add_target(game, name, &layout->tiles[i], NULL);
    }
}
