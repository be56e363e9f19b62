/* Classroom setup: teams (names, extra time), banks, questions, timer, scoring, how teams answer
 * and when the leaderboard shows. Every row changes with Left/Right or a click; Enter on a team
 * renames it. The setup is remembered for next time. */
#include <stdio.h>
#include <string.h>

#include "screen.h"
#include "strings.h"
#include "widgets.h"

typedef enum {
    ROW_START,
    ROW_TEAM_COUNT,
    ROW_TEAM,
    ROW_BANKS,
    ROW_QUESTIONS,
    ROW_TIMER,
    ROW_ANSWERS,
    ROW_SPEED,
    ROW_STREAK,
    ROW_BOARD,
    ROW_BACK,
} RowKind;

enum { ROWS_MAX = 12 + LIMIT_TEAMS_MAX, LABEL_BYTES = 160 };

typedef struct {
    MenuState menu;
    int editing; /* the team being renamed, or -1 */
    int count;
    RowKind kinds[ROWS_MAX];
    int teams[ROWS_MAX]; /* for ROW_TEAM */
    char labels[ROWS_MAX][LABEL_BYTES];
    MenuRow rows[ROWS_MAX];
} SetupState;

static const int question_counts[] = {5, 10, 15, 20, 30, 0};
static const int timers[] = {0, 10, 20, 30, 60, 90};
static const int time_percents[] = {CLASS_TIME_NORMAL, CLASS_TIME_HALF_MORE, CLASS_TIME_DOUBLE, 0};
#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* The next value of `values` after `now` in direction `step` (round the ends). */
static int cycle(const int *values, int count, int now, int step)
{
    int at = 0;
    for (int i = 0; i < count; i++)
        if (values[i] == now)
            at = i;
    return values[(at + count + step) % count];
}

static const char *time_label(int percent)
{
    switch (percent) {
    case CLASS_TIME_HALF_MORE: return TXT_TIME_HALF_MORE;
    case CLASS_TIME_DOUBLE: return TXT_TIME_DOUBLE;
    case 0: return TXT_TIME_UNTIMED;
    default: return TXT_TIME_NORMAL;
    }
}

static void add_row(SetupState *s, RowKind kind, int team, const char *label)
{
    s->kinds[s->count] = kind;
    s->teams[s->count] = team;
    snprintf(s->labels[s->count], LABEL_BYTES, "%s", label);
    s->count++;
}

static void build_rows(Game *game, SetupState *s)
{
    const ClassSetup *c = &game->class_setup;
    static const char *const answers[] = {TXT_ANSWERS_DEVICES, TXT_ANSWERS_QUIZMASTER,
                                          TXT_ANSWERS_TURNS};
    static const char *const boards[] = {TXT_BOARD_EACH, TXT_BOARD_END, TXT_BOARD_NEVER};
    char text[LABEL_BYTES], value[64];
    s->count = 0;
    add_row(s, ROW_START, -1, TXT_START_GAME);
    snprintf(text, sizeof text, TXT_TEAMS_FMT, c->team_count);
    add_row(s, ROW_TEAM_COUNT, -1, text);
    for (int t = 0; t < c->team_count; t++) {
        bool typing = s->editing == t;
        snprintf(text, sizeof text, TXT_TEAM_ROW_FMT, t + 1, c->teams[t].name, typing ? "_" : "",
                 time_label(c->teams[t].time_percent));
        add_row(s, ROW_TEAM, t, text);
    }
    size_t banks = 0;
    for (size_t i = 0; i < library_bank_count(game->library); i++)
        banks += game_class_bank_chosen(game, bank_id(library_bank(game->library, i)));
    if (banks == library_bank_count(game->library))
        snprintf(value, sizeof value, "%s", TXT_ALL_BANKS);
    else
        snprintf(value, sizeof value, TXT_BANK_COUNT_FMT, banks);
    snprintf(text, sizeof text, TXT_CLASS_BANKS_FMT, value, game_class_question_total(game));
    add_row(s, ROW_BANKS, -1, text);
    if (c->question_count)
        snprintf(value, sizeof value, "%d", c->question_count);
    else
        snprintf(value, sizeof value, "%s", TXT_ALL);
    snprintf(text, sizeof text, TXT_CLASS_QUESTIONS_FMT, value);
    add_row(s, ROW_QUESTIONS, -1, text);
    if (c->timer_seconds)
        snprintf(value, sizeof value, TXT_SECONDS_FMT, c->timer_seconds);
    else
        snprintf(value, sizeof value, "%s", TXT_OFF);
    snprintf(text, sizeof text, TXT_TIMER_FMT, value);
    add_row(s, ROW_TIMER, -1, text);
    snprintf(text, sizeof text, TXT_ANSWERS_FMT, answers[c->answers]);
    add_row(s, ROW_ANSWERS, -1, text);
    snprintf(text, sizeof text, TXT_SPEED_BONUS_FMT, c->speed_bonus ? TXT_ON : TXT_OFF);
    add_row(s, ROW_SPEED, -1, text);
    snprintf(text, sizeof text, TXT_STREAK_BONUS_FMT, c->streak_bonus ? TXT_ON : TXT_OFF);
    add_row(s, ROW_STREAK, -1, text);
    snprintf(text, sizeof text, TXT_BOARD_FMT, boards[c->board]);
    add_row(s, ROW_BOARD, -1, text);
    add_row(s, ROW_BACK, -1, TXT_BACK);
    for (int i = 0; i < s->count; i++)
        s->rows[i] = (MenuRow){s->labels[i], NULL, false};
}

static void change(Game *game, SetupState *s, int row, int step)
{
    ClassSetup *c = &game->class_setup;
    switch (s->kinds[row]) {
    case ROW_TEAM_COUNT: {
        int n = c->team_count + step;
        c->team_count = n < LIMIT_TEAMS_MIN   ? LIMIT_TEAMS_MAX
                        : n > LIMIT_TEAMS_MAX ? LIMIT_TEAMS_MIN
                                              : n;
        break;
    }
    case ROW_TEAM: {
        ClassTeam *team = &c->teams[s->teams[row]];
        team->time_percent = cycle(time_percents, COUNT(time_percents), team->time_percent, step);
        break;
    }
    case ROW_QUESTIONS:
        c->question_count = cycle(question_counts, COUNT(question_counts), c->question_count, step);
        break;
    case ROW_TIMER: c->timer_seconds = cycle(timers, COUNT(timers), c->timer_seconds, step); break;
    case ROW_ANSWERS: c->answers = (ClassAnswerMode)((c->answers + 3 + step) % 3); break;
    case ROW_SPEED: c->speed_bonus = !c->speed_bonus; break;
    case ROW_STREAK: c->streak_bonus = !c->streak_bonus; break;
    case ROW_BOARD: c->board = (ClassBoard)((c->board + 3 + step) % 3); break;
    default: return;
    }
    game_class_save_setup(game);
    game->dirty = true;
}

static void activate(Game *game, SetupState *s, int row)
{
    switch (s->kinds[row]) {
    case ROW_START:
        game_class_save_setup(game);
        if (game_class_start(game))
            game_push(game, SCREEN_CLASS_GAME, 0);
        break;
    case ROW_TEAM: s->editing = s->teams[row]; break;
    case ROW_BANKS: game_push(game, SCREEN_CLASS_BANKS, 0); break;
    case ROW_BACK: game_pop(game); break;
    default: change(game, s, row, 1); break;
    }
    game->dirty = true;
}

static void menu_layout(Game *game, SetupState *s, MenuLayout *layout)
{
    widgets_list_layout(game, TXT_CLASSROOM, TXT_CLASS_SUBTITLE, s->count, false, 0, false, layout);
}

static void enter(Game *game, void *state, int arg)
{
    (void)arg;
    SetupState *s = state;
    s->menu = menu_state_at(0);
    s->editing = -1;
    build_rows(game, s);
}

/* Typing a team's name: letters go into it, Enter or Esc ends (an empty name is not kept). */
static void handle_name(Game *game, SetupState *s, const Action *action)
{
    ClassTeam *team = &game->class_setup.teams[s->editing];
    size_t len = strlen(team->name);
    switch (action->type) {
    case ACTION_TEXT:
        if (len + strlen(action->text) < sizeof team->name)
            strcat(team->name, action->text);
        break;
    case ACTION_ERASE:
        while (len > 0 && ((unsigned char)team->name[--len] & 0xC0) == 0x80)
            ;
        team->name[len] = '\0';
        break;
    case ACTION_ACCEPT:
    case ACTION_BACK:
    case ACTION_POINTER_PRESS:
        if (!team->name[0])
            snprintf(team->name, sizeof team->name, TXT_TEAM_DEFAULT_FMT, s->editing + 1);
        s->editing = -1;
        game_class_save_setup(game);
        break;
    default: return;
    }
    game->dirty = true;
}

static void handle(Game *game, void *state, const Action *action)
{
    SetupState *s = state;
    if (s->editing >= 0) {
        handle_name(game, s, action);
        build_rows(game, s);
        return;
    }
    MenuLayout layout;
    menu_layout(game, s, &layout);
    switch (action->type) {
    case ACTION_BACK: game_pop(game); return;
    case ACTION_LEFT:
    case ACTION_RIGHT:
        change(game, s, s->menu.focus, action->type == ACTION_RIGHT ? 1 : -1);
        build_rows(game, s);
        return;
    default: break;
    }
    bool changed = false;
    int picked = widgets_menu_handle(&s->menu, &layout, s->rows, s->count, action, &changed);
    if (changed)
        game->dirty = true;
    if (picked >= 0)
        activate(game, s, picked);
    build_rows(game, s);
}

static InputMode mode(const void *state)
{
    return ((const SetupState *)state)->editing >= 0 ? INPUT_TEXT : INPUT_MENU;
}

static void draw(Game *game, void *state)
{
    SetupState *s = state;
    build_rows(game, s); /* banks chosen on the screen above may have changed */
    MenuLayout layout;
    menu_layout(game, s, &layout);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, TXT_CLASSROOM, TXT_CLASS_SUBTITLE);
    widgets_menu(game, &layout, s->rows, s->count, &s->menu);
    static const FooterButton footer[] = {{KEY_UP_DOWN, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                          {KEY_LEFT_RIGHT, TXT_DO_CHANGE, ACTION_NONE, 0},
                                          {KEY_ESC, TXT_DO_BACK, ACTION_BACK, 0}};
    static const FooterButton name_footer[] = {{KEY_ENTER, TXT_DO_DONE, ACTION_ACCEPT, 0}};
    if (s->editing >= 0)
        widgets_footer(game, &layout.footer, name_footer, 1);
    else
        widgets_footer(game, &layout.footer, footer, 3);
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    SetupState *s = state;
    const ClassSetup *c = &game->class_setup;
    if (strcmp(name, "teams") == 0)
        snprintf(out, size, "%d", c->team_count);
    else if (strcmp(name, "team1") == 0)
        snprintf(out, size, "%s", c->teams[0].name);
    else if (strcmp(name, "focus") == 0)
        snprintf(out, size, "%s", s->labels[s->menu.focus]);
    else
        return false;
    return true;
}

const Screen SCREEN_CLASS_SETUP_DEF = {
    .name = "class_setup",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(SetupState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
    .mode = mode,
    .query = query,
};
