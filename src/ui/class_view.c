/* The classroom game's picture (see class_view.h). */
#include "class_view.h"

#include <stdio.h>
#include <string.h>

#include "class_keys.h"
#include "draw.h"
#include "strings.h"
#include "widgets.h"

enum { CHIP_MIN_CHARS = 9 }; /* a chip narrower than this many status characters wraps the row */

typedef struct {
    int rows, columns;
    int chip_w, chip_h, gap, pad;
    int px;     /* the chips' text size: the status size, or less where many teams need it */
    int line_h; /* one line at that size */
    int top;    /* the strip's top */
} StripLayout;

Rect class_view_footer(const Game *game)
{
    FontSizes fs = layout_font_sizes(game->width, game->height, game->settings.text_scale_percent);
    return (Rect){0, game->height - fs.footer * 2, game->width, fs.footer * 2};
}

/* The strip at text size px. */
static StripLayout strip_at(const Game *game, int teams, int px)
{
    StripLayout s = {0};
    s.px = px;
    s.gap = layout_gap(game->width, game->height);
    s.pad = px / 3;
    s.line_h = px * 5 / 4;
    s.chip_h = s.pad * 2 + s.line_h * 2;
    Rect content = layout_content(game->width, game->height, 16, 9);
    s.columns = teams;
    while (s.columns > 1 && (content.w - (s.columns - 1) * s.gap) / s.columns < px * CHIP_MIN_CHARS)
        s.columns = (s.columns + 1) / 2;
    s.rows = (teams + s.columns - 1) / s.columns;
    s.chip_w = (content.w - (s.columns - 1) * s.gap) / s.columns;
    Rect footer = class_view_footer(game);
    s.top = footer.y - s.gap / 2 - s.rows * s.chip_h - (s.rows - 1) * s.gap;
    return s;
}

/* The chips and the footer take at most STRIP_MAX_PERCENT of the window, so that the question keeps
 * room with eight teams at 200 % on 800x600: their text steps down for it, never below the size the
 * smallest text setting gives. */
enum { STRIP_MAX_PERCENT = 50 };

static StripLayout strip_layout(const Game *game, int teams)
{
    FontSizes fs = layout_font_sizes(game->width, game->height, game->settings.text_scale_percent);
    FontSizes least = layout_font_sizes(game->width, game->height, LIMIT_TEXT_SCALE_MIN);
    StripLayout s = strip_at(game, teams, fs.status);
    while (s.px > least.status && (game->height - s.top) * 100 > game->height * STRIP_MAX_PERCENT)
        s = strip_at(game, teams, s.px - 1);
    return s;
}

static Rect chip_rect(const Game *game, const StripLayout *s, int team)
{
    Rect content = layout_content(game->width, game->height, 16, 9);
    int row = team / s->columns, col = team % s->columns;
    return (Rect){content.x + col * (s->chip_w + s->gap), s->top + row * (s->chip_h + s->gap),
                  s->chip_w, s->chip_h};
}

int class_view_team_at(const Game *game, const ClassSnapshot *snap, int x, int y)
{
    StripLayout s = strip_layout(game, snap->team_count);
    for (int t = 0; t < snap->team_count; t++) {
        Rect chip = chip_rect(game, &s, t);
        if (rect_contains(&chip, x, y))
            return t;
    }
    return -1;
}

void class_view_team_badge(Game *game, int team, const Rect *box)
{
    const Theme *t = game->theme;
    int colour = team % BANK_MAX_CHOICES;
    draw_shape(game->renderer, answer_shape(team), box, t->answer[colour]);
    draw_shape_outline(game->renderer, answer_shape(team), box, box->w / 16 + 1,
                       t->answer_edge[colour]);
    char number[16];
    snprintf(number, sizeof number, "%d", team + 1);
    int px = box->h * 9 / 20;
    int w = text_measure(game->text, FONT_BOLD, px, number, strlen(number));
    int drop = answer_shape(team) == SHAPE_TRIANGLE ? box->h / 7 : 0;
    TextStyle style = {FONT_BOLD, px, t->answer_ink[colour], ALIGN_LEFT};
    text_draw_line(game->text, number, box->x + (box->w - w) / 2, box->y + box->h / 2 + drop,
                   style);
}

/* The chip's second line: what the team has done this question. */
static void chip_status(const Game *game, const ClassSnapshot *snap, const ClassViewMarks *marks,
                        int team, char *out, size_t size)
{
    const ClassAnswer *a = &snap->answers[team];
    const ClassSetup *setup = classroom_setup(game->classroom);
    char letter[2] = {a->answered ? answer_letter(a->choice) : '-', '\0'};
    if (snap->phase == CLASS_REVEAL) {
        if (!a->answered)
            snprintf(out, size, "%s", snap->skipped ? TXT_SKIPPED : TXT_NO_ANSWER);
        else
            snprintf(out, size, TXT_CHIP_REVEAL_FMT, letter, a->correct ? TXT_TICK : TXT_CROSS,
                     a->points);
        return;
    }
    bool turns = setup->answers == CLASS_ANSWERS_TURNS;
    if (turns && team != snap->turn_team && team != snap->steal_team) {
        out[0] = '\0';
        return;
    }
    if (a->answered) {
        /* Devices keep the answer hidden until the reveal; the quizmaster typed it. */
        bool hidden = setup->answers != CLASS_ANSWERS_QUIZMASTER;
        if (hidden)
            snprintf(out, size, "%s", TXT_LOCKED_IN);
        else
            snprintf(out, size, TXT_CHIP_ANSWER_FMT, letter);
        return;
    }
    if (turns) {
        snprintf(out, size, "%s", team == snap->steal_team ? TXT_MAY_STEAL : TXT_TO_ANSWER);
    } else if (setup->answers == CLASS_ANSWERS_QUIZMASTER) {
        snprintf(out, size, "%s", marks->pending == team ? TXT_TYPE_LETTER : "");
    } else if (marks->pads && marks->pads[team] >= 0) {
        snprintf(out, size, "%s", TXT_CONTROLLER);
    } else if (team < CLASS_KEYBOARD_TEAMS) {
        char keys[64];
        class_keys_block_label(team, snap->choice_count, keys, sizeof keys);
        snprintf(out, size, TXT_KEYS_FMT, keys);
    } else {
        snprintf(out, size, "%s", TXT_PRESS_TO_JOIN);
    }
    int remaining = snap->remaining_ms[team];
    size_t used = strlen(out);
    if (remaining >= 0 && setup->teams[team].time_percent != CLASS_TIME_NORMAL)
        snprintf(out + used, size - used, TXT_CHIP_SECONDS_FMT, (remaining + 999) / 1000);
}

static void draw_chip(Game *game, const ClassSnapshot *snap, const ClassViewMarks *marks,
                      const StripLayout *s, int team)
{
    const Theme *t = game->theme;
    Rect chip = chip_rect(game, s, team);
    draw_fill(game->renderer, &chip, t->surface);
    draw_outline(game->renderer, &chip, 1 + s->px / 16, t->outline);
    if (team == marks->selected)
        draw_outline(game->renderer, &chip, s->px / 6 + 2, t->focus);
    int badge = s->line_h * 2 - s->pad / 2;
    Rect mark = {chip.x + s->pad, chip.y + (chip.h - badge) / 2, badge, badge};
    class_view_team_badge(game, team, &mark);
    const ClassSetup *setup = classroom_setup(game->classroom);
    int x = mark.x + badge + s->pad, right = chip.x + chip.w - s->pad;
    int mid1 = chip.y + s->pad + s->line_h / 2, mid2 = mid1 + s->line_h;
    TextStyle bold = {FONT_BOLD, s->px, t->text, ALIGN_LEFT};
    int score_w = 0;
    bool scores_shown = setup->board == CLASS_BOARD_EACH_QUESTION;
    if (scores_shown) {
        char score[24];
        snprintf(score, sizeof score, "%d", snap->scores[team]);
        score_w = text_measure(game->text, FONT_BOLD, s->px, score, strlen(score));
        text_draw_line(game->text, score, right - score_w, mid1, bold);
        score_w += s->pad;
    }
    text_draw_line_clipped(game->text, setup->teams[team].name, x, mid1, right - score_w - x, bold);
    char status[128];
    chip_status(game, snap, marks, team, status, sizeof status);
    TextStyle regular = {FONT_REGULAR, s->px, t->text, ALIGN_LEFT};
    text_draw_line_clipped(game->text, status, x, mid2, right - x, regular);
    char name[24];
    snprintf(name, sizeof name, "team %d", team + 1);
    game_add_target(game, name, &chip, NULL);
}

/* The seconds left before the answers close: the longest time of a timed team still to answer;
 * -1 when nothing closes them by time. */
static int closing_ms(const Game *game, const ClassSnapshot *snap)
{
    const ClassSetup *setup = classroom_setup(game->classroom);
    int most = -1;
    for (int t = 0; t < snap->team_count; t++) {
        bool turns = setup->answers == CLASS_ANSWERS_TURNS;
        int answering = snap->phase == CLASS_STEAL ? snap->steal_team : snap->turn_team;
        if (snap->answers[t].answered || (turns && t != answering))
            continue;
        if (snap->remaining_ms[t] < 0)
            return -1; /* an untimed team is waited for */
        most = snap->remaining_ms[t] > most ? snap->remaining_ms[t] : most;
    }
    return most;
}

/* Progress and title on the left; the countdown's seconds on the right, large, with a bar the
 * width of the screen under the status line. */
static void draw_status(Game *game, const ClassSnapshot *snap, const RoundPlan *plan)
{
    const Theme *t = game->theme;
    const Rect *bar = &plan->status.box;
    int px = plan->status.px, mid = bar->y + bar->h / 2;
    char left[LIMIT_TITLE_BYTES + 128];
    snprintf(left, sizeof left, TXT_CLASS_PROGRESS_FMT, snap->question_number, snap->question_total,
             game->class_save_failed ? TXT_CLASS_NOT_SAVED : game->class_title);
    int ms =
        snap->phase == CLASS_ANSWERING || snap->phase == CLASS_STEAL ? closing_ms(game, snap) : -1;
    char right[32] = "";
    if (snap->paused)
        snprintf(right, sizeof right, "%s", TXT_PAUSED);
    else if (ms >= 0)
        snprintf(right, sizeof right, TXT_SECONDS_FMT, (ms + 999) / 1000);
    int big = bar->h * 9 / 10;
    int right_w = text_measure(game->text, FONT_BOLD, big, right, strlen(right));
    TextStyle bold = {FONT_BOLD, big, ms >= 0 && ms <= 5000 ? t->focus : t->text, ALIGN_LEFT};
    text_draw_line(game->text, right, bar->x + bar->w - right_w, mid, bold);
    TextStyle regular = {game->class_save_failed ? FONT_BOLD : FONT_REGULAR, px, t->text,
                         ALIGN_LEFT};
    text_draw_line_clipped(game->text, left, bar->x, mid, bar->w - right_w - px, regular);
    int thick = bar->h / 6 + 1;
    Rect track = {bar->x, bar->y + bar->h - thick, bar->w, thick};
    draw_fill(game->renderer, &track, t->surface_hover);
    const ClassSetup *setup = classroom_setup(game->classroom);
    if (ms >= 0 && setup->timer_seconds > 0) {
        int full = setup->timer_seconds * 1000;
        /* Extra time runs past the normal time: the bar stays full until it is back in range. */
        int w = ms >= full ? bar->w : (int)((long)bar->w * ms / full);
        Rect left_bar = {bar->x, track.y, w, thick};
        draw_fill(game->renderer, &left_bar, t->text);
    }
}

static void draw_paused(Game *game)
{
    SDL_Color veil = game->theme->background;
    veil.a = 200;
    Rect all = {0, 0, game->width, game->height};
    draw_fill(game->renderer, &all, veil);
    FontSizes fs = layout_font_sizes(game->width, game->height, game->settings.text_scale_percent);
    Rect box = {0, game->height / 2 - fs.title, game->width, fs.title * 2};
    TextStyle style = {FONT_BOLD, fs.title, game->theme->text, ALIGN_CENTER};
    text_draw(game->text, TXT_PAUSED_LONG, &box, style);
}

/* The round plan lays out a window of this height, keeping room for a footer at its foot: the
 * height is chosen so that its tiles end half a gap above the team strip. The plan's footer and
 * gap shrink with the height, and with the text size when it steps a size down, so the room is
 * reckoned at the smallest text size: never under the strip, at most a line's room spare. */
static int plan_height(const Game *game, const StripLayout *strip)
{
    int limit = strip->top - strip->gap / 2;
    /* Footer and gap only grow with the height, so no height above the limit plus the whole
     * window's footer and gap can work: start there, a few steps from the answer, every frame. */
    FontSizes full = layout_font_sizes(game->width, game->height, LIMIT_TEXT_SCALE_MIN);
    int height = limit + full.footer * 2 + layout_gap(game->width, game->height);
    if (height > game->height)
        height = game->height;
    while (height > limit) {
        FontSizes fs = layout_font_sizes(game->width, height, LIMIT_TEXT_SCALE_MIN);
        if (height - fs.footer * 2 - layout_gap(game->width, height) <= limit)
            break;
        height--;
    }
    return height;
}

void class_view_draw(RoundView *view, Game *game, const ClassSnapshot *snap,
                     const ClassViewMarks *marks)
{
    widgets_clear(game);
    if (!snap->question)
        return;
    StripLayout strip = strip_layout(game, snap->team_count);
    bool reveal = snap->phase == CLASS_REVEAL;
    int height = plan_height(game, &strip);
    const RoundPlan *plan =
        round_view_plan(view, game, snap->question, snap->choices, snap->correct_choice,
                        reveal ? ROUND_PHASE_FEEDBACK : ROUND_PHASE_QUESTION, height);
    draw_status(game, snap, plan);
    char verdict[ROUND_VERDICT_BYTES];
    snprintf(verdict, sizeof verdict, TXT_CLASS_VERDICT_FMT, answer_letter(snap->correct_choice),
             snap->choices[snap->correct_choice]);
    RoundMarks round = {.focus = -1,
                        .hover = -1,
                        .revealed = reveal,
                        .right = snap->correct_choice,
                        .wrong = -1,
                        .verdict = reveal ? verdict : NULL,
                        .verdict_right = true,
                        .prompt_only = snap->phase == CLASS_PROMPT,
                        .counts = reveal ? snap->choice_counts : NULL};
    round_view_draw_parts(view, game, &round);
    for (int t = 0; t < snap->team_count; t++)
        draw_chip(game, snap, marks, &strip, t);
    if (snap->paused)
        draw_paused(game);
}
