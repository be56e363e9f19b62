/* The author's live preview (--preview FILE): the bank's questions as players see them, stepped
 * through with Left/Right, the answer shown with Enter; when the file is saved again it is read
 * again and the same question (by id) stays on screen; when the saved file has a mistake the
 * messages show instead, until the next good save. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "round_view.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

/* How often the file's modification time is looked at: a stat a poll, nothing else. */
enum { POLL_MS = 500 };

typedef struct {
    Diagnostics *mistakes; /* every message of the last read, in line order */
    struct timespec mtime;
    off_t size;
    int index; /* the question shown, in file order */
    char question_id[LIMIT_ID_BYTES + 1];
    bool answer_shown;
    int reloads;
} PreviewState;

static const Bank *previewed(const Game *game)
{
    return library_bank_count(game->library) > 0 ? library_bank(game->library, 0) : NULL;
}

static bool file_changed(Game *game, PreviewState *s)
{
    struct stat st;
    if (stat(game->config.play_file, &st) != 0)
        return false; /* mid-save (an editor renames files): wait for the next poll */
    bool changed = st.st_mtim.tv_sec != s->mtime.tv_sec || st.st_mtim.tv_nsec != s->mtime.tv_nsec ||
                   st.st_size != s->size;
    s->mtime = st.st_mtim;
    s->size = st.st_size;
    return changed;
}

/* Keeps the question on screen by its id across a reload; the first one when it is gone. */
static void find_question(Game *game, PreviewState *s)
{
    const Bank *bank = previewed(game);
    s->index = 0;
    if (!bank)
        return;
    for (size_t i = 0; i < bank_question_count(bank); i++)
        if (strcmp(bank_question(bank, i)->id, s->question_id) == 0)
            s->index = (int)i;
    snprintf(s->question_id, sizeof s->question_id, "%s",
             bank_question(bank, (size_t)s->index)->id);
}

/* Every message of the file as it is now (the library keeps only the first of a failure). */
static void read_mistakes(Game *game, PreviewState *s)
{
    diags_free(s->mistakes);
    s->mistakes = diags_new();
    if (!s->mistakes || previewed(game))
        return;
    Bank *bank = loader_load_file(game->loader, game->config.play_file, s->mistakes);
    bank_free(bank);
}

static void enter(Game *game, void *data, int arg)
{
    (void)arg;
    PreviewState *s = data;
    file_changed(game, s);
    find_question(game, s);
    read_mistakes(game, s);
}

static void leave(Game *game, void *data)
{
    (void)game;
    diags_free(((PreviewState *)data)->mistakes);
}

static int update(Game *game, void *data, uint32_t elapsed_ms)
{
    (void)elapsed_ms;
    PreviewState *s = data;
    if (file_changed(game, s)) {
        game_reload_banks(game);
        find_question(game, s);
        read_mistakes(game, s);
        s->reloads++;
        game->dirty = true;
    }
    return POLL_MS;
}

static void handle(Game *game, void *data, const Action *action)
{
    PreviewState *s = data;
    const Bank *bank = previewed(game);
    int count = bank ? (int)bank_question_count(bank) : 0;
    switch (action->type) {
    case ACTION_BACK: game->quit = true; return;
    case ACTION_LEFT:
    case ACTION_UP:
        if (count > 0)
            s->index = (s->index + count - 1) % count;
        s->answer_shown = false;
        break;
    case ACTION_RIGHT:
    case ACTION_DOWN:
        if (count > 0)
            s->index = (s->index + 1) % count;
        s->answer_shown = false;
        break;
    case ACTION_ACCEPT:
    case ACTION_POINTER_PRESS: s->answer_shown = !s->answer_shown; break;
    default: return;
    }
    if (bank && count > 0)
        snprintf(s->question_id, sizeof s->question_id, "%s",
                 bank_question(bank, (size_t)s->index)->id);
    game->dirty = true;
}

/* The question as a player sees it, choices in the file's order, the right one picked. */
static SessionSnapshot snapshot_of(const Question *q, int number, int total, bool answered)
{
    SessionSnapshot snap = {0};
    snap.state = answered ? SESSION_FEEDBACK : SESSION_ASKING;
    snap.question_number = (size_t)number;
    snap.question_total = (size_t)total;
    snap.question = q;
    snap.choice_count = q->choice_count;
    for (int i = 0; i < q->choice_count; i++)
        snap.choices[i] = q->choices[i];
    snap.correct_choice = q->correct_index;
    snap.picked_choice = answered ? q->correct_index : -1;
    snap.last_points = 100;
    return snap;
}

static void draw_mistakes(Game *game, const PreviewState *s)
{
    MenuLayout page;
    layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, &page);
    FontSizes fs = widgets_sizes(game);
    page.heading.h =
        widgets_heading_height(game, page.heading.w, TXT_PREVIEW_MISTAKES, game->config.play_file);
    widgets_clear(game);
    widgets_heading(game, &page.heading, TXT_PREVIEW_MISTAKES, game->config.play_file);
    Rect box = {page.heading.x, page.heading.y + page.heading.h + fs.body, page.heading.w,
                page.footer.y - page.heading.y - page.heading.h - fs.body * 2};
    TextStyle style = {FONT_REGULAR, fs.body, game->theme->text, ALIGN_LEFT};
    size_t count = diags_count(s->mistakes);
    for (size_t i = 0; i < (count ? count : 1) && box.h > 0; i++) {
        const Diagnostic *d = diags_get(s->mistakes, i);
        char line[1200];
        int line_h = text_line_height(game->text, FONT_REGULAR, fs.body);
        if (i + 1 < count && box.h < line_h * 3) { /* the rest, counted, rather than cut off */
            snprintf(line, sizeof line, TXT_PREVIEW_MORE_FMT, count - i);
            text_draw(game->text, line, &box, style);
            break;
        }
        if (d && d->line > 0)
            snprintf(line, sizeof line, TXT_FIRST_PROBLEM_FMT, d->line, d->message);
        else
            snprintf(line, sizeof line, "%s", d ? d->message : TXT_PREVIEW_UNREADABLE);
        int used = text_draw(game->text, line, &box, style);
        box.y += used + fs.body / 2;
        box.h -= used + fs.body / 2;
    }
    static const FooterButton footer[] = {{KEY_ESC, TXT_QUIT, ACTION_BACK, 0}};
    widgets_footer(game, &page.footer, footer, 1);
}

static void draw(Game *game, void *data)
{
    PreviewState *s = data;
    const Bank *bank = previewed(game);
    if (!bank || bank_question_count(bank) == 0) {
        draw_mistakes(game, s);
        return;
    }
    const Question *q = bank_question(bank, (size_t)s->index);
    SessionSnapshot snap =
        snapshot_of(q, s->index + 1, (int)bank_question_count(bank), s->answer_shown);
    widgets_clear(game);
    round_view_draw(game->round_view, game, &snap, bank_title(bank), -1, -1);
    Rect footer = round_view_footer(game->round_view, game, &snap);
    static const FooterButton buttons[] = {
        {KEY_LEFT, TXT_DO_PREVIOUS_QUESTION, ACTION_LEFT, 0},
        {KEY_RIGHT, TXT_DO_NEXT_QUESTION, ACTION_RIGHT, 0},
        {KEY_ENTER, TXT_DO_SHOW_ANSWER, ACTION_ACCEPT, 0},
        {KEY_ESC, TXT_QUIT, ACTION_BACK, 0},
    };
    widgets_footer(game, &footer, buttons, 4);
}

static bool query(Game *game, void *data, const char *name, char *out, size_t size)
{
    PreviewState *s = data;
    if (strcmp(name, "preview") == 0)
        snprintf(out, size, "%s", previewed(game) ? s->question_id : "mistakes");
    else if (strcmp(name, "reloads") == 0)
        snprintf(out, size, "%d", s->reloads);
    else
        return false;
    return true;
}

const Screen SCREEN_PREVIEW_DEF = {
    .name = "preview",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(PreviewState),
    .enter = enter,
    .leave = leave,
    .handle = handle,
    .update = update,
    .draw = draw,
    .query = query,
};
