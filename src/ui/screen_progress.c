/* A learner's progress: all banks together, then each bank (so each city), as a panel with a bar
 * that reads at a glance (solid: mastered; framed: seen; empty: not seen yet) over the figures in
 * words: mastered, seen, due today, right answers. The day streak is under the heading. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "herocity/day.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { ITEMS_MAX = 129, FIGURES_BYTES = 320 };

typedef struct {
    char id[LIMIT_ID_BYTES + 1]; /* a bank's id, or STORE_ALL_BANKS for the totals */
    const char *title;
    StudyProgress progress;
    char accuracy[16]; /* "87.5" as --progress prints it, "-" before any answer */
    char figures[FIGURES_BYTES];
} ProgressItem;

typedef struct {
    MenuState menu; /* scrolls the panels; focus marks the one Up and Down move from */
    ProgressItem items[ITEMS_MAX];
    MenuRow rows[ITEMS_MAX]; /* the panels' titles, for widgets_menu_handle */
    int count;
    int streak;
    char title[LIMIT_NAME_BYTES + 64];
    char subtitle[160];
    unsigned built_at;
} ProgressState;

static void describe(ProgressItem *item)
{
    const StudyProgress *p = &item->progress;
    int permille = study_accuracy_permille(p);
    char right[32];
    snprintf(item->accuracy, sizeof item->accuracy, "-");
    snprintf(right, sizeof right, "%s", TXT_NOT_YET);
    if (permille >= 0) {
        snprintf(item->accuracy, sizeof item->accuracy, "%d.%d", permille / 10, permille % 10);
        snprintf(right, sizeof right, TXT_ACCURACY_FMT, item->accuracy);
    }
    snprintf(item->figures, sizeof item->figures, TXT_PROGRESS_FIGURES_FMT, p->mastered,
             p->questions, p->seen, p->due, right);
}

static void build(Game *game, ProgressState *s)
{
    StudyRecords records;
    game_study_records(game, &records);
    ProgressItem *all = &s->items[0];
    *all = (ProgressItem){.title = TXT_OVERALL};
    snprintf(all->id, sizeof all->id, "%s", STORE_ALL_BANKS);
    s->count = 1;
    for (size_t i = 0; i < library_bank_count(game->library) && s->count < ITEMS_MAX; i++) {
        const Bank *bank = library_bank(game->library, i);
        ProgressItem *item = &s->items[s->count++];
        snprintf(item->id, sizeof item->id, "%s", bank_id(bank));
        item->title = bank_title(bank);
        study_progress(bank, &records, game->config.today, &item->progress);
        game_study_progress_add(&all->progress, &item->progress);
        describe(item);
    }
    describe(all);
    study_records_free(&records);
    for (int i = 0; i < s->count; i++)
        s->rows[i] = (MenuRow){s->items[i].title, NULL, false};
    s->streak = game_study_streak(game);
    char day[DAY_TEXT_SIZE];
    day_format(game->config.today, day);
    snprintf(s->title, sizeof s->title, TXT_PROGRESS_FOR_FMT, game->study.learner.name);
    snprintf(s->subtitle, sizeof s->subtitle, TXT_PROGRESS_SUBTITLE_FMT, day, s->streak);
    s->built_at = game->study.changes;
}

/* A panel: the title, the bar with the share mastered at its right, and the figures wrapped
 * under the bar. On a window wide enough for the titles to leave the bar half the width, the
 * title stands beside the bar; otherwise above it. Every panel is as tall as the longest figures
 * need, so that they line up. */
typedef struct {
    int pad;
    int title_w; /* the column of titles beside the bars; 0: each title above its bar */
    int share_w; /* the column of "32 % mastered" */
    int line_h, bar_h, figures_h;
} PanelSizes;

static int share_of(const StudyProgress *p, char *out, size_t size)
{
    int percent = p->questions ? (int)(p->mastered * 100 / p->questions) : 0;
    return snprintf(out, size, TXT_MASTERED_SHARE_FMT, percent);
}

static PanelSizes panel_sizes(Game *game, const ProgressState *s, int width)
{
    FontSizes fs = widgets_sizes(game);
    PanelSizes p = {fs.body / 2, 0, 0, text_line_height(game->text, FONT_BOLD, fs.body),
                    fs.body,     0};
    char widest[48];
    int len = share_of(&(StudyProgress){.questions = 1, .mastered = 1}, widest, sizeof widest);
    p.share_w = text_measure(game->text, FONT_BOLD, fs.body, widest, (size_t)len);
    int titles = 0;
    for (int i = 0; i < s->count; i++) {
        const char *title = s->items[i].title;
        int w = text_measure(game->text, FONT_BOLD, fs.body, title, strlen(title));
        titles = w > titles ? w : titles;
    }
    int inner = width - 2 * p.pad;
    if (titles + p.pad + p.share_w + p.pad <= inner / 2)
        p.title_w = titles + p.pad;
    for (int i = 0; i < s->count; i++) {
        int h = text_height(game->text, s->items[i].figures, inner - p.title_w, FONT_REGULAR,
                            fs.status);
        p.figures_h = h > p.figures_h ? h : p.figures_h;
    }
    return p;
}

/* The height of the title and bar's part of a panel. */
static int top_height(const PanelSizes *p)
{
    if (p->title_w)
        return p->line_h > p->bar_h ? p->line_h : p->bar_h;
    return p->line_h + p->pad / 2 + p->bar_h;
}

static int panel_height(const PanelSizes *p)
{
    return p->pad + top_height(p) + p->pad / 2 + p->figures_h + p->pad;
}

static void menu_layout(Game *game, ProgressState *s, MenuLayout *layout, PanelSizes *sizes)
{
    MenuLayout page;
    layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, &page);
    *sizes = panel_sizes(game, s, page.heading.w);
    /* One line above the footer says how to read the bars. */
    widgets_list_layout_rows(game, s->title, s->subtitle, s->count, panel_height(sizes), 1, false,
                             layout);
}

static void enter(Game *game, void *state, int arg)
{
    (void)arg;
    ProgressState *s = state;
    s->menu = menu_state_at(-1);
    build(game, s);
}

static void handle(Game *game, void *state, const Action *action)
{
    ProgressState *s = state;
    if (action->type == ACTION_BACK || action->type == ACTION_ACCEPT) {
        game_pop(game);
        return;
    }
    MenuLayout layout;
    PanelSizes sizes;
    menu_layout(game, s, &layout, &sizes);
    bool changed = false;
    widgets_menu_handle(&s->menu, &layout, s->rows, s->count, action, &changed);
    if (changed)
        game->dirty = true;
}

/* Mastered and seen as parts of the bank's questions: the mastered part solid, the part seen
 * but not mastered hatched, the rest empty. The pattern tells them apart as well as the colour
 * does; the figures under the bar say it in words. */
static void draw_bar(Game *game, const Rect *bar, const StudyProgress *p)
{
    const Theme *t = game->theme;
    draw_fill(game->renderer, bar, t->background);
    if (p->questions > 0) {
        long long w = bar->w, total = (long long)p->questions;
        int seen_w = (int)(w * (long long)p->seen / total);
        int mastered_w = (int)(w * (long long)p->mastered / total);
        int stripe = bar->h / 6 + 1, step = stripe * 3;
        SDL_Color light = t->correct;
        light.a = 70;
        Rect seen = {bar->x + mastered_w, bar->y, seen_w - mastered_w, bar->h};
        draw_fill(game->renderer, &seen, light);
        for (int x = seen.x + stripe; x + stripe <= seen.x + seen.w; x += step) {
            Rect line = {x, seen.y, stripe, seen.h};
            draw_fill(game->renderer, &line, t->correct);
        }
        Rect mastered = {bar->x, bar->y, mastered_w, bar->h};
        draw_fill(game->renderer, &mastered, t->correct);
    }
    draw_outline(game->renderer, bar, 1 + bar->h / 16, t->outline);
}

static void draw_panel(Game *game, const ProgressItem *item, const Rect *r, const PanelSizes *p,
                       bool focused)
{
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    draw_fill(game->renderer, r, t->surface);
    draw_outline(game->renderer, r, 1 + fs.answer / 24, t->outline);
    if (focused)
        draw_outline(game->renderer, r, fs.answer / 6 + 2, t->focus);
    int x = r->x + p->pad, w = r->w - 2 * p->pad, top = r->y + p->pad;
    TextStyle bold = {FONT_BOLD, fs.body, t->text, ALIGN_LEFT};
    char share[48];
    int share_len = share_of(&item->progress, share, sizeof share);
    int share_w = text_measure(game->text, FONT_BOLD, fs.body, share, (size_t)share_len);
    Rect bar = {x + p->title_w, top + top_height(p) - p->bar_h, w - p->title_w, p->bar_h};
    int title_mid = top + p->line_h / 2, title_room = p->title_w - p->pad;
    if (p->title_w) { /* beside the bar, the share at its right end */
        title_mid = bar.y + bar.h / 2;
        bar.w -= p->share_w + p->pad;
    } else {
        title_room = w - share_w - p->pad;
    }
    text_draw_line_clipped(game->text, item->title, x, title_mid, title_room, bold);
    text_draw_line(game->text, share, x + w - share_w, title_mid, bold);
    draw_bar(game, &bar, &item->progress);
    Rect figures = {bar.x, bar.y + bar.h + p->pad / 2, w - p->title_w, p->figures_h};
    TextStyle body = {FONT_REGULAR, fs.status, t->text, ALIGN_LEFT};
    text_draw_at(game->text, item->figures, &figures, body);
}

static void draw(Game *game, void *state)
{
    ProgressState *s = state;
    if (s->built_at != game->study.changes)
        build(game, s);
    MenuLayout layout;
    PanelSizes sizes;
    menu_layout(game, s, &layout, &sizes);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, s->title, s->subtitle);
    for (int slot = 0; slot < layout.row_count && s->menu.scroll + slot < s->count; slot++) {
        int i = s->menu.scroll + slot;
        draw_panel(game, &s->items[i], &layout.rows[slot], &sizes, i == s->menu.focus);
    }
    widgets_notice(game, &layout.footer, TXT_PROGRESS_LEGEND, true);
    static const FooterButton footer[] = {{KEY_UP_DOWN, TXT_DO_SCROLL, ACTION_NONE, 0},
                                          {KEY_ESC, TXT_DO_BACK, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 2);
}

/* "mastered:kyiv", "seen:all", ...: the figures a panel shows, for scripts to check against
 * the database; "figures:ID" the line as drawn. */
static bool item_query(const ProgressItem *item, const char *figure, char *out, size_t size)
{
    const StudyProgress *p = &item->progress;
    if (strcmp(figure, "questions") == 0)
        snprintf(out, size, "%zu", p->questions);
    else if (strcmp(figure, "seen") == 0)
        snprintf(out, size, "%zu", p->seen);
    else if (strcmp(figure, "mastered") == 0)
        snprintf(out, size, "%zu", p->mastered);
    else if (strcmp(figure, "due") == 0)
        snprintf(out, size, "%zu", p->due);
    else if (strcmp(figure, "accuracy") == 0)
        snprintf(out, size, "%s", item->accuracy);
    else if (strcmp(figure, "figures") == 0)
        snprintf(out, size, "%s", item->figures);
    else
        return false;
    return true;
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    ProgressState *s = state;
    if (s->built_at != game->study.changes)
        build(game, s);
    if (strcmp(name, "streak") == 0) {
        snprintf(out, size, "%d", s->streak);
        return true;
    }
    if (strcmp(name, "panels") == 0) {
        snprintf(out, size, "%d", s->count);
        return true;
    }
    const char *colon = strchr(name, ':');
    if (!colon)
        return false;
    char figure[32];
    snprintf(figure, sizeof figure, "%.*s", (int)(colon - name), name);
    for (int i = 0; i < s->count; i++)
        if (strcmp(s->items[i].id, colon + 1) == 0)
            return item_query(&s->items[i], figure, out, size);
    return false;
}

const Screen SCREEN_PROGRESS_DEF = {
    .name = "progress",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(ProgressState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
    .query = query,
};
