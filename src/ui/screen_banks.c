/* Bank list: every loaded bank with its size, "All banks", the round length, and the files that
 * failed to load with the reason, so an author sees what to fix. */
#include <stdio.h>
#include <string.h>

#include "map_view.h"
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
        char count[128];
        snprintf(count, sizeof count, TXT_QUESTIONS_FMT, bank_question_count(bank));
        if (bank_left_out_count(bank) > 0) { /* an imported bank: say what did not come over */
            size_t used = strlen(count);
            snprintf(count + used, sizeof count - used, TXT_LEFT_OUT_FMT,
                     bank_left_out_count(bank));
        }
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
        size_t more = library_failure_problem_count(lib, i);
        more = more > 0 ? more - 1 : 0;
        if (reason && more > 0)
            snprintf(out->details[n], TEXT_MAX, TXT_FIRST_PROBLEM_MORE_FMT, reason->line,
                     reason->message, more);
        else if (reason)
            snprintf(out->details[n], TEXT_MAX, TXT_FIRST_PROBLEM_FMT, reason->line,
                     reason->message);
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

/* "Round length: 10", and how many files failed when some did. */
static void heading_subtitle(const Game *game, char *out, size_t size)
{
    char length[32];
    int chosen = game->settings.round_length;
    if (chosen)
        snprintf(length, sizeof length, "%d", chosen);
    else
        snprintf(length, sizeof length, "%s", TXT_ALL);
    snprintf(out, size, TXT_ROUND_LENGTH_FMT, length);
    size_t failures = library_failure_count(game->library);
    if (failures > 0) { /* they are listed last: say so, or an author may never scroll there */
        size_t used = strlen(out);
        snprintf(out + used, size - used, TXT_FAILURES_FMT, failures);
    }
}

/* A window at least 3:2 has room beside the list: the list moves left, under its heading, and
 * the right part shows the focused bank's place on the map. Returns that part (zero-sized on a
 * narrower window, which keeps the list as it was). */
static Rect map_column(const Game *game, MenuLayout *layout)
{
    if (!game->map_view || game->width * 2 < game->height * 3)
        return (Rect){0, 0, 0, 0};
    int margin = layout_margin(game->width, game->height);
    int top = layout->rows[0].y, bottom = layout->footer.y - margin;
    Rect full = {margin, top, game->width - 2 * margin, bottom - top};
    Rect map = map_view_fit(game->map_view, &(Rect){0, top, full.w * 3 / 10, full.h});
    Rect column = {full.x + full.w - map.w, top, map.w, full.h};
    int list_w = column.x - 2 * margin - full.x;
    layout->heading.x = full.x;
    layout->heading.w = list_w;
    for (int i = 0; i < layout->row_count; i++) {
        layout->rows[i].x = full.x;
        layout->rows[i].w = list_w;
    }
    return column;
}

static Rect menu_layout(Game *game, int count, MenuLayout *layout)
{
    char subtitle[192];
    heading_subtitle(game, subtitle, sizeof subtitle);
    /* One line above the footer: the user's folder, or a notice. */
    widgets_list_layout(game, TXT_CHOOSE_BANK, subtitle, count, true, 1, false, layout);
    return map_column(game, layout);
}

/* The place of the focused row's bank; none for "All banks" and for files that failed. */
static BankPlace focused_place(const Game *game, int focus)
{
    size_t banks = library_bank_count(game->library);
    if (focus < 1 || (size_t)focus > banks)
        return (BankPlace){0};
    return bank_place(library_bank(game->library, (size_t)focus - 1));
}

/* How long "Banks reloaded" stays on screen. */
enum { NOTICE_MS = 4000 };

typedef struct {
    MenuState menu;
    BankRows rows;
    char notice[160];
    uint64_t notice_until; /* on the game clock */
} BanksState;

static void enter(Game *game, void *state, int arg)
{
    (void)arg;
    BanksState *banks = state;
    banks->menu = menu_state_at(0);
    build_rows(game, &banks->rows);
}

/* The round lengths offered, in the order Left/Right and a click cycle through them. */
static const int round_lengths[] = {10, 20, 0};
enum { ROUND_LENGTH_COUNT = sizeof round_lengths / sizeof round_lengths[0] };

static void cycle_round_length(Game *game, int step)
{
    int at = 0;
    for (int i = 0; i < ROUND_LENGTH_COUNT; i++)
        if (round_lengths[i] == game->settings.round_length)
            at = i;
    at = (at + ROUND_LENGTH_COUNT + step) % ROUND_LENGTH_COUNT;
    game->settings.round_length = round_lengths[at];
    game_save_settings(game); /* a failure here costs only the choice, and only next time */
    game->dirty = true;
}

static void start(Game *game, int row)
{
    if (game_start_round(game, row - 1, (size_t)game->settings.round_length))
        game_push(game, SCREEN_QUESTION, 0);
}

static void reload(Game *game, BanksState *banks)
{
    game_reload_banks(game);
    build_rows(game, &banks->rows);
    snprintf(banks->notice, sizeof banks->notice, TXT_BANKS_RELOADED_FMT,
             library_bank_count(game->library), library_question_total(game->library));
    banks->notice_until = game->clock_ms + NOTICE_MS;
    if (banks->menu.focus >= banks->rows.count)
        banks->menu = menu_state_at(0);
}

static void handle(Game *game, void *state, const Action *action)
{
    BanksState *banks = state;
    MenuLayout layout;
    menu_layout(game, banks->rows.count, &layout);
    switch (action->type) {
    case ACTION_BACK: game_pop(game); return;
    case ACTION_LEFT:
    case ACTION_RIGHT: cycle_round_length(game, action->type == ACTION_RIGHT ? 1 : -1); return;
    case ACTION_RELOAD: reload(game, banks); return;
    default: break;
    }
    bool changed = false;
    int picked = widgets_menu_handle(&banks->menu, &layout, banks->rows.rows, banks->rows.count,
                                     action, &changed);
    if (changed)
        game->dirty = true;
    if (picked >= 0)
        start(game, picked);
}

static int update(Game *game, void *state, uint32_t elapsed_ms)
{
    (void)elapsed_ms;
    BanksState *banks = state;
    if (!banks->notice[0])
        return -1;
    if (game->clock_ms >= banks->notice_until) {
        banks->notice[0] = '\0';
        game->dirty = true;
        return -1;
    }
    return (int)(banks->notice_until - game->clock_ms);
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    BanksState *banks = state;
    if (strcmp(name, "notice") == 0)
        snprintf(out, size, "%s", banks->notice[0] ? banks->notice : "none");
    else if (strcmp(name, "left_out") == 0) /* questions the library's imports left out */
        snprintf(out, size, "%zu", library_left_out_count(game->library));
    else if (strcmp(name, "focus") == 0)
        snprintf(out, size, "%s", banks->rows.rows[banks->menu.focus].label);
    else
        return false;
    return true;
}

static void draw(Game *game, void *state)
{
    BanksState *banks = state;
    BankRows *rows = &banks->rows;
    MenuLayout layout;
    Rect map = menu_layout(game, rows->count, &layout);
    FontSizes fs = widgets_sizes(game);
    widgets_clear(game);
    MapShow show = {.highlight = focused_place(game, banks->menu.focus), .name_all = true};
    map_view_draw(game->map_view, game, &map, &show);
    char subtitle[192];
    heading_subtitle(game, subtitle, sizeof subtitle);
    widgets_heading(game, &layout.heading, TXT_CHOOSE_BANK, subtitle);
    if (library_bank_count(game->library) == 0) {
        Rect empty = layout.rows[0];
        empty.y += empty.h;
        TextStyle style = {FONT_REGULAR, fs.body, game->theme->text, ALIGN_CENTER};
        text_draw(game->text, TXT_NO_BANKS, &empty, style);
    }
    widgets_menu(game, &layout, rows->rows, rows->count, &banks->menu);
    char folder[1200];
    const char *line_text = banks->notice;
    int focus = banks->menu.focus;
    bool failed_row = focus >= 0 && focus < rows->count && rows->rows[focus].disabled &&
                      library_bank_count(game->library) > 0;
    if (!line_text[0] && failed_row) { /* the whole reason, which the row had to cut */
        snprintf(folder, sizeof folder, "%s: %s", rows->labels[focus], rows->details[focus]);
        line_text = folder;
    } else if (!line_text[0] && game->user_bank_dir[0]) {
        snprintf(folder, sizeof folder, TXT_USER_FOLDER_FMT, home_relative(game->user_bank_dir));
        line_text = folder;
    }
    widgets_notice(game, &layout.footer, line_text, !banks->notice[0]);
    static const FooterButton footer[] = {{KEY_UP_DOWN, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                          {KEY_LEFT_RIGHT, TXT_DO_ROUND_LENGTH, ACTION_RIGHT, 0},
                                          {KEY_F5, TXT_DO_RELOAD, ACTION_RELOAD, 0},
                                          {KEY_ESC, TXT_DO_BACK, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 4);
}

const Screen SCREEN_BANKS_DEF = {
    .name = "banks",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(BanksState),
    .enter = enter,
    .handle = handle,
    .update = update,
    .draw = draw,
    .query = query,
};
