/* The study menu of one learner: the four ways to study, each saying what it would ask today,
 * the progress, the banks studied, and the learner's goals (Left/Right change them). */
#include <stdio.h>
#include <string.h>

#include "herocity/day.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

typedef enum {
    ROW_REVIEW,
    ROW_PRACTICE,
    ROW_MISTAKES,
    ROW_EXAM,
    ROW_PROGRESS,
    ROW_BANKS,
    ROW_GOAL,
    ROW_RETENTION,
    ROW_COUNT
} StudyRow;

enum { LABEL_BYTES = LIMIT_TITLE_BYTES + 96 };

typedef struct {
    MenuState menu;
    StudyOverview overview;
    unsigned built_at; /* game->study.changes when the figures were worked out */
    char labels[ROW_COUNT][LABEL_BYTES];
    char details[ROW_COUNT][LABEL_BYTES];
    MenuRow rows[ROW_COUNT];
    char title[LIMIT_NAME_BYTES + 64];
    char subtitle[256];
    char notice[160];
} StudyMenuState;

static const int exam_sizes[] = {10, 20, 30, 50, 0};
static const int daily_goals[] = {5, 10, 15, 20, 25, 30, 40, 50, 75, 100};
static const int retentions[] = {80, 85, 90, 95};
#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* The next value of `values` after `now` in direction `step`, round the ends; a value not in
 * the list (set by hand) steps from the first. */
static int step_through(const int *values, int count, int now, int step)
{
    int at = -1;
    for (int i = 0; i < count; i++)
        if (values[i] == now)
            at = i;
    if (at < 0)
        return values[0];
    return values[(at + count + step) % count];
}

static void build(Game *game, StudyMenuState *s)
{
    const StudyOverview *o = &s->overview;
    game_study_overview(game, &s->overview);
    const Learner *learner = &game->study.learner;
    char value[64];
    snprintf(s->title, sizeof s->title, TXT_STUDY_FOR_FMT, learner->name);
    snprintf(s->subtitle, sizeof s->subtitle, TXT_STUDY_SUBTITLE_FMT, o->streak, o->mastered,
             o->questions);
    char(*l)[LABEL_BYTES] = s->labels, (*d)[LABEL_BYTES] = s->details;
    snprintf(l[ROW_REVIEW], LABEL_BYTES, "%s", TXT_REVIEW);
    if (o->review)
        snprintf(d[ROW_REVIEW], LABEL_BYTES, TXT_REVIEW_DETAIL_FMT, o->review - o->fresh, o->fresh,
                 o->review);
    else
        snprintf(d[ROW_REVIEW], LABEL_BYTES, "%s", TXT_REVIEW_NOTHING);
    snprintf(l[ROW_PRACTICE], LABEL_BYTES, "%s", TXT_PRACTICE);
    snprintf(d[ROW_PRACTICE], LABEL_BYTES, "%s", TXT_PRACTICE_DETAIL);
    snprintf(l[ROW_MISTAKES], LABEL_BYTES, "%s", TXT_MISTAKES);
    if (o->mistakes)
        snprintf(d[ROW_MISTAKES], LABEL_BYTES, TXT_MISTAKES_DETAIL_FMT, o->mistakes);
    else
        snprintf(d[ROW_MISTAKES], LABEL_BYTES, "%s", TXT_MISTAKES_NONE);
    /* As many as it will ask: the banks may have fewer questions than the size set. */
    size_t exam = game->study.exam_size;
    snprintf(l[ROW_EXAM], LABEL_BYTES, TXT_EXAM_FMT,
             exam == 0 || exam > o->questions ? o->questions : exam);
    snprintf(d[ROW_EXAM], LABEL_BYTES, "%s", TXT_EXAM_DETAIL);
    snprintf(l[ROW_PROGRESS], LABEL_BYTES, "%s", TXT_PROGRESS);
    snprintf(d[ROW_PROGRESS], LABEL_BYTES, TXT_PROGRESS_DETAIL_FMT, o->seen, o->questions,
             o->mastered);
    int chosen = game->study.bank_count;
    if (chosen)
        snprintf(value, sizeof value, TXT_BANK_COUNT_FMT, (size_t)chosen);
    else
        snprintf(value, sizeof value, "%s", TXT_ALL_BANKS);
    snprintf(l[ROW_BANKS], LABEL_BYTES, TXT_STUDY_BANKS_FMT, value, o->questions);
    snprintf(d[ROW_BANKS], LABEL_BYTES, "%s", TXT_STUDY_BANKS_DETAIL);
    snprintf(l[ROW_GOAL], LABEL_BYTES, TXT_DAILY_GOAL_FMT, learner->daily_limit);
    snprintf(d[ROW_GOAL], LABEL_BYTES, "%s", TXT_DAILY_GOAL_DETAIL);
    snprintf(l[ROW_RETENTION], LABEL_BYTES, TXT_RETENTION_FMT, learner->retention_percent);
    snprintf(d[ROW_RETENTION], LABEL_BYTES, "%s", TXT_RETENTION_DETAIL);
    for (int i = 0; i < ROW_COUNT; i++)
        s->rows[i] = (MenuRow){l[i], d[i], false};
    s->built_at = game->study.changes;
}

/* Figures that answers, banks or goals changed (on a screen above this one) are worked out
 * again. */
static void refresh(Game *game, StudyMenuState *s)
{
    if (s->built_at != game->study.changes)
        build(game, s);
}

static void menu_layout(Game *game, StudyMenuState *s, MenuLayout *layout)
{
    /* A line above the footer while there is something to say (a choice had nothing to ask). */
    widgets_list_layout(game, s->title, s->subtitle, ROW_COUNT, true, s->notice[0] ? 1 : 0, false,
                        layout);
}

static void enter(Game *game, void *state, int arg)
{
    (void)arg;
    StudyMenuState *s = state;
    s->menu = menu_state_at(ROW_REVIEW);
    build(game, s);
}

static void save_goals(Game *game, StudyMenuState *s, int daily_limit, int retention)
{
    Learner *learner = &game->study.learner;
    if (store_set_learner_goals(game->store, learner->id, daily_limit, retention) != LEARNER_OK) {
        snprintf(s->notice, sizeof s->notice, "%s", TXT_GOALS_NOT_SAVED);
        return;
    }
    learner->daily_limit = daily_limit;
    learner->retention_percent = retention;
    game->study.changes++;
}

static void change(Game *game, StudyMenuState *s, int row, int step)
{
    const Learner *learner = &game->study.learner;
    switch (row) {
    case ROW_EXAM:
        game->study.exam_size =
            (size_t)step_through(exam_sizes, COUNT(exam_sizes), (int)game->study.exam_size, step);
        game->study.changes++;
        break;
    case ROW_GOAL:
        save_goals(game, s,
                   step_through(daily_goals, COUNT(daily_goals), learner->daily_limit, step),
                   learner->retention_percent);
        break;
    case ROW_RETENTION:
        save_goals(game, s, learner->daily_limit,
                   step_through(retentions, COUNT(retentions), learner->retention_percent, step));
        break;
    default: return;
    }
    game->dirty = true;
}

static void start(Game *game, StudyMenuState *s, StudyMode mode, const char *nothing)
{
    if (game_study_start(game, mode))
        game_push(game, SCREEN_QUESTION, 0);
    else
        snprintf(s->notice, sizeof s->notice, "%s",
                 s->overview.questions == 0 ? TXT_NOTHING_TO_ASK : nothing);
}

static void activate(Game *game, StudyMenuState *s, int row)
{
    switch (row) {
    case ROW_REVIEW: start(game, s, STUDY_REVIEW, TXT_NOTHING_TO_REVIEW); break;
    case ROW_PRACTICE: game_push(game, SCREEN_STUDY_BANKS, 1); break;
    case ROW_MISTAKES: start(game, s, STUDY_MISTAKES, TXT_NOTHING_WRONG); break;
    case ROW_EXAM: start(game, s, STUDY_EXAM, TXT_NOTHING_TO_ASK); break;
    case ROW_PROGRESS: game_push(game, SCREEN_PROGRESS, 0); break;
    case ROW_BANKS: game_push(game, SCREEN_STUDY_BANKS, 0); break;
    default: change(game, s, row, 1); break;
    }
    game->dirty = true;
}

static void handle(Game *game, void *state, const Action *action)
{
    StudyMenuState *s = state;
    refresh(game, s);
    if (action->type != ACTION_POINTER_MOVE && s->notice[0]) { /* said once, then gone */
        s->notice[0] = '\0';
        game->dirty = true;
    }
    switch (action->type) {
    case ACTION_BACK: game_pop(game); return;
    case ACTION_LEFT:
    case ACTION_RIGHT:
        change(game, s, s->menu.focus, action->type == ACTION_RIGHT ? 1 : -1);
        return;
    default: break;
    }
    MenuLayout layout;
    menu_layout(game, s, &layout);
    bool changed = false;
    int picked = widgets_menu_handle(&s->menu, &layout, s->rows, ROW_COUNT, action, &changed);
    if (changed)
        game->dirty = true;
    if (picked >= 0)
        activate(game, s, picked);
}

static void draw(Game *game, void *state)
{
    StudyMenuState *s = state;
    refresh(game, s);
    MenuLayout layout;
    menu_layout(game, s, &layout);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, s->title, s->subtitle);
    widgets_menu(game, &layout, s->rows, ROW_COUNT, &s->menu);
    if (s->notice[0])
        widgets_notice(game, &layout.footer, s->notice, false);
    static const FooterButton footer[] = {{KEY_UP_DOWN, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                          {KEY_ENTER, TXT_DO_STUDY, ACTION_ACCEPT, 0},
                                          {KEY_LEFT_RIGHT, TXT_DO_CHANGE, ACTION_RIGHT, 0},
                                          {KEY_ESC, TXT_DO_BACK, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 4);
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    StudyMenuState *s = state;
    refresh(game, s);
    const StudyOverview *o = &s->overview;
    const struct {
        const char *name;
        size_t value;
    } figures[] = {{"review", o->review},      {"due", o->due},   {"new", o->fresh},
                   {"mistakes", o->mistakes},  {"seen", o->seen}, {"mastered", o->mastered},
                   {"questions", o->questions}};
    for (int i = 0; i < COUNT(figures); i++) {
        if (strcmp(name, figures[i].name) == 0) {
            snprintf(out, size, "%zu", figures[i].value);
            return true;
        }
    }
    char day[DAY_TEXT_SIZE];
    if (strcmp(name, "learner") == 0)
        snprintf(out, size, "%s", game->study.learner.name);
    else if (strcmp(name, "streak") == 0)
        snprintf(out, size, "%d", o->streak);
    else if (strcmp(name, "daily_goal") == 0)
        snprintf(out, size, "%d", game->study.learner.daily_limit);
    else if (strcmp(name, "retention") == 0)
        snprintf(out, size, "%d", game->study.learner.retention_percent);
    else if (strcmp(name, "exam_size") == 0)
        snprintf(out, size, "%zu", game->study.exam_size);
    else if (strcmp(name, "notice") == 0)
        snprintf(out, size, "%s", s->notice[0] ? s->notice : "none");
    else if (strcmp(name, "today") == 0 && day_format(game->config.today, day))
        snprintf(out, size, "%s", day);
    else if (strcmp(name, "focus") == 0)
        snprintf(out, size, "%s", s->menu.focus >= 0 ? s->labels[s->menu.focus] : "none");
    else
        return false;
    return true;
}

const Screen SCREEN_STUDY_DEF = {
    .name = "study",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(StudyMenuState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
    .query = query,
};
