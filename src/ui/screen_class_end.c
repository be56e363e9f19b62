/* The end of a classroom game: a podium for the top three, the full ranking (nobody
 * disappears), then a review the class steps through, question by question, with what each team
 * answered. The results export as CSV from here. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "class_view.h"
#include "draw.h"
#include "herocity/classroom_csv.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { PAGE_PODIUM, PAGE_RANKING, PAGE_REVIEW };

typedef struct {
    int page; /* PAGE_PODIUM, PAGE_RANKING, then PAGE_REVIEW + question index */
    char notice[LIMIT_PATH_BYTES + 64];
} EndState;

static int page_count(const Game *game)
{
    return PAGE_REVIEW + (int)classroom_question_count(game->classroom);
}

static bool standings_shown(const Game *game)
{
    return classroom_setup(game->classroom)->board != CLASS_BOARD_NEVER;
}

static void enter(Game *game, void *data, int arg)
{
    (void)arg;
    EndState *s = data;
    s->page = standings_shown(game) ? PAGE_PODIUM : PAGE_REVIEW;
    game_class_finish(game); /* played to its end: nothing to resume */
}

/* data/exports/classroom-2026-12-02-1405.csv, never over a file already there. */
static bool export_csv(Game *game, EndState *s)
{
    if (!game->config.data_dir) {
        snprintf(s->notice, sizeof s->notice, "%s", TXT_EXPORT_NOWHERE);
        return false;
    }
    char dir[LIMIT_PATH_BYTES], path[LIMIT_PATH_BYTES + 64], stamp[32];
    time_t now = (time_t)game_now(game);
    struct tm local;
    strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M", localtime_r(&now, &local));
    snprintf(dir, sizeof dir, "%s/exports", game->config.data_dir);
    mkdir(dir, 0755);
    FILE *out = NULL;
    for (int n = 1; n < 100 && !out; n++) {
        if (n == 1)
            snprintf(path, sizeof path, "%s/classroom-%s.csv", dir, stamp);
        else
            snprintf(path, sizeof path, "%s/classroom-%s-%d.csv", dir, stamp, n);
        out = fopen(path, "wx"); /* x: an existing file is never replaced */
        if (!out && errno != EEXIST)
            break;
    }
    char started[32];
    strftime(started, sizeof started, "%Y-%m-%dT%H:%M", &local);
    bool ok = out && classroom_csv_header(out) &&
              classroom_csv_rows(game->classroom, stamp, started, out);
    if (out && fclose(out) != 0)
        ok = false;
    snprintf(s->notice, sizeof s->notice, ok ? TXT_EXPORTED_FMT : TXT_EXPORT_FAILED_FMT, path);
    return ok;
}

static void handle(Game *game, void *data, const Action *action)
{
    EndState *s = data;
    int first = standings_shown(game) ? PAGE_PODIUM : PAGE_REVIEW;
    switch (action->type) {
    case ACTION_LEFT:
    case ACTION_UP: s->page = s->page > first ? s->page - 1 : s->page; break;
    case ACTION_RIGHT:
    case ACTION_DOWN:
    case ACTION_TOGGLE: s->page = s->page + 1 < page_count(game) ? s->page + 1 : s->page; break;
    case ACTION_KEY:
        if (action->scancode == SDL_SCANCODE_E)
            export_csv(game, s);
        break;
    case ACTION_ACCEPT: /* a new game with the same setup */
        game_class_end(game);
        game_pop(game);
        return;
    case ACTION_BACK:
        game_class_end(game);
        game_reset_to(game, SCREEN_TITLE, 0);
        return;
    default: return;
    }
    game->dirty = true;
}

static void draw_podium(Game *game, const Rect *area)
{
    const Theme *t = game->theme;
    FontSizes fs = widgets_sizes(game);
    int ranking[LIMIT_TEAMS_MAX];
    classroom_ranking(game->classroom, ranking);
    ClassSnapshot snap;
    classroom_snapshot(game->classroom, &snap);
    /* Second, first, third, left to right, the first the tallest. */
    static const int places[3] = {1, 0, 2};
    int shown = snap.team_count < 3 ? snap.team_count : 3;
    int w = area->w / 3, line = text_line_height(game->text, FONT_BOLD, fs.answer);
    for (int i = 0; i < 3; i++) {
        int place = places[i];
        if (place >= shown)
            continue;
        int team = ranking[place];
        int block_h = (area->h - line * 3) * (3 - place) / 3;
        Rect block = {area->x + i * w + w / 10, area->y + area->h - block_h, w * 8 / 10, block_h};
        draw_fill(game->renderer, &block, t->surface);
        draw_outline(game->renderer, &block, 2, t->outline);
        int badge = line * 3 / 2;
        Rect mark = {block.x + (block.w - badge) / 2, block.y - badge - line * 2, badge, badge};
        class_view_team_badge(game, team, &mark);
        TextStyle name = {FONT_BOLD, fs.answer, t->text, ALIGN_CENTER};
        Rect name_box = {block.x - w / 10, block.y - line * 2, w, line};
        char text[LIMIT_TEAM_NAME_BYTES + 1];
        snprintf(text, sizeof text, "%s", classroom_setup(game->classroom)->teams[team].name);
        text_draw(game->text, text, &name_box, name);
        char score[48];
        snprintf(score, sizeof score, TXT_POINTS_TOTAL_FMT, snap.scores[team]);
        Rect score_box = {block.x, block.y - line, block.w, line};
        TextStyle body = {FONT_REGULAR, fs.body, t->text, ALIGN_CENTER};
        text_draw(game->text, score, &score_box, body);
        char number[16];
        snprintf(number, sizeof number, "%d", place + 1);
        Rect place_box = {block.x, block.y + fs.title / 3, block.w, block.h};
        TextStyle big = {FONT_BOLD, fs.title, t->text, ALIGN_CENTER};
        text_draw(game->text, number, &place_box, big);
    }
}

static void draw_ranking(Game *game, const Rect *area)
{
    const Theme *t = game->theme;
    FontSizes fs = widgets_sizes(game);
    int ranking[LIMIT_TEAMS_MAX];
    classroom_ranking(game->classroom, ranking);
    ClassSnapshot snap;
    classroom_snapshot(game->classroom, &snap);
    int row_h = area->h / LIMIT_TEAMS_MAX;
    int most = text_line_height(game->text, FONT_BOLD, fs.answer) * 3 / 2;
    row_h = row_h < most ? row_h : most;
    int px = row_h * 2 / 3 < fs.answer ? row_h * 2 / 3 : fs.answer;
    for (int i = 0; i < snap.team_count; i++) {
        int team = ranking[i];
        Rect row = {area->x, area->y + i * row_h, area->w, row_h - row_h / 8};
        draw_fill(game->renderer, &row, t->surface);
        Rect mark = {row.x + px / 2, row.y + (row.h - px) / 2, px, px};
        class_view_team_badge(game, team, &mark);
        char text[LIMIT_TEAM_NAME_BYTES + 32], score[24];
        snprintf(text, sizeof text, "%d.  %s", i + 1,
                 classroom_setup(game->classroom)->teams[team].name);
        snprintf(score, sizeof score, "%d", snap.scores[team]);
        TextStyle style = {FONT_BOLD, px, t->text, ALIGN_LEFT};
        int score_w = text_measure(game->text, FONT_BOLD, px, score, strlen(score));
        int mid = row.y + row.h / 2, x = mark.x + px * 2;
        text_draw_line(game->text, score, row.x + row.w - px / 2 - score_w, mid, style);
        text_draw_line_clipped(game->text, text, x, mid, row.x + row.w - px - score_w - x, style);
    }
}

static void draw_review(Game *game, int index, const Rect *area)
{
    const Theme *t = game->theme;
    FontSizes fs = widgets_sizes(game);
    const Question *q = classroom_question(game->classroom, (size_t)index);
    const int *order = classroom_choice_order(game->classroom, (size_t)index);
    const ClassSetup *setup = classroom_setup(game->classroom);
    Rect box = *area;
    TextStyle prompt = {FONT_BOLD, fs.body, t->text, ALIGN_LEFT};
    box.y += text_draw(game->text, q->prompt, &box, prompt) + fs.body / 2;
    box.h = area->y + area->h - box.y;
    char line[LIMIT_CHOICE_CHARS * 4 + 64];
    snprintf(line, sizeof line, TXT_REVIEW_RIGHT_FMT, q->choices[q->correct_index]);
    if (classroom_was_skipped(game->classroom, (size_t)index))
        snprintf(line, sizeof line, "%s", TXT_SKIPPED);
    TextStyle right = {FONT_REGULAR, fs.body, t->text, ALIGN_LEFT};
    box.y += text_draw(game->text, line, &box, right) + fs.body / 2;
    int row_h = text_line_height(game->text, FONT_REGULAR, fs.status) + fs.status / 3;
    for (int team = 0; team < setup->team_count; team++) {
        const ClassAnswer *a = classroom_answer_of(game->classroom, (size_t)index, team);
        if (box.y + row_h > area->y + area->h)
            break;
        Rect mark = {box.x, box.y + fs.status / 6, row_h - fs.status / 3, row_h - fs.status / 3};
        class_view_team_badge(game, team, &mark);
        if (a->answered)
            snprintf(line, sizeof line, TXT_REVIEW_TEAM_FMT, setup->teams[team].name,
                     answer_letter(a->choice), q->choices[order[a->choice]],
                     a->correct ? TXT_TICK : TXT_CROSS, a->points);
        else
            snprintf(line, sizeof line, TXT_REVIEW_NONE_FMT, setup->teams[team].name);
        TextStyle style = {FONT_REGULAR, fs.status, t->text, ALIGN_LEFT};
        int x = mark.x + mark.w + fs.status / 2;
        text_draw_line_clipped(game->text, line, x, box.y + row_h / 2, box.x + box.w - x, style);
        box.y += row_h;
    }
}

static void draw(Game *game, void *data)
{
    EndState *s = data;
    MenuLayout page;
    layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, &page);
    char subtitle[LIMIT_TITLE_BYTES + 32];
    const char *title = TXT_CLASS_RESULTS;
    if (s->page == PAGE_RANKING) {
        title = TXT_RANKING;
        snprintf(subtitle, sizeof subtitle, "%s", game->class_title);
    } else if (s->page >= PAGE_REVIEW) {
        title = TXT_REVIEW;
        snprintf(subtitle, sizeof subtitle, TXT_REVIEW_OF_FMT, s->page - PAGE_REVIEW + 1,
                 page_count(game) - PAGE_REVIEW);
    } else {
        snprintf(subtitle, sizeof subtitle, "%s", game->class_title);
    }
    page.heading.h = widgets_heading_height(game, page.heading.w, title, subtitle);
    FontSizes fs = widgets_sizes(game);
    int notice_h = fs.footer * 2;
    Rect body = {page.heading.x, page.heading.y + page.heading.h + fs.body, page.heading.w,
                 page.footer.y - notice_h - (page.heading.y + page.heading.h + fs.body * 2)};
    widgets_clear(game);
    widgets_heading(game, &page.heading, title, subtitle);
    if (s->page == PAGE_PODIUM)
        draw_podium(game, &body);
    else if (s->page == PAGE_RANKING)
        draw_ranking(game, &body);
    else
        draw_review(game, s->page - PAGE_REVIEW, &body);
    Rect footer = {page.footer.x, page.footer.y - notice_h, page.footer.w,
                   page.footer.h + notice_h};
    if (s->notice[0])
        widgets_notice(game, &footer, s->notice, false);
    static const FooterButton buttons[] = {
        {KEY_LEFT, TXT_DO_BACK_PAGE, ACTION_LEFT, 0},
        {KEY_RIGHT, TXT_DO_NEXT, ACTION_RIGHT, 0},
        {"E", TXT_DO_EXPORT, ACTION_KEY, SDL_SCANCODE_E},
        {KEY_ENTER, TXT_DO_NEW_GAME, ACTION_ACCEPT, 0},
        {KEY_ESC, TXT_DO_TITLE, ACTION_BACK, 0},
    };
    widgets_footer(game, &footer, buttons, (int)(sizeof buttons / sizeof buttons[0]));
}

static bool query(Game *game, void *data, const char *name, char *out, size_t size)
{
    EndState *s = data;
    if (strcmp(name, "page") == 0) {
        snprintf(out, size, "%s",
                 s->page == PAGE_PODIUM    ? "podium"
                 : s->page == PAGE_RANKING ? "ranking"
                                           : "review");
    } else if (strcmp(name, "winner") == 0) {
        int ranking[LIMIT_TEAMS_MAX];
        classroom_ranking(game->classroom, ranking);
        snprintf(out, size, "%s", classroom_setup(game->classroom)->teams[ranking[0]].name);
    } else if (strcmp(name, "notice") == 0) {
        snprintf(out, size, "%s", s->notice[0] ? s->notice : "none");
    } else {
        return false;
    }
    return true;
}

const Screen SCREEN_CLASS_END_DEF = {
    .name = "class_end",
    .input_mode = INPUT_KEYS,
    .state_size = sizeof(EndState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
    .query = query,
};
