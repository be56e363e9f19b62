/* High scores: every bank together, mixed rounds, then one table per bank (Left/Right). */
#include <stdio.h>
#include <string.h>

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

typedef struct {
    int table; /* 0: every bank together, 1: mixed rounds, n: bank n-2 */
} ScoresState;

/* arg: the table to open on. */
static void enter(Game *game, void *state, int arg)
{
    ((ScoresState *)state)->table = arg >= 0 && arg < table_count(game) ? arg : 0;
}

static void handle(Game *game, void *data, const Action *action)
{
    ScoresState *state = data;
    int n = table_count(game);
    bool after_round = game_screen_below(game) == SCREEN_RESULTS;
    switch (action->type) {
    case ACTION_BACK: game_pop(game); break;
    case ACTION_ACCEPT:
    case ACTION_POINTER_PRESS:
        /* After a round, going on means a new start at the title, by keyboard or mouse. */
        if (after_round) {
            game_reset_to(game, SCREEN_TITLE, 0);
            game_end_round(game);
        } else {
            game_pop(game);
        }
        break;
    case ACTION_LEFT:
    case ACTION_UP:
        state->table = (state->table + n - 1) % n;
        game->dirty = true;
        break;
    case ACTION_RIGHT:
    case ACTION_DOWN:
        state->table = (state->table + 1) % n;
        game->dirty = true;
        break;
    default: break;
    }
}

static bool query(Game *game, void *data, const char *name, char *out, size_t size)
{
    ScoresState *state = data;
    if (strcmp(name, "top_score") != 0) /* first row of the table shown */
        return false;
    const char *bank = NULL, *title = NULL;
    table_info(game, state->table, &bank, &title);
    HighScore best;
    if (game->store && store_top_scores(game->store, bank, &best, 1) == 1)
        snprintf(out, size, "%s:%d", best.name, best.score);
    else
        snprintf(out, size, "none");
    return true;
}

static void draw(Game *game, void *data)
{
    ScoresState *state = data;
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    MenuLayout layout;
    layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, &layout);
    widgets_clear(game);
    const char *bank = NULL, *title = NULL;
    table_info(game, state->table, &bank, &title);
    char subtitle[160];
    snprintf(subtitle, sizeof subtitle, "%s   (%d / %d)", title, state->table + 1,
             table_count(game));
    widgets_heading(game, &layout.heading, TXT_HIGH_SCORES, subtitle);
    HighScore rows[LIMIT_SCORE_TABLE_ROWS];
    size_t count =
        game->store ? store_top_scores(game->store, bank, rows, LIMIT_SCORE_TABLE_ROWS) : 0;
    int top = layout.heading.y + layout.heading.h + fs.body;
    int row_h = (layout.footer.y - top) / (LIMIT_SCORE_TABLE_ROWS + 1);
    if (row_h > fs.answer * 2)
        row_h = fs.answer * 2;
    int px = row_h * 10 / 18;
    if (px > fs.body)
        px = fs.body;
    if (count == 0) {
        Rect none = {layout.heading.x, top, layout.heading.w, fs.body * 2};
        TextStyle style = {FONT_REGULAR, fs.body, t->muted, ALIGN_CENTER};
        text_draw(game->text, game->store ? TXT_NO_SCORES : TXT_NOT_SAVED, &none, style);
    }
    int x = layout.heading.x, w = layout.heading.w;
    for (size_t i = 0; i < count; i++) {
        Rect row = {x, top + (int)i * row_h, w, row_h - 4};
        if (i % 2 == 0)
            draw_fill(game->renderer, &row, t->surface);
        int mid = row.y + row.h / 2;
        TextStyle style = {i == 0 ? FONT_BOLD : FONT_REGULAR, px, t->text, ALIGN_LEFT};
        char rank[24], score[32], correct[32];
        snprintf(rank, sizeof rank, "%zu.", i + 1);
        snprintf(score, sizeof score, "%d", rows[i].score);
        snprintf(correct, sizeof correct, "%d/%d", rows[i].correct, rows[i].total);
        text_draw_line(game->text, rank, x + px / 2, mid, style);
        Rect name = {x + px * 3, row.y + (row.h - px * 5 / 4) / 2, w * 55 / 100 - px * 3,
                     px * 3 / 2};
        text_draw(game->text, rows[i].name, &name, style);
        int sw = text_measure(game->text, style.style, px, score, strlen(score));
        text_draw_line(game->text, score, x + w * 75 / 100 - sw, mid, style);
        TextStyle muted = style;
        muted.colour = t->muted;
        text_draw_line(game->text, correct, x + w * 82 / 100, mid, muted);
    }
    static const FooterButton footer[] = {{KEY_LEFT, TXT_DO_PREVIOUS_TABLE, ACTION_LEFT},
                                          {KEY_RIGHT, TXT_DO_NEXT_TABLE, ACTION_RIGHT},
                                          {KEY_ENTER, TXT_DO_DONE, ACTION_ACCEPT},
                                          {KEY_ESC, TXT_DO_BACK, ACTION_BACK}};
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
