/* Fit checks (see fit.h): the validator's "will this text fit on screen" and "can the font draw
 * it", using the same layout and wrapping as the screens. */
#include "herocity/fit.h"

#include <stdio.h>
#include <string.h>

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

void fit_layout_round(const FontMetrics *metrics, int window_w, int window_h, int scale_percent,
                      const char *const *choices, int choice_count, bool feedback, RoundLayout *out)
{
    layout_round(window_w, window_h, scale_percent, choice_count, false, feedback, out);
    FontSizes sizes = layout_font_sizes(window_h, scale_percent);
    for (int i = 0; i < choice_count; i++) {
        Rect box = layout_tile_text(out, i, feedback);
        if (fit_text_height(metrics, choices[i], box.w, false, sizes.answer) > box.h) {
            layout_round(window_w, window_h, scale_percent, choice_count, true, feedback, out);
            return;
        }
    }
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
    Diagnostics *diags; /* NULL: count problems without reporting them */
    size_t errors;
    int width, height, scale;
} Reporter;

/* Checks that text fits box at px (shrunk one step when the screen may shrink it), and says by
 * how much it does not. */
static void check_fits(Reporter *r, const FontMetrics *metrics, const char *what, int line,
                       const char *text, const Rect *box, bool bold, int px, bool may_shrink)
{
    if (!text[0])
        return;
    int shrunk = may_shrink ? px * FIT_SHRINK_PERCENT / 100 : px;
    int needed = fit_text_height(metrics, text, box->w, bold, shrunk);
    if (needed <= box->h)
        return;
    r->errors++;
    if (!r->diags) /* only asking whether it fits */
        return;
    size_t chars = char_count(text);
    size_t keep = (size_t)((double)chars * box->h / needed);
    size_t cut = chars > keep ? chars - keep : 1;
    diags_add(r->diags, DIAG_ERROR, bank_path(r->bank), line ? line : r->question->line, 0,
              "question '%s': the %s is too long to fit on screen at %dx%d: shorten it by about "
              "%zu of its %zu characters",
              r->question->id, what, r->width, r->height, cut, chars);
}

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

/* The line of the choice with this text (choices may be shown in another order). */
static int choice_line(const Question *q, const char *text)
{
    for (int i = 0; i < q->choice_count; i++)
        if (q->choices[i] == text)
            return q->lines.choices[i];
    return 0;
}

/* Checks every text of the question on the feedback screen, the tighter of the two, which
 * shows every text at once. `choices` are in the order they are shown. */
static void check_layout(Reporter *r, const FontMetrics *metrics, const char *const *choices)
{
    const Question *q = r->question;
    FontSizes sizes = layout_font_sizes(r->height, r->scale);
    RoundLayout layout;
    fit_layout_round(metrics, r->width, r->height, r->scale, choices, q->choice_count, true,
                     &layout);
    check_fits(r, metrics, "prompt", q->lines.prompt, q->prompt, &layout.prompt, true, sizes.prompt,
               true);
    for (int i = 0; i < q->choice_count; i++) {
        char what[32] = "answer ?";
        what[7] = (char)('A' + i);
        Rect box = layout_tile_text(&layout, i, true);
        check_fits(r, metrics, what, choice_line(q, choices[i]), choices[i], &box, false,
                   sizes.answer, true);
    }
    int source_w = layout_source_width(&layout);
    char source[BANK_SOURCE_MAX_BYTES];
    (void)snprintf(source, sizeof source, FIT_SOURCE_FORMAT, q->source);
    int source_h =
        q->source[0] ? fit_text_height(metrics, source, source_w, false, sizes.footer) : 0;
    int max_source_h = 3 * metrics->line_height(metrics->context, false, sizes.footer);
    Rect source_box = {0, 0, source_w, max_source_h};
    /* The source is drawn at full size and takes its room from the explanation: three lines at
     * most. */
    check_fits(r, metrics, "source", q->lines.source, q->source[0] ? source : "", &source_box,
               false, sizes.footer, false);
    if (source_h > max_source_h)
        source_h = max_source_h;
    PanelLayout panel;
    layout_panel(&layout, &sizes, source_h, &panel);
    check_fits(r, metrics, "explanation", q->lines.explanation, q->explanation, &panel.body, false,
               sizes.body, true);
}

int fit_best_scale(const FontMetrics *metrics, const Question *question, const char *const *choices,
                   int window_w, int window_h, int scale_percent, int min_scale)
{
    int scale = scale_percent;
    for (; scale > min_scale; scale -= LIMIT_TEXT_SCALE_STEP) {
        Reporter quiet = {NULL, question, NULL, 0, window_w, window_h, scale};
        check_layout(&quiet, metrics, choices);
        if (quiet.errors == 0)
            return scale;
    }
    return min_scale;
}

static void check_question(Reporter *r, const FontMetrics *metrics)
{
    const Question *q = r->question;
    check_layout(r, metrics, q->choices);
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
    Reporter r = {bank, NULL, diags, 0, LIMIT_WINDOW_MIN_WIDTH, LIMIT_WINDOW_MIN_HEIGHT, 100};
    check_glyphs(&r, metrics, 0, "the bank's title", bank_title(bank));
    check_glyphs(&r, metrics, 0, "the bank's description", bank_description(bank));
    for (size_t i = 0; i < bank_question_count(bank); i++) {
        r.question = bank_question(bank, i);
        check_question(&r, metrics);
    }
    return r.errors;
}
