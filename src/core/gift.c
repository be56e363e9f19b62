/* GIFT, Moodle's text format: questions separated by blank lines, "//" comments, categories,
 * "::title::", a [format], and the answers in braces: =right ~wrong #feedback ####general
 * feedback; T and F for true/false. Multiple choice with one right answer and true/false are
 * used (the general feedback becomes the explanation); every other kind is left out, named. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "herocity/alloc.h"
#include "import.h"
#include "moodle_text.h"
#include "text_import.h"

/* The block of lines one question is written on, comments left out. */
typedef struct {
    char *text;
    size_t length;
    size_t capacity;
    int line; /* where it starts */
} Block;

/* Where `token` first stands in text[from..end) outside a backslash escape; end when nowhere. */
static size_t find_unescaped(const char *text, size_t from, size_t end, const char *token)
{
    size_t len = strlen(token);
    for (size_t i = from; i + len <= end; i++) {
        if (text[i] == '\\') {
            i++;
            continue;
        }
        if (strncmp(text + i, token, len) == 0)
            return i;
    }
    return end;
}

/* text[from..end) with GIFT's escapes undone: \~ \= \# \{ \} \: \\ stand for the character,
 * \n for a line break. New string; NULL when memory runs out. */
static char *unescape(const char *text, size_t from, size_t end)
{
    char *out = hc_malloc(end - from + 1);
    size_t len = 0;
    for (size_t i = from; out && i < end; i++) {
        if (text[i] == '\\' && i + 1 < end && strchr("~=#{}:\\n", text[i + 1])) {
            i++;
            out[len++] = text[i] == 'n' ? '\n' : text[i];
        } else {
            out[len++] = text[i];
        }
    }
    if (out)
        out[len] = '\0';
    return out;
}

/* GIFT's text formats: [html] and [moodle] are HTML, [plain] and [markdown] are shown as they
 * are (markdown's marks included). */
static char *clean(const char *text, size_t from, size_t end, bool html)
{
    char *raw = unescape(text, from, end);
    char *cleaned = raw ? moodle_clean_text(raw, html, NULL) : NULL;
    hc_free(raw);
    return cleaned;
}

static size_t skip_space(const char *text, size_t at, size_t end)
{
    while (at < end && strchr(" \t\r\n", text[at]))
        at++;
    return at;
}

/* {T}, {TRUE}, {F} or {FALSE}, each perhaps followed by feedback: a true/false question. */
static bool read_truefalse(Importer *im, ImportDraft *d, const char *text, size_t from, size_t end)
{
    size_t word_end = find_unescaped(text, from, end, "#");
    while (word_end > from && strchr(" \t\r\n", text[word_end - 1]))
        word_end--;
    size_t len = word_end - from;
    const char *word = text + from;
    bool is_true = (len == 1 && (word[0] == 'T' || word[0] == 't')) ||
                   (len == 4 && strncasecmp(word, "true", 4) == 0);
    bool is_false = (len == 1 && (word[0] == 'F' || word[0] == 'f')) ||
                    (len == 5 && strncasecmp(word, "false", 5) == 0);
    if (!is_true && !is_false)
        return false;
    import_add_answer(im, d, hc_strdup("True"));
    import_add_answer(im, d, hc_strdup("False"));
    d->correct_index = is_true ? 0 : 1;
    d->shuffle = false; /* "True" then "False" is the order everyone expects */
    return true;
}

/* =right ~wrong ~%50%half ..., each perhaps with #feedback, which the game does not show. */
static void read_choices(Importer *im, ImportDraft *d, const char *text, size_t from, size_t end,
                         bool html)
{
    int right = 0, answers = 0, marked_equal = 0;
    size_t at = skip_space(text, from, end);
    while (at < end && !d->reason && !im->out_of_memory) {
        char mark = text[at];
        if (mark != '=' && mark != '~') {
            import_leave_out(im, d, "inside { } every answer starts with = (right) or ~ (wrong)");
            return;
        }
        size_t start = at + 1, stop = start;
        while (stop < end && !((text[stop] == '=' || text[stop] == '~') && text[stop - 1] != '\\'))
            stop++;
        at = stop;
        int weight = mark == '=' ? 100 : 0;
        if (start < stop && text[start] == '%') {
            size_t close = find_unescaped(text, start + 1, stop, "%");
            weight = close < stop ? atoi(text + start + 1) : weight;
            start = close < stop ? close + 1 : start;
        }
        size_t answer_end = find_unescaped(text, start, stop, "#");
        if (find_unescaped(text, start, answer_end, "->") < answer_end) {
            import_leave_out(im, d,
                             "it is a \"matching\" question; only multiple choice with one "
                             "right answer and true/false can be used");
            return;
        }
        answers++;
        marked_equal += mark == '=';
        if (weight == 100 && right++ == 0)
            d->correct_index = d->choice_count;
        import_add_answer(im, d, clean(text, start, answer_end, html));
    }
    if (answers > 0 && marked_equal == answers)
        import_leave_out(im, d,
                         "it is a \"short answer\" question (every answer starts with =); "
                         "only multiple choice with one right answer and true/false can be "
                         "used");
    else if (right == 0)
        import_leave_out(im, d, "none of its answers is marked right with =");
    else if (right > 1)
        import_leave_out(im, d, "%d of its answers are right; exactly one can be right here",
                         right);
}

/* The general feedback, after "####" in the braces, becomes the explanation; in HTML, a last
 * paragraph "Source: ..." becomes the source (as bank_write_gift writes it). */
static void read_feedback(Importer *im, ImportDraft *d, const char *text, size_t general,
                          size_t close, bool html)
{
    if (general == close)
        return;
    char *feedback = unescape(text, general + 4, close);
    char *explanation = NULL, *source = NULL;
    if (feedback && html && import_split_feedback(feedback, &explanation, &source)) {
        d->explanation = explanation;
        d->source = source;
    } else if (feedback) {
        d->explanation = moodle_clean_text(feedback, false, NULL);
    }
    hc_free(feedback);
    im->out_of_memory = im->out_of_memory || !d->explanation;
}

/* What kind of question the answers make, and the answers themselves. */
static void read_answers(Importer *im, ImportDraft *d, const char *text, size_t open,
                         size_t general, bool html)
{
    size_t from = skip_space(text, open + 1, general);
    if (from == general)
        import_leave_out(im, d,
                         "it is an \"essay\" question (nothing between { and }); only "
                         "multiple choice with one right answer and true/false can be used");
    else if (text[from] == '#')
        import_leave_out(im, d,
                         "it is a \"numerical\" question ({#...}); only multiple choice "
                         "with one right answer and true/false can be used");
    else if (!read_truefalse(im, d, text, from, general))
        read_choices(im, d, text, from, general, html);
}

static void read_question(Importer *im, const Block *block)
{
    const char *text = block->text;
    size_t end = block->length, at = skip_space(text, 0, end);
    ImportDraft d;
    import_draft(im, &d, block->line);
    d.shuffle = true;
    if (strncmp(text + at, "::", 2) == 0) {
        size_t close = find_unescaped(text, at + 2, end, "::");
        d.name = clean(text, at + 2, close, false);
        at = skip_space(text, close < end ? close + 2 : end, end);
    }
    bool html = false;
    if (text[at] == '[') {
        size_t close = find_unescaped(text, at, end, "]");
        html = (strncmp(text + at, "[html]", 6) == 0 || strncmp(text + at, "[moodle]", 8) == 0);
        at = close < end ? close + 1 : at;
    }
    size_t open = find_unescaped(text, at, end, "{");
    size_t close = open < end ? find_unescaped(text, open, end, "}") : end;
    /* Text after the answers makes a "missing word" question: the answers fill the blank. */
    size_t after = close < end ? skip_space(text, close + 1, end) : end;
    char *before = clean(text, at, open, html);
    char *rest = after < end ? clean(text, after, end, html) : NULL;
    d.prompt = before && rest ? hc_strprintf("%s _____ %s", before, rest) : before;
    if (d.prompt != before)
        hc_free(before);
    hc_free(rest);
    if (!d.name && d.prompt)
        d.name = text_name_from(d.prompt);
    im->out_of_memory = im->out_of_memory || !d.prompt || !d.name;
    if (open == end)
        import_leave_out(im, &d,
                         "it has no answers in { }, so it is a description, not a "
                         "question");
    else if (close == end)
        import_leave_out(im, &d, "its answers are not closed with }");
    size_t general = close < end ? find_unescaped(text, open + 1, close, "####") : end;
    if (!d.reason)
        read_feedback(im, &d, text, general, close, html);
    import_check_texts(im, &d, "general feedback");
    if (!d.reason && !im->out_of_memory)
        read_answers(im, &d, text, open, general, html);
    import_end_draft(im, &d);
}

/* A block is a category when it starts with "$CATEGORY:"; its path names the bank. */
static void end_block(Importer *im, Block *block)
{
    if (block->length == 0)
        return;
    block->text[block->length] = '\0';
    if (strncmp(block->text, "$CATEGORY:", 10) == 0) {
        size_t line_end = strcspn(block->text, "\n");
        char *path = hc_strndup(block->text + 10, line_end - 10);
        char *plain = path ? moodle_plain_text(path) : NULL;
        if (plain)
            import_category(im, plain);
        im->out_of_memory = im->out_of_memory || !plain;
        hc_free(path);
        hc_free(plain);
        int line = block->line + 1;
        size_t rest = line_end < block->length ? line_end + 1 : block->length;
        memmove(block->text, block->text + rest, block->length - rest + 1);
        block->length -= rest;
        block->line = line;
        end_block(im, block);
        return;
    }
    read_question(im, block);
    block->length = 0;
}

static bool append_line(Block *block, const char *line, size_t length, int number)
{
    if (block->length == 0)
        block->line = number;
    if (block->length + length + 2 > block->capacity) {
        size_t capacity = (block->length + length + 2) * 2;
        char *bigger = hc_realloc(block->text, capacity);
        if (!bigger)
            return false;
        block->text = bigger;
        block->capacity = capacity;
    }
    memcpy(block->text + block->length, line, length);
    block->length += length;
    block->text[block->length++] = '\n';
    return true;
}

Bank *gift_import(const char *text, size_t size, const char *name, Diagnostics *diags)
{
    Importer im;
    import_start(&im, name, "GIFT", NULL, diags);
    LineReader lines = {text, size, 0, 0};
    Block block = {0};
    const char *line;
    size_t length;
    while (!im.out_of_memory && text_next_line(&lines, &line, &length)) {
        size_t indent = strspn(line, " \t");
        if (length >= indent + 2 && strncmp(line + indent, "//", 2) == 0)
            continue; /* a comment */
        if (text_line_blank(line, length))
            end_block(&im, &block);
        else if (!append_line(&block, line, length, lines.number))
            im.out_of_memory = true;
    }
    if (!im.out_of_memory)
        end_block(&im, &block);
    hc_free(block.text);
    return import_finish(&im, 1);
}
