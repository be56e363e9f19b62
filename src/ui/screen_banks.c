/* Bank list: every loaded bank with its size, "All banks", the round length, and the files that
 * failed to load with the reason, so an author sees what to fix. */
#include <stdio.h>
#include <string.h>

#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { MAX_ROWS = 128, TEXT_MAX = 320 };

typedef struct {
    MenuRow rows[MAX_ROWS];
    char labels[MAX_ROWS][TEXT_MAX];
    char details[MAX_ROWS][TEXT_MAX];
    int count;
} BankRows;

static void build_rows(const Game *game, BankRows *out)
{
    const BankLibrary *lib = game->library;
    out->count = 0;
    int n = 0;
    snprintf(out->labels[n], TEXT_MAX, "%s", TXT_ALL_BANKS);
    snprintf(out->details[n], TEXT_MAX, TXT_QUESTIONS_FMT, library_question_total(lib));
    n++;
    for (size_t i = 0; i < library_bank_count(lib) && n < MAX_ROWS; i++, n++) {
        const Bank *bank = library_bank(lib, i);
        snprintf(out->labels[n], TEXT_MAX, "%s", bank_title(bank));
        char count[64];
        snprintf(count, sizeof count, TXT_QUESTIONS_FMT, bank_question_count(bank));
        if (bank_description(bank)[0])
            snprintf(out->details[n], TEXT_MAX, "%s  \xC2\xB7  %s", count, bank_description(bank));
        else
            snprintf(out->details[n], TEXT_MAX, "%s", count);
    }
    for (size_t i = 0; i < library_failure_count(lib) && n < MAX_ROWS; i++, n++) {
        const char *path = library_failure_path(lib, i);
        const char *base = strrchr(path, '/');
        snprintf(out->labels[n], TEXT_MAX, TXT_BANK_FAILED_FMT, base ? base + 1 : path);
        const Diagnostic *reason = library_failure_reason(lib, i);
        if (reason)
            snprintf(out->details[n], TEXT_MAX, "line %d: %s", reason->line, reason->message);
        else
            out->details[n][0] = '\0';
    }
    for (int i = 0; i < n; i++) {
        bool failed = i > (int)library_bank_count(lib);
        out->rows[i] = (MenuRow){out->labels[i], out->details[i], failed};
    }
    if (library_bank_count(lib) == 0)
        out->rows[0].disabled = true;
    out->count = n;
}

/* "~/..." for a folder in the home directory: shorter, and how Linux users write it. */
static const char *home_relative(const char *path)
{
    static char shown[1100];
    const char *home = SDL_getenv("HOME");
    size_t len = home ? strlen(home) : 0;
    if (len > 1 && strncmp(path, home, len) == 0 && path[len] == '/') {
        snprintf(shown, sizeof shown, "~%s", path + len);
        return shown;
    }
    return path;
}

static void menu_layout(const Game *game, int count, MenuLayout *layout)
{
    FontSizes fs = widgets_sizes(game);
    int row_px = fs.answer * 5 / 2;
    int max_rows = (game->height - fs.title * 2 - fs.footer * 7) / (row_px + row_px / 4);
    if (max_rows < 1)
        max_rows = 1;
    layout_menu(game->width, game->height, game->settings.text_scale_percent,
                count < max_rows ? count : max_rows, row_px, layout);
    layout->heading.h = fs.title * 3 / 2 + fs.status * 2;
    int top = layout->heading.y + layout->heading.h;
    int shift = top - layout->rows[0].y;
    for (int i = 0; i < layout->row_count; i++)
        layout->rows[i].y += shift;
    /* The line about the user's folder sits above the footer. */
    layout->footer.y -= fs.footer * 2;
    layout->footer.h += fs.footer * 2;
}

static void enter(Game *game)
{
    MenuState *state = &game->menu[SCREEN_BANKS];
    if (state->focus < 0)
        state->focus = 0;
}

static void start(Game *game, int row)
{
    size_t length = (size_t)ROUND_LENGTHS[game->round_length_index];
    if (game_start_round(game, row - 1, length))
        game_push(game, SCREEN_QUESTION);
}

static void handle(Game *game, const Action *action)
{
    static BankRows rows; /* large: kept off the stack */
    build_rows(game, &rows);
    MenuLayout layout;
    menu_layout(game, rows.count, &layout);
    MenuState *state = &game->menu[SCREEN_BANKS];
    switch (action->type) {
    case ACTION_BACK: game_pop(game); return;
    case ACTION_LEFT:
    case ACTION_RIGHT: {
        int step = action->type == ACTION_RIGHT ? 1 : ROUND_LENGTH_CHOICES - 1;
        game->round_length_index = (game->round_length_index + step) % ROUND_LENGTH_CHOICES;
        game->dirty = true;
        return;
    }
    case ACTION_RELOAD:
        game_reload_banks(game);
        snprintf(game->notice, sizeof game->notice, "Banks reloaded: %zu banks, %zu questions.",
                 library_bank_count(game->library), library_question_total(game->library));
        build_rows(game, &rows);
        if (state->focus >= rows.count)
            state->focus = 0;
        return;
    default: break;
    }
    bool changed = false;
    int picked = widgets_menu_handle(state, &layout, rows.rows, rows.count, action, &changed);
    if (changed)
        game->dirty = true;
    if (picked >= 0)
        start(game, picked);
}

static void draw(Game *game)
{
    static BankRows rows;
    build_rows(game, &rows);
    MenuLayout layout;
    menu_layout(game, rows.count, &layout);
    FontSizes fs = widgets_sizes(game);
    widgets_clear(game);
    char length[32], subtitle[192];
    int chosen = ROUND_LENGTHS[game->round_length_index];
    if (chosen)
        snprintf(length, sizeof length, "%d", chosen);
    else
        snprintf(length, sizeof length, "%s", TXT_ALL);
    snprintf(subtitle, sizeof subtitle, TXT_ROUND_LENGTH_FMT, length);
    size_t failures = library_failure_count(game->library);
    if (failures > 0) { /* they are listed last: say so, or an author may never scroll there */
        size_t used = strlen(subtitle);
        snprintf(subtitle + used, sizeof subtitle - used, TXT_FAILURES_FMT, failures);
    }
    widgets_heading(game, &layout.heading, TXT_CHOOSE_BANK, subtitle);
    if (library_bank_count(game->library) == 0) {
        Rect empty = layout.rows[0];
        empty.y += empty.h;
        TextStyle style = {FONT_REGULAR, fs.body, game->theme->text, ALIGN_CENTER};
        text_draw(game->text, TXT_NO_BANKS, &empty, style);
    }
    widgets_menu(game, &layout, rows.rows, rows.count, &game->menu[SCREEN_BANKS]);
    char folder[1200];
    if (game->user_bank_dir[0]) {
        snprintf(folder, sizeof folder, TXT_USER_FOLDER_FMT, home_relative(game->user_bank_dir));
        Rect line = {layout.footer.x, layout.footer.y, layout.footer.w, fs.footer * 2};
        TextStyle style = {FONT_REGULAR, fs.footer, game->theme->muted, ALIGN_CENTER};
        text_draw(game->text, game->notice[0] ? game->notice : folder, &line, style);
    }
    Rect keys = {layout.footer.x, layout.footer.y + fs.footer * 2, layout.footer.w, fs.footer * 2};
    widgets_footer(game, &keys, TXT_FOOTER_BANKS);
}

const Screen SCREEN_BANKS_DEF = {"banks", INPUT_MENU, enter, handle, draw};
