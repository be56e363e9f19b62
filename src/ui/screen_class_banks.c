/* The banks a classroom game draws from: a checklist (Enter or a click ticks a bank; at least
 * one stays ticked). */
#include <stdio.h>
#include <string.h>

#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { ROWS_MAX = 128, LABEL_BYTES = LIMIT_TITLE_BYTES + 48 };

typedef struct {
    MenuState menu;
    int count;
    char labels[ROWS_MAX][LABEL_BYTES];
    MenuRow rows[ROWS_MAX];
} ChecklistState;

static void build_rows(Game *game, ChecklistState *s)
{
    size_t banks = library_bank_count(game->library);
    s->count = banks < ROWS_MAX ? (int)banks : ROWS_MAX;
    for (int i = 0; i < s->count; i++) {
        const Bank *bank = library_bank(game->library, (size_t)i);
        bool chosen = game_class_bank_chosen(game, bank_id(bank));
        snprintf(s->labels[i], LABEL_BYTES, TXT_CHECK_ROW_FMT, chosen ? TXT_TICKED : TXT_UNTICKED,
                 bank_title(bank), bank_question_count(bank));
        s->rows[i] = (MenuRow){s->labels[i], NULL, false};
    }
}

static void menu_layout(Game *game, ChecklistState *s, MenuLayout *layout)
{
    char subtitle[96];
    snprintf(subtitle, sizeof subtitle, TXT_CLASS_BANKS_SUBTITLE_FMT,
             game_class_question_total(game));
    widgets_list_layout(game, TXT_CHOOSE_BANKS, subtitle, s->count, false, 0, false, layout);
}

static void enter(Game *game, void *state, int arg)
{
    (void)arg;
    ChecklistState *s = state;
    s->menu = menu_state_at(0);
    build_rows(game, s);
}

static void handle(Game *game, void *state, const Action *action)
{
    ChecklistState *s = state;
    if (action->type == ACTION_BACK) {
        game_pop(game);
        return;
    }
    MenuLayout layout;
    menu_layout(game, s, &layout);
    bool changed = false;
    int picked = widgets_menu_handle(&s->menu, &layout, s->rows, s->count, action, &changed);
    if (picked >= 0) {
        const char *id = bank_id(library_bank(game->library, (size_t)picked));
        game_class_choose_bank(game, id, !game_class_bank_chosen(game, id));
        game_class_save_setup(game);
        build_rows(game, s);
        changed = true;
    }
    if (changed)
        game->dirty = true;
}

static void draw(Game *game, void *state)
{
    ChecklistState *s = state;
    MenuLayout layout;
    menu_layout(game, s, &layout);
    char subtitle[96];
    snprintf(subtitle, sizeof subtitle, TXT_CLASS_BANKS_SUBTITLE_FMT,
             game_class_question_total(game));
    widgets_clear(game);
    widgets_heading(game, &layout.heading, TXT_CHOOSE_BANKS, subtitle);
    widgets_menu(game, &layout, s->rows, s->count, &s->menu);
    static const FooterButton footer[] = {{KEY_UP_DOWN, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                          {KEY_ENTER, TXT_DO_TICK, ACTION_NONE, 0},
                                          {KEY_ESC, TXT_DO_DONE, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 3);
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    (void)state;
    if (strcmp(name, "class_questions") != 0)
        return false;
    snprintf(out, size, "%zu", game_class_question_total(game));
    return true;
}

const Screen SCREEN_CLASS_BANKS_DEF = {
    .name = "class_banks",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(ChecklistState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
    .query = query,
};
