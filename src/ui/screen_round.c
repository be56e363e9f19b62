/* The question and feedback screens, and the "leave this round?" question. */
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
    const RoundLayout *layout = round_view_layout(game, &snap, false);
    int n = snap.choice_count, cols = layout->columns;
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

static void answer(Game *game, int choice)
{
    if (session_answer(game->session, choice) != SESSION_OK)
        return;
    if (game->settings.sound) {
        SessionSnapshot snap;
        session_snapshot(game->session, &snap);
        sound_play(snap.picked_choice == snap.correct_choice ? SOUND_CORRECT : SOUND_WRONG);
    }
    game_replace(game, SCREEN_FEEDBACK, 0);
}

static void question_handle(Game *game, void *data, const Action *action)
{
    QuestionState *state = data;
    switch (action->type) {
    case ACTION_BACK: game_push(game, SCREEN_CONFIRM_LEAVE, 0); break;
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
        int hover = round_view_hit(game, action->x, action->y);
        if (hover != state->hover) {
            state->hover = hover;
            game->dirty = true;
        }
        break;
    }
    case ACTION_POINTER_PRESS: {
        int hit = round_view_hit(game, action->x, action->y);
        if (hit >= 0)
            answer(game, hit);
        break;
    }
    default: break;
    }
}

static void question_draw(Game *game, void *data)
{
    QuestionState *state = data;
    round_view_draw(game, false, state->focus, state->hover);
}

static void feedback_handle(Game *game, void *state, const Action *action)
{
    (void)state;
    switch (action->type) {
    case ACTION_BACK: game_push(game, SCREEN_CONFIRM_LEAVE, 0); break;
    case ACTION_ACCEPT:
    case ACTION_POINTER_PRESS: {
        session_next(game->session);
        SessionSnapshot snap;
        session_snapshot(game->session, &snap);
        game_replace(game, snap.state == SESSION_FINISHED ? SCREEN_RESULTS : SCREEN_QUESTION, 0);
        break;
    }
    default: break;
    }
}

static void feedback_draw(Game *game, void *state)
{
    (void)state;
    round_view_draw(game, true, -1, -1);
}

const Screen SCREEN_QUESTION_DEF = {
    .name = "question",
    .input_mode = INPUT_CHOICES,
    .state_size = sizeof(QuestionState),
    .enter = question_enter,
    .handle = question_handle,
    .draw = question_draw,
};
const Screen SCREEN_FEEDBACK_DEF = {
    .name = "feedback",
    .input_mode = INPUT_MENU,
    .handle = feedback_handle,
    .draw = feedback_draw,
};

/* --- Leaving a round asks first: answers so far would be lost. --- */

enum { CONFIRM_YES, CONFIRM_NO, CONFIRM_ROWS };

static void confirm_layout(const Game *game, Rect *dialog, MenuLayout *layout)
{
    FontSizes fs = widgets_sizes(game);
    int w = game->width * 2 / 3, h = fs.body * 4 + fs.answer * 6;
    *dialog = (Rect){(game->width - w) / 2, (game->height - h) / 2, w, h};
    *layout = (MenuLayout){0};
    layout->row_count = CONFIRM_ROWS;
    int row_w = (w - fs.answer * 3) / 2, row_h = fs.answer * 2;
    for (int i = 0; i < CONFIRM_ROWS; i++)
        layout->rows[i] = (Rect){dialog->x + fs.answer + i * (row_w + fs.answer),
                                 dialog->y + h - row_h - fs.answer, row_w, row_h};
}

static const MenuRow confirm_rows[CONFIRM_ROWS] = {{TXT_YES_LEAVE, NULL, false},
                                                   {TXT_NO_STAY, NULL, false}};

typedef struct {
    MenuState menu;
} ConfirmState;

static void confirm_enter(Game *game, void *state, int arg)
{
    (void)game;
    (void)arg;
    ((ConfirmState *)state)->menu = menu_state_at(CONFIRM_NO);
}

static void confirm_handle(Game *game, void *data, const Action *action)
{
    Rect dialog;
    MenuLayout layout;
    confirm_layout(game, &dialog, &layout);
    MenuState *state = &((ConfirmState *)data)->menu;
    if (action->type == ACTION_BACK) {
        game_pop(game);
        return;
    }
    /* The buttons sit side by side: left and right move between them too. */
    Action moved = *action;
    if (action->type == ACTION_LEFT)
        moved.type = ACTION_UP;
    if (action->type == ACTION_RIGHT)
        moved.type = ACTION_DOWN;
    bool changed = false;
    int picked = widgets_menu_handle(state, &layout, confirm_rows, CONFIRM_ROWS, &moved, &changed);
    if (changed)
        game->dirty = true;
    if (picked == CONFIRM_NO) {
        game_pop(game);
    } else if (picked == CONFIRM_YES) {
        game_pop(game); /* the question */
        game_pop(game); /* the round screen under it */
        game_end_round(game);
    }
}

static void confirm_draw(Game *game, void *data)
{
    /* The round stays visible under the question: the stack drew it first (overlay). */
    SDL_Color veil = game->theme->background;
    veil.a = 225;
    Rect all = {0, 0, game->width, game->height};
    draw_fill(game->renderer, &all, veil);
    Rect dialog;
    MenuLayout layout;
    confirm_layout(game, &dialog, &layout);
    FontSizes fs = widgets_sizes(game);
    draw_fill(game->renderer, &dialog, game->theme->background);
    draw_outline(game->renderer, &dialog, 3, game->theme->focus);
    Rect message = {dialog.x + fs.answer, dialog.y + fs.answer, dialog.w - fs.answer * 2,
                    layout.rows[0].y - dialog.y - fs.answer * 2};
    TextStyle style = {FONT_BOLD, fs.body, game->theme->text, ALIGN_CENTER};
    text_draw(game->text, TXT_LEAVE_ROUND, &message, style);
    widgets_menu(game, &layout, confirm_rows, CONFIRM_ROWS, &((ConfirmState *)data)->menu);
    Rect footer = {0, game->height - fs.footer * 2, game->width, fs.footer * 2};
    draw_fill(game->renderer, &footer, game->theme->background);
    widgets_footer(game, &footer, TXT_FOOTER_CONFIRM);
}

const Screen SCREEN_CONFIRM_LEAVE_DEF = {
    .name = "confirm",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(ConfirmState),
    .overlay = true,
    .enter = confirm_enter,
    .handle = confirm_handle,
    .draw = confirm_draw,
};
