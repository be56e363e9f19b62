/* Results: score, accuracy and best streak; every missed question with the answer given beside
 * the right one (a list that scrolls); the name entry when the score makes the high-score
 * table; and what to do next: play again, retry the missed questions, high scores, title. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "missed_list.h"
#include "name_box.h"
#include "save_trace.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { NEXT_PLAY_AGAIN, NEXT_RETRY_MISSED, NEXT_HIGH_SCORES, NEXT_TITLE, NEXT_COUNT };

typedef struct {
    bool entering_name;
    bool score_saved;
    bool save_failed; /* said here, where the player is, and the name kept to try again */
    char name[LIMIT_NAME_BYTES + 1];
    MenuState next; /* the buttons: what to do next */
    int missed_scroll;
} ResultsState;

typedef struct {
    Rect stats;  /* score, accuracy, streak, whether the score was saved */
    Rect missed; /* the missed questions */
    MenuLayout buttons;
    Rect name; /* in the buttons' place while a name is typed: the question and the box */
} ResultsLayout;

static const char *const next_labels[NEXT_COUNT] = {TXT_PLAY_AGAIN, TXT_RETRY_MISSED,
                                                    TXT_DO_HIGH_SCORES, TXT_DO_TITLE};

static void results_layout(Game *game, const ResultsState *state, ResultsLayout *out)
{
    FontSizes fs = widgets_sizes(game);
    MenuLayout page;
    layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, &page);
    page.heading.h = widgets_heading_height(game, page.heading.w, TXT_RESULTS, game->round_title);
    int top = page.heading.y + page.heading.h + fs.body / 2;
    int bottom = page.footer.y - fs.body / 2;
    int gap = fs.body / 2;

    /* The buttons: one row when their labels fit side by side, else two rows of two. They
     * give way to the name box while a name is typed. */
    out->buttons = (MenuLayout){0};
    out->name = (Rect){0};
    if (state->entering_name) {
        const char *ask = state->save_failed ? TXT_SCORE_NOT_SAVED_RETRY : TXT_NEW_HIGH_SCORE;
        int h = name_box_height(game, page.heading.w, ask);
        out->name = (Rect){page.heading.x, bottom - h, page.heading.w, h};
        bottom = out->name.y - gap;
    } else {
        int label_w = 0;
        for (int i = 0; i < NEXT_COUNT; i++) {
            int w = text_measure(game->text, FONT_BOLD, fs.body, next_labels[i],
                                 strlen(next_labels[i]));
            label_w = w > label_w ? w : label_w;
        }
        int cell_w = label_w + fs.body * 2;
        int columns = cell_w * NEXT_COUNT + gap * (NEXT_COUNT - 1) <= page.heading.w ? 4 : 2;
        int rows = NEXT_COUNT / columns;
        int button_h = text_line_height(game->text, FONT_BOLD, fs.body) + fs.body / 2;
        int w = (page.heading.w - gap * (columns - 1)) / columns;
        int y0 = bottom - rows * button_h - (rows - 1) * gap;
        out->buttons.row_count = NEXT_COUNT;
        for (int i = 0; i < NEXT_COUNT; i++)
            out->buttons.rows[i] = (Rect){page.heading.x + (i % columns) * (w + gap),
                                          y0 + (i / columns) * (button_h + gap), w, button_h};
        bottom = y0 - gap;
    }
    int stats_w = page.heading.w * 2 / 5;
    out->stats = (Rect){page.heading.x, top, stats_w, bottom - top};
    out->missed = (Rect){page.heading.x + stats_w + fs.body, top,
                         page.heading.w - stats_w - fs.body, bottom - top};
}

static bool has_missed(const Game *game) { return session_missed_count(game->session) > 0; }

static void enter(Game *game, void *state, int arg)
{
    (void)arg;
    ResultsState *results = state;
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    /* A retry of the missed questions is practice: its score is not a round's. */
    results->entering_name = game->store && game->store_status != STORE_READ_ONLY &&
                             !game->round_is_retry &&
                             store_score_qualifies(game->store, game->round_bank_id, snap.score);
    results->next = menu_state_at(has_missed(game) ? NEXT_RETRY_MISSED : NEXT_PLAY_AGAIN);
}

static void save_score(Game *game, ResultsState *results)
{
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    HighScore entry = {0};
    const char *name = results->name[0] ? results->name : TXT_DEFAULT_NAME;
    snprintf(entry.name, sizeof entry.name, "%s", name);
    snprintf(entry.bank_id, sizeof entry.bank_id, "%s", game->round_bank_id);
    entry.score = snap.score;
    entry.correct = snap.correct_count;
    entry.total = (int)snap.question_total;
    entry.played_at = game_now(game);
    results->score_saved = store_add_score(game->store, &entry);
    if (results->score_saved)
        save_trace("score\t%s\t%d\t%d\t%d\t%lld\t%s", entry.bank_id, entry.score, entry.correct,
                   entry.total, (long long)entry.played_at, entry.name);
    results->save_failed = !results->score_saved;
}

/* The high-score table to open after this round: the round's own bank. */
static int table_for_round(const Game *game)
{
    if (strcmp(game->round_bank_id, STORE_ALL_BANKS) == 0)
        return 1;
    for (size_t i = 0; i < library_bank_count(game->library); i++)
        if (strcmp(bank_id(library_bank(game->library, i)), game->round_bank_id) == 0)
            return (int)i + 2;
    return 0;
}

static void retry_missed(Game *game)
{
    size_t count = session_missed_count(game->session);
    const Question *missed[LIMIT_QUESTIONS_PER_BANK];
    if (count > LIMIT_QUESTIONS_PER_BANK)
        count = LIMIT_QUESTIONS_PER_BANK;
    for (size_t i = 0; i < count; i++)
        missed[i] = session_missed(game->session, i);
    if (game_start_round_over(game, missed, count))
        game_replace(game, SCREEN_QUESTION, 0);
}

static void go_next(Game *game, int which)
{
    switch (which) {
    case NEXT_PLAY_AGAIN:
        if (game_start_round(game, game->round_bank_index, game->round_length))
            game_replace(game, SCREEN_QUESTION, 0);
        break;
    case NEXT_RETRY_MISSED:
        if (has_missed(game))
            retry_missed(game);
        break;
    case NEXT_HIGH_SCORES: game_push(game, SCREEN_HIGHSCORES, table_for_round(game)); break;
    case NEXT_TITLE:
        game_reset_to(game, SCREEN_TITLE, 0);
        game_end_round(game);
        break;
    default: break;
    }
}

static void handle_name(Game *game, ResultsState *results, const Action *action)
{
    if (name_box_edit(results->name, sizeof results->name, action)) {
        game->dirty = true;
        return;
    }
    switch (action->type) {
    case ACTION_ACCEPT: /* the Save button too: with the mouse alone, the name is "Player" */
        save_score(game, results);
        results->entering_name = !results->score_saved;
        if (results->score_saved)
            game_push(game, SCREEN_HIGHSCORES, table_for_round(game));
        break;
    case ACTION_BACK: results->entering_name = false; break;
    default: return;
    }
    game->dirty = true;
}

/* Three lines a step: a wheel notch, PgUp/PgDn, or a click on the list's arrows. */
static void scroll_missed(Game *game, ResultsState *results, int step)
{
    ResultsLayout layout;
    results_layout(game, results, &layout);
    int limit = missed_list_scroll_limit(game, &layout.missed);
    int scroll = results->missed_scroll + step * 3;
    scroll = scroll > limit ? limit : scroll;
    scroll = scroll < 0 ? 0 : scroll;
    if (scroll != results->missed_scroll) {
        results->missed_scroll = scroll;
        game->dirty = true;
    }
}

static void handle(Game *game, void *state, const Action *action)
{
    ResultsState *results = state;
    if (action->type == ACTION_SCROLL) { /* wheel, PgUp/PgDn, or the list's arrows */
        scroll_missed(game, results, action->choice);
        return;
    }
    if (results->entering_name) {
        handle_name(game, results, action);
        return;
    }
    if (action->type == ACTION_BACK) {
        go_next(game, NEXT_TITLE);
        return;
    }
    ResultsLayout layout;
    results_layout(game, results, &layout);
    MenuRow rows[NEXT_COUNT];
    for (int i = 0; i < NEXT_COUNT; i++)
        rows[i] = (MenuRow){next_labels[i], NULL, i == NEXT_RETRY_MISSED && !has_missed(game)};
    /* The buttons sit in a grid: left and right move along it as up and down do. */
    Action moved = *action;
    if (action->type == ACTION_LEFT)
        moved.type = ACTION_UP;
    if (action->type == ACTION_RIGHT)
        moved.type = ACTION_DOWN;
    bool changed = false;
    int picked =
        widgets_menu_handle(&results->next, &layout.buttons, rows, NEXT_COUNT, &moved, &changed);
    if (changed)
        game->dirty = true;
    if (picked >= 0)
        go_next(game, picked);
}

static InputMode mode(const void *state)
{
    return ((const ResultsState *)state)->entering_name ? INPUT_TEXT : INPUT_MENU;
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    ResultsState *results = state;
    if (strcmp(name, "saved") == 0)
        snprintf(out, size, "%s", results->score_saved ? "yes" : "no");
    else if (strcmp(name, "save_failed") == 0) /* said on this screen, the score kept */
        snprintf(out, size, "%s", results->save_failed ? "yes" : "no");
    else if (strcmp(name, "name_box") == 0) /* asking for a name for the high-score table */
        snprintf(out, size, "%s", results->entering_name ? "yes" : "no");
    else if (strcmp(name, "missed") == 0)
        snprintf(out, size, "%zu", session_missed_count(game->session));
    else if (strcmp(name, "missed_scroll") == 0)
        snprintf(out, size, "%d", results->missed_scroll);
    else
        return false;
    return true;
}

/* Score, accuracy, streak; then the name box, or whether the score was saved. */
static void draw_stats(Game *game, const ResultsState *results, const Rect *area)
{
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    char line[128];
    int percent =
        snap.question_total ? (int)(100 * (size_t)snap.correct_count / snap.question_total) : 0;
    TextStyle big = {FONT_BOLD, fs.prompt, t->text, ALIGN_LEFT};
    TextStyle body = {FONT_REGULAR, fs.body, t->text, ALIGN_LEFT};
    Rect r = *area;
    snprintf(line, sizeof line, TXT_RESULT_SCORE_FMT, snap.score);
    r.y += text_draw(game->text, line, &r, big);
    snprintf(line, sizeof line, TXT_RESULT_CORRECT_FMT, snap.correct_count, snap.question_total,
             percent);
    r.h = area->y + area->h - r.y;
    r.y += text_draw(game->text, line, &r, body);
    snprintf(line, sizeof line, TXT_RESULT_STREAK_FMT, snap.best_streak);
    r.h = area->y + area->h - r.y;
    r.y += text_draw(game->text, line, &r, body) + fs.body / 2;
    r.h = area->y + area->h - r.y;
    const char *status = results->score_saved     ? TXT_SAVED
                         : results->entering_name ? ""
                         : game->round_is_retry   ? TXT_RETRY_NOT_SCORED
                         : game->store            ? ""
                                                  : TXT_NOT_SAVED;
    text_draw(game->text, status, &r, body);
}

static void draw(Game *game, void *state)
{
    ResultsState *results = state;
    ResultsLayout layout;
    results_layout(game, results, &layout);
    MenuLayout page;
    layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, &page);
    widgets_clear(game);
    widgets_heading(game, &page.heading, TXT_RESULTS, game->round_title);
    draw_stats(game, results, &layout.stats);
    missed_list_draw(game, &layout.missed, results->missed_scroll);
    if (results->entering_name) {
        name_box_draw(game, &layout.name,
                      results->save_failed ? TXT_SCORE_NOT_SAVED_RETRY : TXT_NEW_HIGH_SCORE,
                      results->name);
    } else {
        MenuRow rows[NEXT_COUNT];
        for (int i = 0; i < NEXT_COUNT; i++)
            rows[i] = (MenuRow){next_labels[i], NULL, i == NEXT_RETRY_MISSED && !has_missed(game)};
        widgets_buttons(game, &layout.buttons, rows, NEXT_COUNT, &results->next);
    }
    static const FooterButton name_footer[] = {{KEY_ENTER, TXT_DO_SAVE, ACTION_ACCEPT, 0},
                                               {KEY_ESC, TXT_DO_SKIP, ACTION_BACK, 0}};
    static const FooterButton footer[] = {{KEY_LEFT_RIGHT, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                          {KEY_PAGE_UP_DOWN, TXT_DO_SCROLL, ACTION_NONE, 0},
                                          {KEY_ESC, TXT_DO_TITLE, ACTION_BACK, 0}};
    if (results->entering_name)
        widgets_footer(game, &page.footer, name_footer, 2);
    else
        widgets_footer(game, &page.footer, footer, 3);
}

const Screen SCREEN_RESULTS_DEF = {
    .name = "results",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(ResultsState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
    .mode = mode,
    .query = query,
};
