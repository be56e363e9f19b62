/* Property test with the game's real font: questions generated at the limits (2, 4 or 6 answers;
 * wide Latin, long words, wide Cyrillic, Russian, mixed), each text grown to the longest the
 * validator accepts, are drawn whole at every window and text size: every text holds in its
 * box, no box leaves the window or overlaps another, markers stay readable. One character more
 * than the accepted length is refused, so the validator stands exactly at that edge. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <SDL_ttf.h>
#include <cmocka.h>

#include "font_pool.h"
#include "herocity/round_plan.h"
#include "herocity/wrap.h"
#include "measure_cache.h"

enum { SCRIPT_COUNT = 5, PROFILE_ANSWERS = 3 };

/* Each is repeated to the length wanted; the first character also replaces a space that would
 * start or end a text (the loader trims those). */
static const char *const PATTERNS[SCRIPT_COUNT] = {
    "W",
    "Counterintelligence Commemoration Reconstruction Extraordinarily Incomprehensibilities ",
    "ЖЩШ",
    "Героическая оборона Севастопольской крепости продолжалась двести пятьдесят дней ",
    "Щорса Brest Брестская Fortress крепость Memorial мемориал Defenders защитники ",
};
static const int ANSWER_COUNTS[PROFILE_ANSWERS] = {2, 4, 6};

enum { PROMPT, CHOICE_0, EXPLANATION = CHOICE_0 + BANK_MAX_CHOICES, SOURCE, TEXT_COUNT };
enum { TEXT_BYTES = LIMIT_EXPLANATION_CHARS * 4 + 1 };

typedef struct {
    int script, choice_count;
    int lengths[TEXT_COUNT]; /* in characters */
    char texts[TEXT_COUNT][TEXT_BYTES];
    Question question;
} Generated;

static struct {
    FontPool *pool;
    MeasureCache *cache;
    FontMetrics metrics;
    unsigned long probes, edges, at_cap, plans, boxes;
} fx;

static int cap_of(int text)
{
    if (text == PROMPT)
        return LIMIT_PROMPT_CHARS;
    if (text == EXPLANATION)
        return LIMIT_EXPLANATION_CHARS;
    if (text == SOURCE)
        return LIMIT_SOURCE_CHARS;
    return LIMIT_CHOICE_CHARS;
}

static size_t char_bytes(const char *s)
{
    unsigned char c = (unsigned char)*s;
    return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* `chars` characters of the pattern from character `offset` on. */
static void make_text(char *out, const char *pattern, int offset, int chars)
{
    size_t first = char_bytes(pattern);
    const char *p = pattern;
    for (int i = 0; i < offset; i++) {
        p += char_bytes(p);
        if (!*p)
            p = pattern;
    }
    char *o = out;
    for (int i = 0; i < chars; i++) {
        size_t n = char_bytes(p);
        bool edge_space = *p == ' ' && (i == 0 || i == chars - 1);
        memcpy(o, edge_space ? pattern : p, edge_space ? first : n);
        o += edge_space ? first : n;
        p += n;
        if (!*p)
            p = pattern;
    }
    *o = '\0';
}

static void rebuild(Generated *g)
{
    for (int t = 0; t < TEXT_COUNT; t++)
        make_text(g->texts[t], PATTERNS[g->script], t * 7, g->lengths[t]);
    Question *q = &g->question;
    *q = (Question){.id = "property-q", .difficulty = 2, .line = 1};
    q->prompt = g->texts[PROMPT];
    q->explanation = g->texts[EXPLANATION];
    q->source = g->texts[SOURCE];
    q->choice_count = g->choice_count;
    for (int i = 0; i < g->choice_count; i++)
        q->choices[i] = g->texts[CHOICE_0 + i];
    q->correct_index = g->choice_count - 1;
}

static bool accepted(Generated *g)
{
    rebuild(g);
    fx.probes++;
    return fit_question_fits(&g->question, &fx.metrics);
}

/* The validator itself, on a bank of the one question: how many errors it reports. */
static size_t validator_errors(Generated *g)
{
    rebuild(g);
    const Question *q = &g->question;
    Bank *bank = bank_new("property.xml");
    assert_non_null(bank);
    assert_true(bank_set_info(bank, "property", "Property", "", "en"));
    QuestionSpec spec = {q->id,   q->prompt,       q->explanation, q->source,        q->difficulty,
                         true,    q->choice_count, {NULL},         q->correct_index, q->line,
                         q->lines};
    memcpy(spec.choices, q->choices, sizeof spec.choices);
    assert_true(bank_add_question(bank, &spec));
    Diagnostics *diags = diags_new();
    size_t errors = fit_check_bank(bank, &fx.metrics, diags);
    for (size_t i = 0; i < diags_count(diags); i++)
        assert_non_null(strstr(diags_get(diags, i)->message, "too long to fit on screen at"));
    diags_free(diags);
    bank_free(bank);
    return errors;
}

/* Whether the game can show the question whole at every checked window and scale, trying every
 * growth: the validator must refuse exactly what it cannot. */
static bool shown_whole_everywhere(Generated *g)
{
    rebuild(g);
    RoundTexts texts;
    round_texts_make(&g->question, g->question.choices, g->question.correct_index, &texts);
    RoundPlan plan;
    for (int w = 0; w < FIT_WINDOW_COUNT; w++)
        for (int s = 0; s < FIT_SCALE_COUNT; s++)
            if (!round_plan_layout(&fx.metrics, FIT_WINDOWS[w].width, FIT_WINDOWS[w].height,
                                   FIT_SCALES[s], &texts, ROUND_PHASE_FEEDBACK, &plan))
                return false;
    return true;
}

/* Grows text t to the longest length the validator accepts; checks that one more is refused,
 * and refused because the game could not show it whole. */
static void grow(Generated *g, int t)
{
    int lo = g->lengths[t], hi = cap_of(t);
    g->lengths[t] = hi;
    if (accepted(g)) {
        fx.at_cap++;
        return;
    }
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        g->lengths[t] = mid;
        if (accepted(g))
            lo = mid;
        else
            hi = mid;
    }
    g->lengths[t] = lo + 1;
    assert_true(validator_errors(g) > 0);
    assert_false(shown_whole_everywhere(g));
    g->lengths[t] = lo;
    assert_int_equal(validator_errors(g), 0);
    fx.edges++;
}

static int measure_line(void *context, const char *text, size_t len)
{
    const TextPlacement *p = context;
    return fx.metrics.measure(fx.metrics.context, p->bold, p->px, text, len);
}

/* The text, wrapped as the screen wraps it, lies inside its box, which lies in the window. */
static void check_text(const TextPlacement *p, const char *text, const Rect *window)
{
    fx.boxes++;
    assert_true(p->fits);
    assert_true(rect_inside(&p->box, window));
    WrapLine lines[64];
    size_t count = wrap_text(text, p->box.w, measure_line, (void *)p, lines, 64);
    int line_h = fx.metrics.line_height(fx.metrics.context, p->bold, p->px);
    assert_int_equal((int)count * line_h, p->height_needed);
    assert_true(p->height_needed <= p->box.h);
    for (size_t i = 0; i < count && i < 64; i++)
        assert_true(measure_line((void *)p, text + lines[i].start, lines[i].length) <= p->box.w);
}

static void check_disjoint(const Rect *const *rects, int count, const Rect *outer)
{
    for (int i = 0; i < count; i++) {
        assert_true(rect_inside(rects[i], outer));
        for (int j = i + 1; j < count; j++)
            assert_false(rect_overlaps(rects[i], rects[j]));
    }
}

static void check_plan(const RoundPlan *plan, const RoundTexts *texts, int w, int h, bool feedback)
{
    fx.plans++;
    Rect window = {0, 0, w, h};
    assert_true(plan->fits);
    assert_true(plan->status.height_needed <= plan->status.box.h);
    check_text(&plan->prompt, texts->prompt, &window);
    const Rect *screen[3 + BANK_MAX_CHOICES + 1] = {&plan->status.box, &plan->prompt.box,
                                                    &plan->footer};
    int n = 3;
    assert_true(plan->badge >= LAYOUT_MIN_MARKER_PX);
    assert_true(plan->letter_px >= LAYOUT_MIN_TEXT_PX);
    for (int i = 0; i < plan->tile_count; i++) {
        const Rect *tile = &plan->tiles[i];
        screen[n++] = tile;
        check_text(&plan->answers[i], texts->choices[i], &window);
        assert_int_equal(plan->badges[i].w, plan->badge);
        /* The marked tiles' frame lies in the padding, clear of the text. */
        Rect inside = {tile->x + plan->frame, tile->y + plan->frame, tile->w - 2 * plan->frame,
                       tile->h - 2 * plan->frame};
        const Rect *parts[] = {&plan->badges[i], &plan->answers[i].box, &plan->marks[i]};
        check_disjoint(parts, feedback ? 3 : 2, &inside);
    }
    if (feedback) {
        screen[n++] = &plan->panel;
        check_text(&plan->verdict, texts->verdict, &window);
        check_text(&plan->explanation, texts->explanation, &window);
        check_text(&plan->source, texts->source, &window);
        const Rect *parts[] = {&plan->icon, &plan->verdict.box, &plan->explanation.box,
                               &plan->source.box};
        check_disjoint(parts, 4, &plan->panel);
    } else {
        assert_int_equal(plan->panel.h, 0);
    }
    check_disjoint(screen, n, &window);
}

/* Every window and setting: the plan the game draws fits, in both phases, in the same boxes. */
static void check_everywhere(Generated *g)
{
    static const int settings[] = {LIMIT_TEXT_SCALE_MIN, LIMIT_TEXT_SCALE_DEFAULT,
                                   LIMIT_TEXT_SCALE_MAX};
    rebuild(g);
    RoundTexts texts;
    round_texts_make(&g->question, g->question.choices, g->question.correct_index, &texts);
    for (int w = 0; w < FIT_WINDOW_COUNT; w++) {
        int width = FIT_WINDOWS[w].width, height = FIT_WINDOWS[w].height;
        for (size_t s = 0; s < sizeof settings / sizeof settings[0]; s++) {
            RoundPlan asked, answered;
            assert_true(round_plan_for_setting(&fx.metrics, width, height, settings[s], &texts,
                                               ROUND_PHASE_FEEDBACK, &answered));
            assert_true(answered.scale <= settings[s]);
            assert_true(answered.scale * answered.growth <= LIMIT_TEXT_SCALE_MAX * 100);
            /* The question screen alone has more room: it fits at least as large. */
            assert_true(round_plan_for_setting(&fx.metrics, width, height, settings[s], &texts,
                                               ROUND_PHASE_QUESTION, &asked));
            assert_true(asked.scale * asked.growth >= answered.scale * answered.growth);
            check_plan(&asked, &texts, width, height, false);
            check_plan(&answered, &texts, width, height, true);
        }
    }
}

static void test_questions_at_the_limits_are_drawn_whole(void **state)
{
    (void)state;
    /* Three orders, so that each text is sometimes grown first and takes the room. */
    static const int orders[3][TEXT_COUNT] = {
        {PROMPT, CHOICE_0, CHOICE_0 + 1, CHOICE_0 + 2, CHOICE_0 + 3, CHOICE_0 + 4, CHOICE_0 + 5,
         EXPLANATION, SOURCE},
        {EXPLANATION, SOURCE, CHOICE_0, CHOICE_0 + 1, CHOICE_0 + 2, CHOICE_0 + 3, CHOICE_0 + 4,
         CHOICE_0 + 5, PROMPT},
        {CHOICE_0, CHOICE_0 + 1, CHOICE_0 + 2, CHOICE_0 + 3, CHOICE_0 + 4, CHOICE_0 + 5,
         EXPLANATION, PROMPT, SOURCE},
    };
    int profiles = 0;
    for (int script = 0; script < SCRIPT_COUNT; script++) {
        for (int a = 0; a < PROFILE_ANSWERS; a++) {
            Generated g = {.script = script, .choice_count = ANSWER_COUNTS[a]};
            g.lengths[PROMPT] = 1;
            for (int i = 0; i < g.choice_count; i++)
                g.lengths[CHOICE_0 + i] = 1;
            const int *order = orders[profiles % 3];
            for (int k = 0; k < TEXT_COUNT; k++)
                if (order[k] < CHOICE_0 + g.choice_count || order[k] >= EXPLANATION)
                    grow(&g, order[k]);
            check_everywhere(&g);
            profiles++;
        }
    }
    printf("fit property: %d questions at the limits, %lu validator probes, %lu edges where one "
           "character more is refused, %lu texts accepted at their cap; %lu plans and %lu text "
           "boxes checked; %lu of %lu measurements reached the font\n",
           profiles, fx.probes, fx.edges, fx.at_cap, fx.plans, fx.boxes,
           measure_cache_missed(fx.cache), measure_cache_asked(fx.cache));
}

static int setup(void **state)
{
    (void)state;
    if (TTF_Init() != 0)
        return -1;
    char error[256];
    fx.pool = font_pool_new(error, sizeof error);
    if (!fx.pool) {
        fprintf(stderr, "no font: %s\n", error);
        return -1;
    }
    FontMetrics real = font_pool_metrics(fx.pool);
    fx.cache = measure_cache_new(&real);
    if (!fx.cache)
        return -1;
    fx.metrics = measure_cache_metrics(fx.cache);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    measure_cache_free(fx.cache);
    font_pool_free(fx.pool);
    TTF_Quit();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_questions_at_the_limits_are_drawn_whole),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
