/* Results: score, correct answers, accuracy, best streak, the questions missed with their right
 * answers, and the name entry when the score makes the high-score table. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

typedef struct {
    bool entering_name;
    bool score_saved;
    bool save_failed; /* said here, where the player is */
    char name[LIMIT_NAME_BYTES + 1];
} ResultsState;

static void enter(Game *game, void *state, int arg)
{
    (void)arg;
    ResultsState *results = state;
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    results->entering_name = game->store && game->store_status != STORE_READ_ONLY &&
                             store_score_qualifies(game->store, game->round_bank_id, snap.score);
}

static void erase_last_character(char *text)
{
    size_t len = strlen(text);
    while (len > 0) {
        len--;
        if (((unsigned char)text[len] & 0xC0) != 0x80) /* not a continuation byte */
            break;
    }
    text[len] = '\0';
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

static void handle(Game *game, void *state, const Action *action)
{
    ResultsState *results = state;
    if (results->entering_name) {
        switch (action->type) {
        case ACTION_TEXT:
            if (strlen(results->name) + strlen(action->text) <= LIMIT_NAME_BYTES)
                strcat(results->name, action->text);
            break;
        case ACTION_ERASE: erase_last_character(results->name); break;
        case ACTION_ACCEPT:
        case ACTION_POINTER_PRESS: /* with the mouse alone, the score is saved as "Player" */
            save_score(game, results);
            /* A failed save keeps the name and the score here, to be tried again. */
            results->entering_name = !results->score_saved;
            if (results->score_saved)
                game_push(game, SCREEN_HIGHSCORES, table_for_round(game));
            break;
        case ACTION_BACK: results->entering_name = false; break;
        default: return;
        }
        game->dirty = true;
        return;
    }
    if (action->type == ACTION_ACCEPT || action->type == ACTION_POINTER_PRESS) {
        game_push(game, SCREEN_HIGHSCORES, table_for_round(game));
    } else if (action->type == ACTION_BACK) {
        game_reset_to(game, SCREEN_TITLE, 0);
        game_end_round(game);
    }
}

static InputMode mode(const void *state)
{
    return ((const ResultsState *)state)->entering_name ? INPUT_TEXT : INPUT_MENU;
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    (void)game;
    ResultsState *results = state;
    if (strcmp(name, "saved") != 0)
        return false;
    snprintf(out, size, "%s", results->score_saved ? "yes" : "no");
    return true;
}

static void draw_missed(Game *game, const Rect *area)
{
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    TextStyle head = {FONT_BOLD, fs.body, t->text, ALIGN_LEFT};
    int y = area->y;
    size_t missed = session_missed_count(game->session);
    Rect line = {area->x, y, area->w, fs.body * 3 / 2};
    text_draw(game->text, missed ? TXT_MISSED : TXT_NONE_MISSED, &line, head);
    y += line.h + fs.footer / 2;
    TextStyle body = {FONT_REGULAR, fs.footer, t->text, ALIGN_LEFT};
    /* The right answer is marked by the check mark and bold type, in the text colour that
     * every theme keeps readable. */
    TextStyle answer = {FONT_BOLD, fs.footer, t->text, ALIGN_LEFT};
    for (size_t i = 0; i < missed; i++) {
        const Question *q = session_missed(game->session, i);
        char right[256];
        snprintf(right, sizeof right, "\xE2\x9C\x93 %s", q->choices[q->correct_index]);
        int h1 = text_height(game->text, q->prompt, area->w, FONT_REGULAR, fs.footer);
        int h2 = text_height(game->text, right, area->w - fs.footer, FONT_BOLD, fs.footer);
        if (y + h1 + h2 > area->y + area->h) {
            char more[64];
            snprintf(more, sizeof more, "... %zu more", missed - i);
            Rect rest = {area->x, y, area->w, fs.footer * 3 / 2};
            text_draw(game->text, more, &rest, body);
            break;
        }
        Rect prompt = {area->x, y, area->w, h1};
        text_draw(game->text, q->prompt, &prompt, body);
        Rect ans = {area->x + fs.footer, y + h1, area->w - fs.footer, h2};
        text_draw(game->text, right, &ans, answer);
        y += h1 + h2 + fs.footer / 2;
    }
}

static void draw(Game *game, void *state)
{
    ResultsState *results = state;
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    MenuLayout layout;
    layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, &layout);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, TXT_RESULTS, game->round_title);
    int y = layout.heading.y + layout.heading.h + fs.body;
    char line[128];
    int percent =
        snap.question_total ? (int)(100 * (size_t)snap.correct_count / snap.question_total) : 0;
    TextStyle big = {FONT_BOLD, fs.prompt, t->text, ALIGN_LEFT};
    TextStyle body = {FONT_REGULAR, fs.body, t->text, ALIGN_LEFT};
    int col_w = layout.heading.w * 2 / 5;
    snprintf(line, sizeof line, TXT_RESULT_SCORE_FMT, snap.score);
    Rect r = {layout.heading.x, y, col_w, fs.prompt * 3 / 2};
    text_draw(game->text, line, &r, big);
    r.y += r.h + fs.body / 2;
    r.h = fs.body * 3 / 2;
    snprintf(line, sizeof line, TXT_RESULT_CORRECT_FMT, snap.correct_count, snap.question_total,
             percent);
    text_draw(game->text, line, &r, body);
    r.y += r.h;
    snprintf(line, sizeof line, TXT_RESULT_STREAK_FMT, snap.best_streak);
    text_draw(game->text, line, &r, body);
    r.y += r.h + fs.body;
    if (results->entering_name) {
        Rect ask = {r.x, r.y, col_w, fs.body * 3};
        text_draw(game->text, TXT_NEW_HIGH_SCORE, &ask, body);
        Rect field = {r.x, r.y + fs.body * 3, col_w, fs.answer * 2};
        draw_fill(game->renderer, &field, t->surface);
        draw_outline(game->renderer, &field, 3, t->focus);
        char shown[LIMIT_NAME_BYTES + 8];
        snprintf(shown, sizeof shown, "%s_", results->name);
        TextStyle name = {FONT_BOLD, fs.answer, t->text, ALIGN_LEFT};
        /* A long name scrolls: the end being typed stays in view inside the field. */
        const char *visible = shown;
        int room = field.w - fs.answer;
        while (*visible &&
               text_measure(game->text, FONT_BOLD, fs.answer, visible, strlen(visible)) > room) {
            visible++;
            while (((unsigned char)*visible & 0xC0) == 0x80)
                visible++;
        }
        text_draw_line(game->text, visible, field.x + fs.answer / 2, field.y + field.h / 2, name);
    } else {
        const char *status = results->score_saved   ? TXT_SAVED
                             : results->save_failed ? TXT_SCORE_NOT_SAVED
                             : game->store          ? ""
                                                    : TXT_NOT_SAVED;
        Rect saved = {r.x, r.y, col_w, fs.body * 3};
        text_draw(game->text, status, &saved, body);
    }
    Rect missed = {layout.heading.x + col_w + fs.body,
                   layout.heading.y + layout.heading.h + fs.body,
                   layout.heading.w - col_w - fs.body,
                   layout.footer.y - (layout.heading.y + layout.heading.h + fs.body * 2)};
    draw_missed(game, &missed);
    static const FooterButton name_footer[] = {{KEY_ENTER, TXT_DO_SAVE, ACTION_ACCEPT},
                                               {KEY_ESC, TXT_DO_SKIP, ACTION_BACK}};
    static const FooterButton footer[] = {{KEY_ENTER, TXT_DO_HIGH_SCORES, ACTION_ACCEPT},
                                          {KEY_ESC, TXT_DO_TITLE, ACTION_BACK}};
    if (results->entering_name)
        widgets_footer(game, &layout.footer, name_footer, 2);
    else
        widgets_footer(game, &layout.footer, footer, 2);
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
