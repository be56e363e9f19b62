/* Fit checks (see fit.h): the validator's "will this text fit on screen", asked of the round
 * plan the screens draw, and "can the font draw it". */
#include "herocity/fit.h"

#include <stdio.h>
#include <string.h>

#include "herocity/round_plan.h"
#include "herocity/wrap.h"

typedef struct {
    const FontMetrics *metrics;
    bool bold;
    int px;
} MeasureArgs;

static int measure(void *context, const char *text, size_t len)
{
    const MeasureArgs *args = context;
    return args->metrics->measure(args->metrics->context, args->bold, args->px, text, len);
}

int fit_text_height(const FontMetrics *metrics, const char *text, int width, bool bold, int px)
{
    MeasureArgs args = {metrics, bold, px};
    size_t lines = wrap_text(text, width, measure, &args, NULL, 0);
    return (int)lines * metrics->line_height(metrics->context, bold, px);
}

/* How many characters (not bytes) text has. */
static size_t char_count(const char *text)
{
    size_t count = 0;
    for (; *text; text++)
        count += ((unsigned char)*text & 0xC0) != 0x80;
    return count;
}

typedef struct {
    const Bank *bank;
    const Question *question;
    Diagnostics *diags;
    size_t errors;
} Reporter;

/* Decodes one UTF-8 character at *text and advances past it. The loader only hands over
 * well-formed UTF-8 (libxml2 checks it), so no error paths are needed. */
static uint32_t next_code_point(const char **text)
{
    const unsigned char *s = (const unsigned char *)*text;
    uint32_t cp = s[0];
    int extra = cp >= 0xF0 ? 3 : cp >= 0xE0 ? 2 : cp >= 0xC0 ? 1 : 0;
    if (extra)
        cp &= 0x3Fu >> extra;
    int i = 1;
    for (; i <= extra && (s[i] & 0xC0) == 0x80; i++)
        cp = (cp << 6) | (s[i] & 0x3Fu);
    *text += i;
    return cp;
}

static void check_glyphs(Reporter *r, const FontMetrics *metrics, int line, const char *label,
                         const char *text)
{
    if (!metrics->has_glyph)
        return;
    while (*text) {
        const char *start = text;
        uint32_t cp = next_code_point(&text);
        if (cp < 0x20 || metrics->has_glyph(metrics->context, cp))
            continue;
        diags_add(r->diags, DIAG_ERROR, bank_path(r->bank), line, 0,
                  "%s: the character '%.*s' (U+%04X) cannot be drawn by the game's font; "
                  "use another character",
                  label, (int)(text - start), start, (unsigned)cp);
        r->errors++;
        return; /* one message per text is enough to find the spot */
    }
}

const FitWindow FIT_WINDOWS[FIT_WINDOW_COUNT] = {
    {LIMIT_WINDOW_MIN_WIDTH, LIMIT_WINDOW_MIN_HEIGHT}, {1280, 720}, {1920, 1080}, {3840, 2160}};
const int FIT_SCALES[FIT_SCALE_COUNT] = {LIMIT_TEXT_SCALE_DEFAULT, LIMIT_TEXT_SCALE_MIN};

/* The plan the validator judges: the feedback screen, which shows every text, at the smallest
 * growth. A plan that does not fit at the smallest text does not fit at a larger one, so the
 * game, which tries the larger first, finds a plan that fits wherever this one does. */
static bool plan_fits(const FontMetrics *metrics, const RoundTexts *texts, int window, int scale,
                      RoundPlan *plan)
{
    return round_plan_at(metrics, FIT_WINDOWS[window].width, FIT_WINDOWS[window].height, scale,
                         ROUND_GROWTH_MIN, texts, ROUND_PHASE_FEEDBACK, plan);
}

bool fit_question_fits(const Question *q, const FontMetrics *metrics)
{
    RoundTexts texts;
    round_texts_make(q, q->choices, q->correct_index, &texts);
    RoundPlan plan;
    for (int w = 0; w < FIT_WINDOW_COUNT; w++)
        for (int s = 0; s < FIT_SCALE_COUNT; s++)
            if (!plan_fits(metrics, &texts, w, FIT_SCALES[s], &plan))
                return false;
    return true;
}

/* Says that a text does not fit its box and about how much of it to cut, in characters of its
 * own (the source's label is not the author's to cut). */
static void report_overflow(Reporter *r, const TextPlacement *placement, const char *what, int line,
                            const char *own_text, const char *shown_text,
                            const FontMetrics *metrics, int window, int scale)
{
    size_t chars = char_count(own_text), shown = char_count(shown_text);
    int line_h = metrics->line_height(metrics->context, placement->bold, placement->px);
    size_t lines_kept = (size_t)(placement->box.h / line_h);
    size_t lines_needed = (size_t)(placement->height_needed / line_h);
    size_t keep = lines_needed ? shown * lines_kept / lines_needed : 0;
    size_t cut = shown > keep ? shown - keep : 1;
    if (cut > chars)
        cut = chars;
    r->errors++;
    diags_add(r->diags, DIAG_ERROR, bank_path(r->bank), line ? line : r->question->line, 0,
              "question '%s': the %s is too long to fit on screen at %dx%d (%d %%): shorten it "
              "by about %zu of its %zu characters",
              r->question->id, what, FIT_WINDOWS[window].width, FIT_WINDOWS[window].height, scale,
              cut, chars);
}

/* One message per text that does not fit, at the first window and scale where it does not. */
static void check_layout(Reporter *r, const FontMetrics *metrics)
{
    const Question *q = r->question;
    RoundTexts texts;
    round_texts_make(q, q->choices, q->correct_index, &texts);
    enum { PROMPT = BANK_MAX_CHOICES, EXPLANATION, SOURCE, TEXT_COUNT };
    bool reported[TEXT_COUNT] = {false};
    RoundPlan plan;
    for (int w = 0; w < FIT_WINDOW_COUNT; w++) {
        for (int s = 0; s < FIT_SCALE_COUNT; s++) {
            int scale = FIT_SCALES[s];
            if (plan_fits(metrics, &texts, w, scale, &plan))
                continue;
            for (int i = 0; i < q->choice_count; i++) {
                if (reported[i] || plan.answers[i].fits)
                    continue;
                char what[16] = "answer ?";
                what[7] = (char)('A' + i);
                report_overflow(r, &plan.answers[i], what, q->lines.choices[i], q->choices[i],
                                q->choices[i], metrics, w, scale);
                reported[i] = true;
            }
            if (!reported[PROMPT] && !plan.prompt.fits) {
                report_overflow(r, &plan.prompt, "prompt", q->lines.prompt, q->prompt, q->prompt,
                                metrics, w, scale);
                reported[PROMPT] = true;
            }
            if (!reported[EXPLANATION] && !plan.explanation.fits) {
                report_overflow(r, &plan.explanation, "explanation", q->lines.explanation,
                                q->explanation, q->explanation, metrics, w, scale);
                reported[EXPLANATION] = true;
            }
            if (!reported[SOURCE] && !plan.source.fits) {
                report_overflow(r, &plan.source, "source", q->lines.source, q->source, texts.source,
                                metrics, w, scale);
                reported[SOURCE] = true;
            }
        }
    }
}

static void check_question(Reporter *r, const FontMetrics *metrics)
{
    const Question *q = r->question;
    check_layout(r, metrics);
    char label[96];
    (void)snprintf(label, sizeof label, "question '%s'", q->id);
    const char *texts[3 + BANK_MAX_CHOICES] = {q->prompt, q->explanation, q->source};
    int lines[3 + BANK_MAX_CHOICES] = {q->lines.prompt, q->lines.explanation, q->lines.source};
    int n = 3;
    for (int i = 0; i < q->choice_count; i++) {
        lines[n] = q->lines.choices[i];
        texts[n++] = q->choices[i];
    }
    for (int i = 0; i < n; i++)
        check_glyphs(r, metrics, lines[i] ? lines[i] : q->line, label, texts[i]);
}

size_t fit_check_bank(const Bank *bank, const FontMetrics *metrics, Diagnostics *diags)
{
    Reporter r = {bank, NULL, diags, 0};
    check_glyphs(&r, metrics, 0, "the bank's title", bank_title(bank));
    check_glyphs(&r, metrics, 0, "the bank's description", bank_description(bank));
    for (size_t i = 0; i < bank_question_count(bank); i++) {
        r.question = bank_question(bank, i);
        check_question(&r, metrics);
    }
    return r.errors;
}
