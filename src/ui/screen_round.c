/* The question and feedback screens, and the "leave this round?" question. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "round_view.h"
#include "screen.h"
#include "sound.h"
#include "strings.h"
#include "widgets.h"

/* The question screen's own state: a fresh one for every question, so a tile lit under the
 * pointer of the last click is never taken for a chosen answer. Hover shows only once the
 * pointer moves. */
typedef struct {
    int focus; /* -1: none until an arrow key is pressed */
    int hover;
} QuestionState;

static void question_enter(Game *game, void *state, int arg)
{
    (void)game;
    (void)arg;
    *(QuestionState *)state = (QuestionState){-1, -1};
}

/* Arrow keys walk the answer grid; the first press only shows where focus is. */
static void move_focus(Game *game, QuestionState *state, const Action *action)
{
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    int n = snap.choice_count, cols = round_view_columns(game->round_view, game, &snap);
    if (state->focus < 0) {
        state->focus = 0;
    } else {
        int f = state->focus;
        switch (action->type) {
        case ACTION_UP: f -= cols; break;
        case ACTION_DOWN: f += cols; break;
        case ACTION_LEFT: f -= 1; break;
        case ACTION_RIGHT: f += 1; break;
        default: break;
        }
        if (f >= 0 && f < n)
            state->focus = f;
    }
    game->dirty = true;
}

/* An exam tells nothing until its end: straight on to the next question, or to the marks. */
static void next_exam_question(Game *game)
{
    session_next(game->session);
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    game_replace(game, snap.state == SESSION_FINISHED ? SCREEN_STUDY_END : SCREEN_QUESTION, 0);
}

static void answer(Game *game, int choice)
{
    if (session_answer(game->session, choice) != SESSION_OK)
        return;
    game_study_answered(game); /* saved the moment it is given */
    if (game->study.active && game->study.mode == STUDY_EXAM) {
        next_exam_question(game);
        return;
    }
    if (game->settings.sound) {
        SessionSnapshot snap;
        session_snapshot(game->session, &snap);
        sound_play(snap.picked_choice == snap.correct_choice ? SOUND_CORRECT : SOUND_WRONG);
    }
    game_replace(game, SCREEN_FEEDBACK, 0);
}

/* The tile under the pointer, or -1. */
static int tile_at(Game *game, int x, int y)
{
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    return round_view_hit(game->round_view, game, &snap, x, y);
}

/* Both screens: the round view, then the footer buttons in the place the plan keeps for them. */
static void round_draw(Game *game, int focus, int hover, const FooterButton *footer, int count)
{
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    widgets_clear(game);
    round_view_draw(game->round_view, game, &snap, game->round_title, focus, hover);
    Rect area = round_view_footer(game->round_view, game, &snap);
    widgets_footer(game, &area, footer, count);
}

/* Leaving asks first: a round's answers would be lost; a study session's are kept, but the
 * learner may have pressed Esc by mistake. */
static void ask_to_leave(Game *game)
{
    game_push(game, SCREEN_CONFIRM_LEAVE,
              game->study.active ? CONFIRM_LEAVE_STUDY : CONFIRM_LEAVE_ROUND);
}

static void question_handle(Game *game, void *data, const Action *action)
{
    QuestionState *state = data;
    switch (action->type) {
    case ACTION_BACK: ask_to_leave(game); break;
    case ACTION_CHOICE: answer(game, action->choice); break;
    case ACTION_UP:
    case ACTION_DOWN:
    case ACTION_LEFT:
    case ACTION_RIGHT: move_focus(game, state, action); break;
    case ACTION_ACCEPT:
        if (state->focus >= 0)
            answer(game, state->focus);
        break;
    case ACTION_POINTER_MOVE: {
        int hover = tile_at(game, action->x, action->y);
        if (hover != state->hover) {
            state->hover = hover;
            game->dirty = true;
        }
        break;
    }
    case ACTION_POINTER_PRESS: {
        int hit = tile_at(game, action->x, action->y);
        if (hit >= 0)
            answer(game, hit);
        break;
    }
    default: break;
    }
}

static bool question_query(Game *game, void *data, const char *name, char *out, size_t size)
{
    (void)game;
    QuestionState *state = data;
    if (strcmp(name, "hover") != 0) /* the tile lit under the pointer */
        return false;
    snprintf(out, size, "%s",
             state->hover >= 0 ? (char[]){answer_letter(state->hover), 0} : "none");
    return true;
}

static void question_draw(Game *game, void *data)
{
    QuestionState *state = data;
    static const FooterButton footer[] = {{KEY_ANSWERS, TXT_DO_ANSWER, ACTION_NONE, 0},
                                          {KEY_ESC, TXT_DO_LEAVE_ROUND, ACTION_BACK, 0}};
    static const FooterButton study_footer[] = {{KEY_ANSWERS, TXT_DO_ANSWER, ACTION_NONE, 0},
                                                {KEY_ESC, TXT_DO_STOP, ACTION_BACK, 0}};
    round_draw(game, state->focus, state->hover, game->study.active ? study_footer : footer, 2);
}

static void feedback_handle(Game *game, void *state, const Action *action)
{
    (void)state;
    switch (action->type) {
    case ACTION_BACK: ask_to_leave(game); break;
    case ACTION_ACCEPT:
    case ACTION_POINTER_PRESS: {
        session_next(game->session);
        SessionSnapshot snap;
        session_snapshot(game->session, &snap);
        ScreenId end = game->study.active ? SCREEN_STUDY_END : SCREEN_RESULTS;
        game_replace(game, snap.state == SESSION_FINISHED ? end : SCREEN_QUESTION, 0);
        break;
    }
    default: break;
    }
}

static void feedback_draw(Game *game, void *state)
{
    (void)state;
    static const FooterButton footer[] = {{KEY_ENTER, TXT_DO_CONTINUE, ACTION_ACCEPT, 0},
                                          {KEY_ESC, TXT_DO_LEAVE_ROUND, ACTION_BACK, 0}};
    static const FooterButton study_footer[] = {{KEY_ENTER, TXT_DO_CONTINUE, ACTION_ACCEPT, 0},
                                                {KEY_ESC, TXT_DO_STOP, ACTION_BACK, 0}};
    round_draw(game, -1, -1, game->study.active ? study_footer : footer, 2);
}

static bool feedback_query(Game *game, void *state, const char *name, char *out, size_t size)
{
    (void)state;
    if (strcmp(name, "next_review") != 0) /* the note under a study answer's verdict */
        return false;
    snprintf(out, size, "%s",
             game->study.active && game->study.note[0] ? game->study.note : "none");
    return true;
}

const Screen SCREEN_QUESTION_DEF = {
    .name = "question",
    .input_mode = INPUT_CHOICES,
    .state_size = sizeof(QuestionState),
    .enter = question_enter,
    .handle = question_handle,
    .draw = question_draw,
    .query = question_query,
};
const Screen SCREEN_FEEDBACK_DEF = {
    .name = "feedback",
    .input_mode = INPUT_MENU,
    .handle = feedback_handle,
    .draw = feedback_draw,
    .query = feedback_query,
};
