/* The question and feedback screens' picture: status bar, prompt, answer tiles marked by letter,
 * shape and colour, and after an answer the verdict, explanation and source, each drawn in the
 * box the round plan gave it. */
#include "round_view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "herocity/round_plan.h"
#include "map_view.h"
#include "strings.h"

struct RoundView {
    bool valid;
    /* What the plan was worked out for. */
    const Question *question;
    const char *choices[BANK_MAX_CHOICES];
    int correct;
    RoundPhase phase;
    int width, height, setting;
    RoundTexts texts;
    char note[ROUND_VERDICT_BYTES / 4]; /* the verdict's last line */
    bool hide_score;
    /* The plan for the phase drawn last: the question alone fills the window with larger tiles
     * and text; the feedback makes room for its panel. */
    RoundPlan plan;
};

RoundView *round_view_new(void) { return calloc(1, sizeof(RoundView)); }

void round_view_set_note(RoundView *view, const char *note)
{
    if (view && strcmp(view->note, note) != 0) {
        snprintf(view->note, sizeof view->note, "%s", note);
        view->valid = false; /* the verdict it measured changed */
    }
}

void round_view_hide_score(RoundView *view, bool hidden)
{
    if (view)
        view->hide_score = hidden;
}

void round_view_free(RoundView *view) { free(view); }

/* The note on a line of its own under the verdict: the plan measures the text drawn. */
static void append_note(char *verdict, size_t size, const char *note)
{
    size_t used = strlen(verdict);
    if (note[0] && used < size)
        snprintf(verdict + used, size - used, "\n%s", note);
}

static bool same_question(const RoundView *view, const Game *game, const Question *question,
                          const char *const *choices, int correct, RoundPhase phase, int height)
{
    return view->valid && view->question == question && view->correct == correct &&
           view->phase == phase && view->width == game->width && view->height == height &&
           view->setting == game->settings.text_scale_percent &&
           memcmp(view->choices, choices, sizeof view->choices) == 0;
}

const RoundPlan *round_view_plan(RoundView *view, Game *game, const Question *question,
                                 const char *const *choices, int correct, RoundPhase phase,
                                 int height)
{
    if (same_question(view, game, question, choices, correct, phase, height))
        return &view->plan;
    FontMetrics metrics = text_metrics(game->text);
    view->valid = true;
    view->question = question;
    memcpy(view->choices, choices, sizeof view->choices);
    view->correct = correct;
    view->phase = phase;
    view->width = game->width;
    view->height = height;
    view->setting = game->settings.text_scale_percent;
    round_texts_make(question, choices, correct, &view->texts);
    append_note(view->texts.verdict, sizeof view->texts.verdict, view->note);
    round_plan_for_setting(&metrics, game->width, height, view->setting, &view->texts, phase,
                           &view->plan);
    return &view->plan;
}

/* The plan, worked out once per question, order of choices, window size and text-size setting:
 * drawing a frame or moving the mouse lays out nothing. */
static const RoundPlan *plan_of(RoundView *view, Game *game, const SessionSnapshot *snap)
{
    RoundPhase phase =
        snap->state == SESSION_FEEDBACK ? ROUND_PHASE_FEEDBACK : ROUND_PHASE_QUESTION;
    return round_view_plan(view, game, snap->question, snap->choices, snap->correct_choice, phase,
                           game->height);
}

/* The view, or without one (out of memory) a scratch one that lives for the call. */
static RoundView *or_scratch(RoundView *view, RoundView *scratch)
{
    if (view)
        return view;
    memset(scratch, 0, sizeof *scratch); /* not valid, no note */
    return scratch;
}

/* Draws text in its placement, centred vertically in the room the plan gave it. */
static void draw_placed(Game *game, const char *text, const TextPlacement *placement,
                        SDL_Color colour, TextAlign align)
{
    Rect box = placement->box;
    if (placement->height_needed < box.h) {
        box.y += (box.h - placement->height_needed) / 2;
        box.h = placement->height_needed;
    }
    TextStyle style = {placement->bold ? FONT_BOLD : FONT_REGULAR, placement->px, colour, align};
    text_draw_at(game->text, text, &box, style);
}

static void draw_status(Game *game, const SessionSnapshot *snap, const RoundPlan *plan,
                        const char *round_title, bool hide_score)
{
    const Theme *t = game->theme;
    const Rect *bar = &plan->status.box;
    int px = plan->status.px;
    int mid = bar->y + bar->h / 2;
    char left[64], right[96], score[32], streak[32];
    snprintf(left, sizeof left, TXT_PROGRESS_FMT, snap->question_number, snap->question_total);
    snprintf(score, sizeof score, TXT_SCORE_FMT, snap->score);
    snprintf(streak, sizeof streak, TXT_STREAK_FMT, snap->streak);
    snprintf(right, sizeof right, "%s    %s", score, streak);
    if (hide_score)
        right[0] = '\0';
    int right_w = text_measure(game->text, FONT_BOLD, px, right, strlen(right));
    TextStyle bold = {FONT_BOLD, px, t->text, ALIGN_LEFT};
    text_draw_line(game->text, right, bar->x + bar->w - right_w, mid, bold);
    /* The progress never runs into the score, however large the numbers. */
    TextStyle regular = {FONT_REGULAR, px, t->text, ALIGN_LEFT};
    int left_w =
        text_draw_line_clipped(game->text, left, bar->x, mid, bar->w - right_w - px, regular);
    /* The round's title in the middle, when there is room for it. */
    int middle_x = bar->x + left_w + px, middle_w = bar->w - left_w - right_w - 2 * px;
    int title_w = text_measure(game->text, FONT_REGULAR, px, round_title, strlen(round_title));
    TextStyle muted = {FONT_REGULAR, px, t->muted, ALIGN_LEFT};
    if (title_w <= middle_w)
        text_draw_line(game->text, round_title, middle_x + (middle_w - title_w) / 2, mid, muted);
    Rect rule = {bar->x, bar->y + bar->h - 2, bar->w, 2};
    draw_fill(game->renderer, &rule, t->surface_hover);
}

static void draw_badge(Game *game, const RoundPlan *plan, int i)
{
    /* The badge is the answer's shape in its colour with its letter inside: letter, shape and
     * colour each identify the answer on their own. */
    const Theme *t = game->theme;
    const Rect *badge = &plan->badges[i];
    draw_shape(game->renderer, answer_shape(i), badge, t->answer[i]);
    /* The edge keeps a pale shape (yellow on white) visible at 3:1 (test_contrast). */
    draw_shape_outline(game->renderer, answer_shape(i), badge, badge->w / 16 + 1,
                       t->answer_edge[i]);
    char letter[2] = {answer_letter(i), '\0'};
    /* A triangle's centre of mass sits low: lower its letter to match. */
    int drop = answer_shape(i) == SHAPE_TRIANGLE ? badge->h / 7 : 0;
    TextStyle style = {FONT_BOLD, plan->letter_px, t->answer_ink[i], ALIGN_LEFT};
    int letter_w = text_measure(game->text, FONT_BOLD, plan->letter_px, letter, 1);
    text_draw_line(game->text, letter, badge->x + (badge->w - letter_w) / 2,
                   badge->y + badge->h / 2 + drop, style);
}

static void draw_mark(Game *game, const Rect *box, bool right)
{
    SDL_Color ink = game->theme->mark_ink; /* 3:1 on both mark colours in every theme */
    draw_fill(game->renderer, box, right ? game->theme->correct : game->theme->wrong);
    if (right)
        draw_check(game->renderer, box, box->w / 8 + 1, ink);
    else
        draw_cross(game->renderer, box, box->w / 8 + 1, ink);
}

/* How many teams chose an answer, where a player's mark would be: on the right answer's colour
 * for the right one. */
static void draw_count(Game *game, const Rect *box, int count, bool right)
{
    const Theme *t = game->theme;
    draw_fill(game->renderer, box, right ? t->correct : t->surface_hover);
    char text[16];
    snprintf(text, sizeof text, "%d", count);
    int px = box->h * 11 / 20;
    int w = text_measure(game->text, FONT_BOLD, px, text, strlen(text));
    TextStyle style = {FONT_BOLD, px, right ? t->mark_ink : t->text, ALIGN_LEFT};
    text_draw_line(game->text, text, box->x + (box->w - w) / 2, box->y + box->h / 2, style);
}

static void draw_tile(Game *game, const RoundView *view, int i, const RoundMarks *marks)
{
    const RoundPlan *plan = &view->plan;
    const Theme *t = game->theme;
    const Rect *tile = &plan->tiles[i];
    bool revealed = marks->revealed;
    bool is_right = revealed && i == marks->right;
    bool is_wrong_pick = revealed && i == marks->wrong && !is_right;
    draw_fill(game->renderer, tile, !revealed && i == marks->hover ? t->surface_hover : t->surface);
    draw_outline(game->renderer, tile, plan->border, t->answer_edge[i]);
    draw_badge(game, plan, i);
    draw_placed(game, view->texts.choices[i], &plan->answers[i], t->text, ALIGN_LEFT);
    if (revealed && !is_right && !is_wrong_pick) {
        SDL_Color veil = t->background;
        veil.a = t->dim_alpha; /* answers not involved recede, but stay readable (4.5:1) */
        draw_fill(game->renderer, tile, veil);
    }
    if (is_right || is_wrong_pick) {
        /* The frame lies in the tile's padding, clear of the text. */
        draw_outline(game->renderer, tile, plan->frame, is_right ? t->correct : t->wrong);
        if (!marks->counts)
            draw_mark(game, &plan->marks[i], is_right);
    }
    if (revealed && marks->counts)
        draw_count(game, &plan->marks[i], marks->counts[i], is_right);
    if (!revealed && i == marks->focus) {
        /* Around the tile, in the gap between tiles. */
        int ring = plan->border * 2 < plan->gap / 2 ? plan->border * 2 : plan->gap / 2;
        Rect around = {tile->x - ring, tile->y - ring, tile->w + ring * 2, tile->h + ring * 2};
        draw_outline(game->renderer, &around, ring, t->focus);
    }
    char name[16];
    snprintf(name, sizeof name, "answer %c", answer_letter(i));
    game_add_target(game, name, tile, NULL); /* scripts click answers by letter */
}

static void draw_panel(Game *game, const RoundView *view, const RoundMarks *marks)
{
    const RoundPlan *plan = &view->plan;
    const Theme *t = game->theme;
    draw_fill(game->renderer, &plan->panel, t->surface);
    Rect accent = {plan->panel.x, plan->panel.y, plan->frame, plan->panel.h};
    draw_fill(game->renderer, &accent, marks->verdict_right ? t->correct : t->wrong);
    draw_mark(game, &plan->icon, marks->verdict_right);
    /* The plan measured the widest verdict; this one is no wider. */
    draw_placed(game, marks->verdict, &plan->verdict, t->text, ALIGN_LEFT);
    TextStyle body = {FONT_REGULAR, plan->explanation.px, t->text, ALIGN_LEFT};
    text_draw_at(game->text, view->texts.explanation, &plan->explanation.box, body);
    TextStyle source = {FONT_REGULAR, plan->source.px, t->muted, ALIGN_LEFT};
    text_draw_at(game->text, view->texts.source, &plan->source.box, source);
    /* Where the question happened: its bank's place, named; a bank about no one place shows
     * the map without a star. */
    const Bank *bank = library_bank_of(game->library, view->question);
    MapShow show = {bank ? bank_place(bank) : (BankPlace){0}, .name_all = true, .fill = true};
    map_view_draw(game->map_view, game, &plan->map, &show);
}

void round_view_draw_parts(RoundView *view, Game *game, const RoundMarks *marks)
{
    const RoundPlan *plan = &view->plan;
    draw_placed(game, view->question->prompt, &plan->prompt, game->theme->text, ALIGN_CENTER);
    if (marks->prompt_only)
        return;
    for (int i = 0; i < view->texts.choice_count; i++)
        draw_tile(game, view, i, marks);
    if (marks->verdict)
        draw_panel(game, view, marks);
}

void round_view_draw(RoundView *view, Game *game, const SessionSnapshot *snap,
                     const char *round_title, int focus, int hover)
{
    if (!snap->question)
        return;
    RoundView scratch;
    view = or_scratch(view, &scratch);
    const RoundPlan *plan = plan_of(view, game, snap);
    draw_status(game, snap, plan, round_title, view->hide_score);
    bool feedback = snap->state == SESSION_FEEDBACK;
    bool right = snap->picked_choice == snap->correct_choice;
    char verdict[ROUND_VERDICT_BYTES];
    if (right) {
        char points[48];
        snprintf(points, sizeof points, TXT_POINTS_FMT, snap->last_points);
        snprintf(verdict, sizeof verdict, "%s   %s", TXT_CORRECT, points);
    } else {
        snprintf(verdict, sizeof verdict, "%s: %c, %s", TXT_NOT_QUITE,
                 answer_letter(snap->correct_choice), snap->choices[snap->correct_choice]);
    }
    append_note(verdict, sizeof verdict, view->note);
    RoundMarks marks = {.focus = focus,
                        .hover = hover,
                        .revealed = feedback,
                        .right = snap->correct_choice,
                        .wrong = snap->picked_choice,
                        .verdict = feedback ? verdict : NULL,
                        .verdict_right = right};
    round_view_draw_parts(view, game, &marks);
}

int round_view_hit(RoundView *view, Game *game, const SessionSnapshot *snap, int x, int y)
{
    if (!snap->question)
        return -1;
    RoundView scratch;
    view = or_scratch(view, &scratch);
    const RoundPlan *plan = plan_of(view, game, snap);
    for (int i = 0; i < plan->tile_count; i++)
        if (rect_contains(&plan->tiles[i], x, y))
            return i;
    return -1;
}

int round_view_columns(RoundView *view, Game *game, const SessionSnapshot *snap)
{
    if (!snap->question)
        return 1;
    RoundView scratch;
    view = or_scratch(view, &scratch);
    return plan_of(view, game, snap)->columns;
}

Rect round_view_footer(RoundView *view, Game *game, const SessionSnapshot *snap)
{
    if (!snap->question) {
        FontSizes fs = layout_font_sizes(game->width, game->height, LIMIT_TEXT_SCALE_DEFAULT);
        return (Rect){0, game->height - fs.footer * 2, game->width, fs.footer * 2};
    }
    RoundView scratch;
    view = or_scratch(view, &scratch);
    return plan_of(view, game, snap)->footer;
}
