/* Leaving a round asks first: answers so far would be lost. A dialog drawn over the round. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { CONFIRM_YES, CONFIRM_NO, CONFIRM_ROWS };

static const MenuRow confirm_rows[CONFIRM_ROWS] = {{TXT_YES_LEAVE, NULL, false},
                                                   {TXT_NO_STAY, NULL, false}};

/* Sized to its texts: the buttons side by side when both labels fit whole, else one above the
 * other; the dialog as tall as the question needs. Nothing is cut at 200 % on 800x600. */
static void confirm_layout(Game *game, const char *question, Rect *dialog, Rect *message,
                           MenuLayout *layout)
{
    FontSizes fs = widgets_sizes(game);
    int pad = fs.answer, margin = game->width / 20;
    int label_w = 0;
    for (int i = 0; i < CONFIRM_ROWS; i++) {
        const char *label = confirm_rows[i].label;
        int w = text_measure(game->text, FONT_BOLD, fs.answer, label, strlen(label)) + pad * 2;
        label_w = w > label_w ? w : label_w;
    }
    int max_w = game->width - 2 * margin;
    int w = game->width * 2 / 3;
    bool side_by_side = label_w * 2 + pad * 3 <= max_w;
    int needed = side_by_side ? label_w * 2 + pad * 3 : label_w + pad * 2;
    w = needed > w ? (needed < max_w ? needed : max_w) : w;
    int row_h = fs.answer * 2;
    int text_h = text_height(game->text, question, w - pad * 2, FONT_BOLD, fs.body);
    int rows_h = side_by_side ? row_h : row_h * 2 + pad / 2;
    int h = pad + text_h + pad + rows_h + pad;
    *dialog = (Rect){(game->width - w) / 2, (game->height - h) / 2, w, h};
    *message = (Rect){dialog->x + pad, dialog->y + pad, w - pad * 2, text_h};
    *layout = (MenuLayout){0};
    layout->row_count = CONFIRM_ROWS;
    int top = message->y + text_h + pad;
    for (int i = 0; i < CONFIRM_ROWS; i++) {
        if (side_by_side) {
            int row_w = (w - pad * 3) / 2;
            layout->rows[i] = (Rect){dialog->x + pad + i * (row_w + pad), top, row_w, row_h};
        } else {
            layout->rows[i] =
                (Rect){dialog->x + pad, top + i * (row_h + pad / 2), w - pad * 2, row_h};
        }
    }
}

typedef struct {
    MenuState menu;
    int what;              /* CONFIRM_LEAVE_ROUND, CONFIRM_LEAVE_CLASSROOM, CONFIRM_RESUME_... */
    StoredClassGame saved; /* CONFIRM_RESUME_CLASSROOM: the game that was not finished */
    char question[512];
} ConfirmState;

static const char *question_of(const ConfirmState *state) { return state->question; }

static const MenuRow *rows_of(const ConfirmState *state)
{
    static const MenuRow resume_rows[CONFIRM_ROWS] = {{TXT_RESUME, NULL, false},
                                                      {TXT_END_IT, NULL, false}};
    static const MenuRow stop_rows[CONFIRM_ROWS] = {{TXT_YES_STOP, NULL, false},
                                                    {TXT_NO_STAY, NULL, false}};
    static const MenuRow delete_rows[CONFIRM_ROWS] = {{TXT_YES_DELETE, NULL, false},
                                                      {TXT_NO_KEEP, NULL, false}};
    switch (state->what) {
    case CONFIRM_RESUME_CLASSROOM: return resume_rows;
    case CONFIRM_LEAVE_STUDY: return stop_rows;
    case CONFIRM_DELETE_LEARNER: return delete_rows;
    default: return confirm_rows;
    }
}

/* arg: what is being left, or the classroom game to resume. */
static void confirm_enter(Game *game, void *state, int arg)
{
    ConfirmState *confirm = state;
    confirm->what = arg;
    confirm->menu = menu_state_at(CONFIRM_NO);
    snprintf(confirm->question, sizeof confirm->question, "%s",
             arg == CONFIRM_LEAVE_CLASSROOM ? TXT_LEAVE_GAME
             : arg == CONFIRM_LEAVE_STUDY   ? TXT_LEAVE_STUDY
                                            : TXT_LEAVE_ROUND);
    if (arg == CONFIRM_DELETE_LEARNER) {
        const char *name = game->study.learner.name;
        snprintf(confirm->question, sizeof confirm->question, TXT_DELETE_LEARNER_FMT, name, name);
    }
    if (arg != CONFIRM_RESUME_CLASSROOM)
        return;
    confirm->menu = menu_state_at(CONFIRM_YES); /* Enter resumes */
    ClassSetup setup;
    if (!store_class_unfinished(game->store, &confirm->saved) ||
        !classroom_setup_from_text(confirm->saved.setup, &setup)) {
        game_pop(game);
        return;
    }
    char teams[256] = "";
    for (int t = 0, used = 0; t < setup.team_count && used < (int)sizeof teams; t++)
        used += snprintf(teams + used, sizeof teams - (size_t)used, "%s%s", t ? ", " : "",
                         setup.teams[t].name);
    int next = 0, total = 1;
    for (const char *p = confirm->saved.order; *p; p++)
        total += *p == ';';
    for (size_t i = 0; i < confirm->saved.event_count; i++)
        next += confirm->saved.events[i].kind == CLASS_EVENT_NEXT ||
                confirm->saved.events[i].kind == CLASS_EVENT_SKIP;
    snprintf(confirm->question, sizeof confirm->question, TXT_RESUME_FMT, teams,
             next + 1 <= total ? next + 1 : total, total);
}

static void confirm_leave(Game *game, void *state)
{
    (void)game;
    stored_class_game_free(&((ConfirmState *)state)->saved);
}

static void answered_yes(Game *game, ConfirmState *confirm)
{
    game_pop(game); /* this question */
    if (confirm->what == CONFIRM_DELETE_LEARNER) {
        store_delete_learner(game->store, game->study.learner.id);
        game->study.learner = (Learner){0};
        game->study.changes++; /* the list under this question shows it gone */
        return;
    }
    if (confirm->what == CONFIRM_RESUME_CLASSROOM) {
        /* Another window may have offered the same game: the first to take it plays it. */
        switch (game_class_take_up(game, &confirm->saved)) {
        case CLASS_RESUMED:
            game_push(game, SCREEN_CLASS_SETUP, 0);
            game_push(game, SCREEN_CLASS_GAME, 0);
            break;
        case CLASS_TAKEN_ELSEWHERE: game->title_notice = TXT_RESUMED_ELSEWHERE; break;
        case CLASS_NOT_RESUMED: break;
        }
        return;
    }
    game_pop(game); /* the round or game under it */
    if (confirm->what == CONFIRM_LEAVE_CLASSROOM) {
        game_class_finish(game); /* left on purpose: no resume offered */
        game_class_end(game);
    } else {
        game_end_round(game);
    }
}

static void confirm_handle(Game *game, void *data, const Action *action)
{
    ConfirmState *confirm = data;
    Rect dialog, message;
    MenuLayout layout;
    confirm_layout(game, question_of(confirm), &dialog, &message, &layout);
    MenuState *state = &confirm->menu;
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
    int picked =
        widgets_menu_handle(state, &layout, rows_of(confirm), CONFIRM_ROWS, &moved, &changed);
    if (changed)
        game->dirty = true;
    if (picked == CONFIRM_NO) {
        if (confirm->what == CONFIRM_RESUME_CLASSROOM) /* ended (unless taken up elsewhere) */
            store_class_end_offered(game->store, confirm->saved.id,
                                    (int)confirm->saved.event_count);
        game_pop(game);
    } else if (picked == CONFIRM_YES) {
        answered_yes(game, confirm);
    }
}

static void confirm_draw(Game *game, void *data)
{
    /* The round stays visible under the question: the stack drew it first (overlay). */
    SDL_Color veil = game->theme->background;
    veil.a = 225;
    Rect all = {0, 0, game->width, game->height};
    draw_fill(game->renderer, &all, veil);
    ConfirmState *confirm = data;
    Rect dialog, message;
    MenuLayout layout;
    confirm_layout(game, question_of(confirm), &dialog, &message, &layout);
    FontSizes fs = widgets_sizes(game);
    draw_fill(game->renderer, &dialog, game->theme->background);
    draw_outline(game->renderer, &dialog, 3, game->theme->focus);
    TextStyle style = {FONT_BOLD, fs.body, game->theme->text, ALIGN_CENTER};
    text_draw(game->text, question_of(confirm), &message, style);
    widgets_menu(game, &layout, rows_of(confirm), CONFIRM_ROWS, &confirm->menu);
    Rect footer = {0, game->height - fs.footer * 2, game->width, fs.footer * 2};
    draw_fill(game->renderer, &footer, game->theme->background);
    /* Enter picks the focused button, so the footer names no side for it. */
    static const FooterButton buttons[] = {{KEY_LEFT_RIGHT, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                           {KEY_ESC, TXT_DO_STAY, ACTION_BACK, 0}};
    widgets_footer(game, &footer, buttons, 2);
}

const Screen SCREEN_CONFIRM_LEAVE_DEF = {
    .name = "confirm",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(ConfirmState),
    .overlay = true,
    .enter = confirm_enter,
    .leave = confirm_leave,
    .handle = confirm_handle,
    .draw = confirm_draw,
};
