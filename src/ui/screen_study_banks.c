/* The banks a learner studies, each with how much of it is mastered: a checklist (Enter or a
 * click ticks a bank; at least one stays ticked). Opened from Practice (argument 1) its first
 * row starts the practice. */
#include <stdio.h>
#include <string.h>

#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { BANK_ROWS_MAX = 128, ROWS_MAX = BANK_ROWS_MAX + 1, LABEL_BYTES = LIMIT_TITLE_BYTES + 48 };

typedef struct {
    MenuState menu;
    bool with_start; /* the first row starts practice */
    int first_bank;  /* the row of the library's first bank */
    int count;
    char labels[ROWS_MAX][LABEL_BYTES];
    char details[ROWS_MAX][LABEL_BYTES];
    MenuRow rows[ROWS_MAX];
    char subtitle[LABEL_BYTES];
} StudyBanksState;

static void build_rows(Game *game, StudyBanksState *s)
{
    StudyRecords records;
    game_study_records(game, &records); /* none read: every bank shows as not started */
    s->count = 0;
    s->first_bank = s->with_start ? 1 : 0;
    size_t total = game_study_question_total(game);
    if (s->with_start) {
        snprintf(s->labels[0], LABEL_BYTES, TXT_START_PRACTICE_FMT, total);
        s->details[0][0] = '\0';
        s->count++;
    }
    size_t banks = library_bank_count(game->library);
    for (size_t i = 0; i < banks && s->count < ROWS_MAX; i++, s->count++) {
        const Bank *bank = library_bank(game->library, i);
        StudyProgress p;
        study_progress(bank, &records, game->config.today, &p);
        int percent = p.questions ? (int)(p.mastered * 100 / p.questions) : 0;
        snprintf(s->labels[s->count], LABEL_BYTES, TXT_CHECK_ROW_FMT,
                 game_study_bank_chosen(game, bank_id(bank)) ? TXT_TICKED : TXT_UNTICKED,
                 bank_title(bank), p.questions);
        snprintf(s->details[s->count], LABEL_BYTES, TXT_BANK_MASTERY_FMT, percent, p.seen, p.due);
    }
    for (int i = 0; i < s->count; i++)
        s->rows[i] = (MenuRow){s->labels[i], s->details[i][0] ? s->details[i] : NULL, false};
    snprintf(s->subtitle, sizeof s->subtitle, TXT_STUDY_BANKS_SUBTITLE_FMT, total);
    study_records_free(&records);
}

static void menu_layout(Game *game, StudyBanksState *s, MenuLayout *layout)
{
    widgets_list_layout(game, TXT_STUDY_BANKS_TITLE, s->subtitle, s->count, true, 0, false, layout);
}

static void enter(Game *game, void *state, int arg)
{
    StudyBanksState *s = state;
    s->with_start = arg == 1;
    s->menu = menu_state_at(0);
    build_rows(game, s);
}

static void activate(Game *game, StudyBanksState *s, int row)
{
    if (s->with_start && row == 0) {
        /* The question takes this screen's place: the session ends back on the study menu. */
        if (game_study_start(game, STUDY_PRACTICE))
            game_replace(game, SCREEN_QUESTION, 0);
        return;
    }
    const char *id = bank_id(library_bank(game->library, (size_t)(row - s->first_bank)));
    game_study_choose_bank(game, id, !game_study_bank_chosen(game, id));
    build_rows(game, s);
}

static void handle(Game *game, void *state, const Action *action)
{
    StudyBanksState *s = state;
    if (action->type == ACTION_BACK) {
        game_pop(game);
        return;
    }
    MenuLayout layout;
    menu_layout(game, s, &layout);
    bool changed = false;
    int picked = widgets_menu_handle(&s->menu, &layout, s->rows, s->count, action, &changed);
    if (picked >= 0) {
        activate(game, s, picked);
        changed = true;
    }
    if (changed)
        game->dirty = true;
}

static void draw(Game *game, void *state)
{
    StudyBanksState *s = state;
    MenuLayout layout;
    menu_layout(game, s, &layout);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, TXT_STUDY_BANKS_TITLE, s->subtitle);
    widgets_menu(game, &layout, s->rows, s->count, &s->menu);
    static const FooterButton footer[] = {{KEY_UP_DOWN, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                          {KEY_ENTER, TXT_DO_TICK, ACTION_ACCEPT, 0},
                                          {KEY_ESC, TXT_DO_DONE, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 3);
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    StudyBanksState *s = state;
    if (strcmp(name, "questions") == 0) {
        snprintf(out, size, "%zu", game_study_question_total(game));
        return true;
    }
    if (strcmp(name, "focus") == 0) {
        snprintf(out, size, "%s", s->menu.focus >= 0 ? s->labels[s->menu.focus] : "none");
        return true;
    }
    /* "mastery:ID": the line under bank ID, as drawn. */
    if (strncmp(name, "mastery:", 8) != 0)
        return false;
    for (int row = s->first_bank; row < s->count; row++) {
        if (strcmp(bank_id(library_bank(game->library, (size_t)(row - s->first_bank))), name + 8) ==
            0) {
            snprintf(out, size, "%s", s->details[row]);
            return true;
        }
    }
    return false;
}

const Screen SCREEN_STUDY_BANKS_DEF = {
    .name = "study_banks",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(StudyBanksState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
    .query = query,
};
