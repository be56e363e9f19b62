/* A classroom game in play: teams answer with their keys, controllers, or through the teacher;
 * the teacher runs it with a few keys (F1 lists them), each also a footer button. */
#include <stdio.h>
#include <string.h>

#include "class_keys.h"
#include "class_view.h"
#include "draw.h"
#include "screen.h"
#include "sound.h"
#include "strings.h"
#include "widgets.h"

enum { ADJUST_POINTS = 10 };

typedef struct {
    RoundView *view;
    int pads[LIMIT_TEAMS_MAX]; /* the controller (instance id) each team answers with, or -1 */
    int pending;               /* quizmaster: the team number typed, or -1 */
    int selected;              /* the team + and - change */
    bool blank;                /* B: the screen shows nothing, the game waits */
    bool help;                 /* F1: the teacher's keys */
    int last_tone_second;      /* the countdown second a tone was last played for */
    ClassPhase last_phase;
} ClassGameState;

static void enter(Game *game, void *data, int arg)
{
    (void)game;
    (void)arg;
    ClassGameState *s = data;
    s->view = round_view_new();
    for (int t = 0; t < LIMIT_TEAMS_MAX; t++)
        s->pads[t] = -1;
    s->pending = -1;
    s->last_tone_second = -1;
    s->last_phase = CLASS_PROMPT;
}

static void leave(Game *game, void *data)
{
    (void)game;
    round_view_free(((ClassGameState *)data)->view);
}

static ClassSnapshot snapshot(const Game *game)
{
    ClassSnapshot snap;
    classroom_snapshot(game->classroom, &snap);
    return snap;
}

static void tone(Game *game, SoundId id)
{
    if (game->settings.sound)
        sound_play(id);
}

/* After anything that may have moved the game on: the end screen, or the reveal's tone. */
static void follow(Game *game, ClassGameState *s)
{
    ClassSnapshot snap = snapshot(game);
    if (snap.phase == CLASS_REVEAL && s->last_phase != CLASS_REVEAL)
        tone(game, SOUND_CORRECT);
    if (snap.phase != s->last_phase)
        s->last_tone_second = -1;
    s->last_phase = snap.phase;
    if (snap.phase == CLASS_FINISHED)
        game_replace(game, SCREEN_CLASS_END, 0);
    game->dirty = true;
}

/* Enter, N or a click on Next: one step on (answers open, reveal, next question). */
static void step_on(Game *game)
{
    ClassSnapshot snap = snapshot(game);
    if (snap.phase == CLASS_REVEAL)
        classroom_next(game->classroom);
    else
        classroom_reveal(game->classroom);
}

/* A controller that has no team yet joins the first team without a keyboard block or
 * controller; when every team has a block, the last team without a controller (the first
 * teams sit nearest the keyboard). */
static int team_of_pad(Game *game, ClassGameState *s, int instance)
{
    int teams = classroom_setup(game->classroom)->team_count;
    for (int t = 0; t < teams; t++)
        if (s->pads[t] == instance)
            return t;
    for (int t = CLASS_KEYBOARD_TEAMS; t < teams; t++)
        if (s->pads[t] < 0) {
            s->pads[t] = instance;
            return -1; /* joined: the press that joins answers nothing */
        }
    for (int t = teams - 1; t >= 0; t--)
        if (s->pads[t] < 0) {
            s->pads[t] = instance;
            return -1;
        }
    return -1;
}

static void answer(Game *game, int team, int choice)
{
    if (team >= 0 && choice >= 0)
        classroom_answer(game->classroom, team, choice);
}

/* A key that is an answer in this mode, or a teacher's key. */
static void handle_key(Game *game, ClassGameState *s, const Action *action)
{
    const ClassSetup *setup = classroom_setup(game->classroom);
    ClassSnapshot snap = snapshot(game);
    bool answering = snap.phase == CLASS_ANSWERING || snap.phase == CLASS_STEAL;
    if (action->device == DEVICE_GAMEPAD) {
        int team = team_of_pad(game, s, action->device_id);
        int choice = class_keys_pad_choice(action->choice);
        if (setup->answers != CLASS_ANSWERS_QUIZMASTER)
            answer(game, team, choice);
        return;
    }
    int sc = action->scancode, choice = -1;
    if (setup->answers == CLASS_ANSWERS_DEVICES) {
        int team = class_keys_block_team(sc, &choice);
        if (team >= 0) {
            if (team < setup->team_count)
                answer(game, team, choice);
            return;
        }
    } else if (setup->answers == CLASS_ANSWERS_QUIZMASTER) {
        int team = class_keys_team_number(sc);
        if (team >= 0 && team < setup->team_count) {
            s->pending = team; /* "2", then the letter */
            s->selected = team;
            return;
        }
        if (s->pending >= 0 && (choice = class_keys_answer_letter(sc)) >= 0) {
            answer(game, s->pending, choice);
            s->pending = -1;
            return;
        }
    } else if (answering && (choice = class_keys_answer_letter(sc)) >= 0) {
        /* Turns: the teacher types the letter for the team whose turn it is. */
        answer(game, snap.phase == CLASS_STEAL ? snap.steal_team : snap.turn_team, choice);
        return;
    }
    switch (class_keys_teacher(sc)) {
    case TEACHER_REVEAL: classroom_reveal(game->classroom); break;
    case TEACHER_NEXT: step_on(game); break;
    case TEACHER_SKIP: classroom_skip(game->classroom); break;
    case TEACHER_BLANK: s->blank = !s->blank; break;
    case TEACHER_PLUS: classroom_adjust(game->classroom, s->selected, ADJUST_POINTS); break;
    case TEACHER_MINUS: classroom_adjust(game->classroom, s->selected, -ADJUST_POINTS); break;
    case TEACHER_HELP: s->help = !s->help; break;
    case TEACHER_NONE: break;
    }
}

static void handle(Game *game, void *data, const Action *action)
{
    ClassGameState *s = data;
    ClassSnapshot snap = snapshot(game);
    if ((s->help || s->blank) && action->type != ACTION_POINTER_MOVE &&
        !(action->type == ACTION_KEY && action->device == DEVICE_GAMEPAD)) {
        /* Any key or click brings the game back (F1 and B are toggles too). */
        s->help = s->blank = false;
        game->dirty = true;
        return;
    }
    switch (action->type) {
    case ACTION_BACK: game_push(game, SCREEN_CONFIRM_LEAVE, CONFIRM_LEAVE_CLASSROOM); return;
    case ACTION_TOGGLE: classroom_pause(game->classroom, !snap.paused); break;
    case ACTION_ACCEPT: step_on(game); break;
    case ACTION_LEFT:
    case ACTION_RIGHT: {
        int n = snap.team_count, step = action->type == ACTION_RIGHT ? 1 : n - 1;
        s->selected = (s->selected + step) % n;
        break;
    }
    case ACTION_KEY: handle_key(game, s, action); break;
    case ACTION_POINTER_PRESS: {
        int team = class_view_team_at(game, &snap, action->x, action->y);
        if (team >= 0)
            s->selected = team;
        break;
    }
    default: return;
    }
    follow(game, s);
}

static int update(Game *game, void *data, uint32_t elapsed_ms)
{
    ClassGameState *s = data;
    if (s->blank || s->help)
        return -1; /* the class is not looking: no time passes for it either */
    classroom_tick(game->classroom, (int)elapsed_ms);
    follow(game, s);
    ClassSnapshot snap = snapshot(game);
    if (snap.paused)
        return -1;
    const ClassSetup *setup = classroom_setup(game->classroom);
    if (snap.phase == CLASS_PROMPT)
        return setup->prompt_ms - snap.elapsed_ms;
    if (snap.phase != CLASS_ANSWERING && snap.phase != CLASS_STEAL)
        return -1;
    /* Redraw when a shown second changes, and sound the last five of the class's time (the
     * longest time a team still has). */
    int next = -1, longest = -1;
    for (int t = 0; t < snap.team_count; t++) {
        int left = snap.remaining_ms[t];
        if (left <= 0 || snap.answers[t].answered)
            continue;
        int to_second = left % 1000 ? left % 1000 : 1000;
        next = next < 0 || to_second < next ? to_second : next;
        longest = left > longest ? left : longest;
    }
    int second = (longest + 999) / 1000;
    if (longest > 0 && second <= 5 && second != s->last_tone_second) {
        s->last_tone_second = second;
        tone(game, SOUND_TICK);
    }
    return next;
}

static const char *const help_lines[] = {
    TXT_HELP_PAUSE,       TXT_HELP_REVEAL_NEXT, TXT_HELP_SKIP,       TXT_HELP_BLANK,
    TXT_HELP_CHOOSE_TEAM, TXT_HELP_ADJUST,      TXT_HELP_QUIZMASTER, TXT_HELP_MENU,
};

static void draw_help(Game *game)
{
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    Rect content = layout_content(game->width, game->height, 4, 3);
    int line_h = text_line_height(game->text, FONT_REGULAR, fs.body);
    int count = (int)(sizeof help_lines / sizeof help_lines[0]);
    Rect box = {content.x, game->height / 2 - (count + 2) * line_h / 2, content.w,
                (count + 2) * line_h};
    draw_fill(game->renderer, &box, t->surface);
    draw_outline(game->renderer, &box, 3, t->focus);
    TextStyle style = {FONT_REGULAR, fs.body, t->text, ALIGN_LEFT};
    for (int i = 0; i < count; i++) {
        Rect line = {box.x + fs.body, box.y + line_h * (i + 1), box.w - fs.body * 2, line_h};
        text_draw(game->text, help_lines[i], &line, style);
    }
}

static void draw(Game *game, void *data)
{
    ClassGameState *s = data;
    Rect footer = class_view_footer(game);
    if (s->blank) {
        widgets_clear(game);
        widgets_notice(game, &footer, TXT_BLANKED, true);
        return;
    }
    ClassSnapshot snap = snapshot(game);
    ClassViewMarks marks = {s->selected, s->pending, s->pads};
    class_view_draw(s->view, game, &snap, &marks);
    if (s->help)
        draw_help(game);
    static const FooterButton buttons[] = {
        {KEY_SPACE, TXT_DO_PAUSE, ACTION_TOGGLE, 0},
        {"R", TXT_DO_REVEAL, ACTION_KEY, SDL_SCANCODE_R},
        {"N", TXT_DO_NEXT, ACTION_KEY, SDL_SCANCODE_N},
        {"S", TXT_DO_SKIP_QUESTION, ACTION_KEY, SDL_SCANCODE_S},
        {"F1", TXT_DO_KEYS, ACTION_KEY, SDL_SCANCODE_F1},
        {KEY_ESC, TXT_DO_MENU, ACTION_BACK, 0},
    };
    widgets_footer(game, &footer, buttons, (int)(sizeof buttons / sizeof buttons[0]));
}

static bool query(Game *game, void *data, const char *name, char *out, size_t size)
{
    ClassGameState *s = data;
    ClassSnapshot snap = snapshot(game);
    static const char *const phases[] = {"prompt", "answering", "steal", "reveal", "finished"};
    int team = 0;
    if (strcmp(name, "phase") == 0)
        snprintf(out, size, "%s", snap.paused ? "paused" : phases[snap.phase]);
    else if (strcmp(name, "question") == 0)
        snprintf(out, size, "%d", snap.question_number);
    else if (sscanf(name, "score%d", &team) == 1 && team >= 1 && team <= snap.team_count)
        snprintf(out, size, "%d", snap.scores[team - 1]);
    else if (sscanf(name, "answered%d", &team) == 1 && team >= 1 && team <= snap.team_count)
        snprintf(out, size, "%s", snap.answers[team - 1].answered ? "yes" : "no");
    else if (sscanf(name, "pad%d", &team) == 1 && team >= 1 && team <= snap.team_count)
        snprintf(out, size, "%d", s->pads[team - 1]);
    else if (strcmp(name, "blank") == 0)
        snprintf(out, size, "%s", s->blank ? "yes" : "no");
    else if (strcmp(name, "saving") == 0) /* yes, no (never could), failed (stopped) */
        snprintf(out, size, "%s",
                 game->class_save_failed   ? "failed"
                 : game->class_game_id > 0 ? "yes"
                                           : "no");
    else
        return false;
    return true;
}

const Screen SCREEN_CLASS_GAME_DEF = {
    .name = "class_game",
    .input_mode = INPUT_KEYS,
    .state_size = sizeof(ClassGameState),
    .enter = enter,
    .leave = leave,
    .handle = handle,
    .update = update,
    .draw = draw,
    .query = query,
};
