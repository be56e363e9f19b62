/* High scores: every bank together, mixed rounds, then one table per bank (Left/Right); each
 * row says who, how much, how many right, on which bank and when. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "draw.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

static int table_count(const Game *game) { return 2 + (int)library_bank_count(game->library); }

static void table_info(const Game *game, int table, const char **bank, const char **title)
{
    if (table <= 0) {
        *bank = NULL;
        *title = TXT_OVERALL;
    } else if (table == 1) {
        *bank = STORE_ALL_BANKS;
        *title = TXT_ALL_BANKS;
    } else {
        const Bank *b = library_bank(game->library, (size_t)(table - 2));
        *bank = bank_id(b);
        *title = bank_title(b);
    }
}

/* One table as menu rows: "1. Name, 200 points" over "2 of 3 right, bank, date". */
typedef struct {
    int table; /* 0: every bank together, 1: mixed rounds, n: bank n-2 */
    MenuState menu;
    HighScore scores[LIMIT_SCORE_TABLE_ROWS];
    int count;
    char labels[LIMIT_SCORE_TABLE_ROWS][LIMIT_NAME_BYTES + 48];
    char details[LIMIT_SCORE_TABLE_ROWS][LIMIT_TITLE_BYTES + 96];
    MenuRow rows[LIMIT_SCORE_TABLE_ROWS];
} ScoresState;

/* The bank a score was made on, by its title while the bank is loaded, else by its id. */
static const char *bank_name(const Game *game, const char *id)
{
    if (strcmp(id, STORE_ALL_BANKS) == 0)
        return TXT_ALL_BANKS;
    for (size_t i = 0; i < library_bank_count(game->library); i++)
        if (strcmp(bank_id(library_bank(game->library, i)), id) == 0)
            return bank_title(library_bank(game->library, i));
    return id;
}

static void load_table(Game *game, ScoresState *state)
{
    const char *bank = NULL, *title = NULL;
    table_info(game, state->table, &bank, &title);
    state->count = game->store ? (int)store_top_scores(game->store, bank, state->scores,
                                                       LIMIT_SCORE_TABLE_ROWS)
                               : 0;
    for (int i = 0; i < state->count; i++) {
        const HighScore *h = &state->scores[i];
        snprintf(state->labels[i], sizeof state->labels[i], TXT_SCORE_ROW_FMT, i + 1, h->name,
                 h->score);
        char date[32] = "";
        time_t when = (time_t)h->played_at;
        struct tm day;
        if (localtime_r(&when, &day))
            strftime(date, sizeof date, "%Y-%m-%d", &day);
        snprintf(state->details[i], sizeof state->details[i], TXT_SCORE_DETAIL_FMT, h->correct,
                 h->total, bank_name(game, h->bank_id), date);
        state->rows[i] = (MenuRow){state->labels[i], state->details[i], false};
    }
    state->menu = menu_state_at(-1);
}

static void list_layout(Game *game, const ScoresState *state, MenuLayout *layout)
{
    const char *bank = NULL, *title = NULL;
    table_info(game, state->table, &bank, &title);
    char subtitle[LIMIT_TITLE_BYTES + 32];
    snprintf(subtitle, sizeof subtitle, "%s   (%d / %d)", title, state->table + 1,
             table_count(game));
    widgets_list_layout(game, TXT_HIGH_SCORES, subtitle, state->count, true, 0, false, layout);
}

/* arg: the table to open on. */
static void enter(Game *game, void *data, int arg)
{
    ScoresState *state = data;
    state->table = arg >= 0 && arg < table_count(game) ? arg : 0;
    load_table(game, state);
}

static void handle(Game *game, void *data, const Action *action)
{
    ScoresState *state = data;
    int n = table_count(game);
    bool after_round = game_screen_below(game) == SCREEN_RESULTS;
    switch (action->type) {
    case ACTION_BACK: game_pop(game); return;
    case ACTION_ACCEPT:
        /* After a round, going on means a new start at the title. */
        if (after_round) {
            game_reset_to(game, SCREEN_TITLE, 0);
            game_end_round(game);
        } else {
            game_pop(game);
        }
        return;
    case ACTION_LEFT:
    case ACTION_RIGHT:
        state->table = (state->table + (action->type == ACTION_LEFT ? n - 1 : 1)) % n;
        load_table(game, state);
        game->dirty = true;
        return;
    default: break;
    }
    /* Up, Down, the wheel and PgUp/PgDn scroll the rows. */
    MenuLayout layout;
    list_layout(game, state, &layout);
    bool changed = false;
    widgets_menu_handle(&state->menu, &layout, state->rows, state->count, action, &changed);
    if (changed)
        game->dirty = true;
}

static bool query(Game *game, void *data, const char *name, char *out, size_t size)
{
    (void)game;
    ScoresState *state = data;
    if (strcmp(name, "top_score") == 0) /* first row of the table shown */
        snprintf(out, size, "%s", state->count ? state->labels[0] : "none");
    else if (strcmp(name, "top_detail") == 0)
        snprintf(out, size, "%s", state->count ? state->details[0] : "none");
    else
        return false;
    return true;
}

static void draw(Game *game, void *data)
{
    ScoresState *state = data;
    FontSizes fs = widgets_sizes(game);
    MenuLayout layout;
    list_layout(game, state, &layout);
    widgets_clear(game);
    const char *bank = NULL, *title = NULL;
    table_info(game, state->table, &bank, &title);
    char subtitle[LIMIT_TITLE_BYTES + 32];
    snprintf(subtitle, sizeof subtitle, "%s   (%d / %d)", title, state->table + 1,
             table_count(game));
    widgets_heading(game, &layout.heading, TXT_HIGH_SCORES, subtitle);
    if (state->count == 0) {
        Rect none = layout.rows[0];
        TextStyle style = {FONT_REGULAR, fs.body, game->theme->muted, ALIGN_CENTER};
        text_draw(game->text, game->store ? TXT_NO_SCORES : TXT_NOT_SAVED, &none, style);
    } else {
        widgets_menu(game, &layout, state->rows, state->count, &state->menu);
    }
    static const FooterButton footer[] = {{KEY_LEFT, TXT_DO_PREVIOUS_TABLE, ACTION_LEFT, 0},
                                          {KEY_RIGHT, TXT_DO_NEXT_TABLE, ACTION_RIGHT, 0},
                                          {KEY_ENTER, TXT_DO_DONE, ACTION_ACCEPT, 0},
                                          {KEY_ESC, TXT_DO_BACK, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 4);
}

const Screen SCREEN_HIGHSCORES_DEF = {
    .name = "highscores",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(ScoresState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
    .query = query,
};
