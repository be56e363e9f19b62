/* The end of a study session: how many answers were right (an exam's grade), that they were
 * saved, and every answer given beside the right one, in a list that scrolls. Leaving goes back
 * to the study menu. */
#include <stdio.h>
#include <string.h>

#include "missed_list.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

typedef struct {
    int scroll; /* of the list of answers */
} StudyEndState;

typedef struct {
    Rect stats;
    Rect answers;
    Rect footer;
    Rect heading;
} StudyEndLayout;

static StudyGrade grade_of(const Game *game)
{
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    return study_exam_grade((size_t)snap.correct_count, (size_t)snap.answered_count);
}

static const char *band_name(StudyGradeBand band)
{
    switch (band) {
    case STUDY_GRADE_EXCELLENT: return TXT_GRADE_EXCELLENT;
    case STUDY_GRADE_GOOD: return TXT_GRADE_GOOD;
    case STUDY_GRADE_PASS: return TXT_GRADE_PASS;
    default: return TXT_GRADE_NOT_YET;
    }
}

static bool is_exam(const Game *game)
{
    return game->study.active && game->study.mode == STUDY_EXAM;
}

static void title_of(const Game *game, char *out, size_t size)
{
    if (is_exam(game))
        snprintf(out, size, TXT_EXAM_GRADE_FMT, band_name(grade_of(game).band));
    else
        snprintf(out, size, "%s", TXT_SESSION_DONE);
}

/* The figures on the left, two fifths of the width; every answer on the right. */
static void end_layout(Game *game, StudyEndLayout *out)
{
    FontSizes fs = widgets_sizes(game);
    MenuLayout page;
    layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, &page);
    char title[128];
    title_of(game, title, sizeof title);
    page.heading.h = widgets_heading_height(game, page.heading.w, title, game->round_title);
    int top = page.heading.y + page.heading.h + fs.body / 2;
    int bottom = page.footer.y - fs.body / 2;
    int stats_w = page.heading.w * 2 / 5;
    out->heading = page.heading;
    out->stats = (Rect){page.heading.x, top, stats_w, bottom - top};
    out->answers = (Rect){page.heading.x + stats_w + fs.body, top,
                          page.heading.w - stats_w - fs.body, bottom - top};
    out->footer = page.footer;
}

static void leave(Game *game, void *state)
{
    (void)state;
    game_end_round(game); /* its answers are saved: the study menu counts them from the store */
}

static void handle(Game *game, void *state, const Action *action)
{
    StudyEndState *s = state;
    switch (action->type) {
    case ACTION_BACK:
    case ACTION_ACCEPT: game_pop(game); return;
    case ACTION_SCROLL: {
        StudyEndLayout layout;
        end_layout(game, &layout);
        int limit = answer_list_scroll_limit(game, &layout.answers);
        int scroll = s->scroll + action->choice * 3; /* three lines a step, as on Results */
        scroll = scroll > limit ? limit : scroll < 0 ? 0 : scroll;
        if (scroll != s->scroll) {
            s->scroll = scroll;
            game->dirty = true;
        }
        return;
    }
    default: return;
    }
}

static void draw_stats(Game *game, const Rect *area)
{
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    TextStyle big = {FONT_BOLD, fs.prompt, t->text, ALIGN_LEFT};
    TextStyle body = {FONT_REGULAR, fs.body, t->text, ALIGN_LEFT};
    char line[160];
    Rect r = *area;
    if (is_exam(game)) {
        StudyGrade grade = grade_of(game);
        snprintf(line, sizeof line, TXT_GRADE_FMT, grade.percent);
        r.y += text_draw(game->text, line, &r, big) + fs.body / 4;
        r.h = area->y + area->h - r.y;
    }
    snprintf(line, sizeof line, TXT_SESSION_RIGHT_FMT, snap.correct_count,
             (size_t)snap.answered_count);
    r.y += text_draw(game->text, line, &r, is_exam(game) ? body : big) + fs.body / 2;
    r.h = area->y + area->h - r.y;
    snprintf(line, sizeof line, TXT_ANSWERS_SAVED_FMT, game->study.answers_saved);
    r.y += text_draw(game->text, line, &r, body);
    r.h = area->y + area->h - r.y;
    if (game->study.answers_lost) {
        snprintf(line, sizeof line, TXT_ANSWERS_LOST_FMT, game->study.answers_lost);
        text_draw(game->text, line, &r, body);
    }
}

static void draw(Game *game, void *state)
{
    StudyEndState *s = state;
    StudyEndLayout layout;
    end_layout(game, &layout);
    char title[128];
    title_of(game, title, sizeof title);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, title, game->round_title);
    draw_stats(game, &layout.stats);
    answer_list_draw(game, &layout.answers, s->scroll);
    static const FooterButton footer[] = {{KEY_PAGE_UP_DOWN, TXT_DO_SCROLL, ACTION_NONE, 0},
                                          {KEY_ESC, TXT_DO_STUDY_MENU, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 2);
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    StudyEndState *s = state;
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    StudyGrade grade = grade_of(game);
    if (strcmp(name, "grade") == 0)
        snprintf(out, size, "%s", is_exam(game) ? band_name(grade.band) : "none");
    else if (strcmp(name, "grade_percent") == 0)
        snprintf(out, size, "%d", grade.percent);
    else if (strcmp(name, "answered") == 0) /* answers in the list */
        snprintf(out, size, "%d", snap.answered_count);
    else if (strcmp(name, "saved") == 0)
        snprintf(out, size, "%d", game->study.answers_saved);
    else if (strcmp(name, "lost") == 0)
        snprintf(out, size, "%d", game->study.answers_lost);
    else if (strcmp(name, "list_scroll") == 0)
        snprintf(out, size, "%d", s->scroll);
    else
        return false;
    return true;
}

const Screen SCREEN_STUDY_END_DEF = {
    .name = "study_end",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(StudyEndState),
    .leave = leave,
    .handle = handle,
    .draw = draw,
    .query = query,
};
