/* Aiken, Moodle's plainest text format: a question on a line, its answers on lines of their own
 * ("A. Paris" or "A) Paris"), then "ANSWER: A". Blank lines between questions are optional. A
 * question broken on some line is left out, named, and reading goes on with the next one. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "herocity/alloc.h"
#include "import.h"
#include "moodle_text.h"
#include "text_import.h"

typedef struct {
    Importer *im;
    ImportDraft draft;
    bool open;        /* a question has begun */
    bool broken;      /* it was left out; the rest of its lines are skipped */
    char next_letter; /* the letter the next answer must have */
    char *text;       /* the question's text so far */
} AikenReader;

static char *copy_line(const char *line, size_t length)
{
    char *raw = hc_strndup(line, length);
    char *text = raw ? moodle_plain_text(raw) : NULL;
    hc_free(raw);
    return text;
}

/* "A. text" or "A) text": the letter, and where the text starts; 0 when not an answer line. */
static char answer_letter(const char *line, size_t length, size_t *text_at)
{
    size_t at = strspn(line, " \t");
    if (at + 2 > length || !isupper((unsigned char)line[at]) ||
        (line[at + 1] != '.' && line[at + 1] != ')') ||
        (at + 2 < length && line[at + 2] != ' ' && line[at + 2] != '\t'))
        return 0;
    *text_at = at + 2;
    return line[at];
}

/* "ANSWER: B": the letter, '?' when the line says ANSWER but no letter; 0 when not that line. */
static char answer_line(const char *line, size_t length)
{
    size_t at = strspn(line, " \t");
    if (length < at + 7 || strncasecmp(line + at, "ANSWER", 6) != 0)
        return 0;
    at += 6;
    while (at < length && (line[at] == ' ' || line[at] == '\t'))
        at++;
    if (at >= length || line[at] != ':')
        return 0;
    at++;
    while (at < length && (line[at] == ' ' || line[at] == '\t'))
        at++;
    if (at >= length)
        return '?';
    bool alone = text_line_blank(line + at + 1, length - at - 1);
    return isupper((unsigned char)line[at]) && alone ? line[at] : '?';
}

static void begin(AikenReader *r, const char *line, size_t length, int number)
{
    import_draft(r->im, &r->draft, number);
    r->draft.shuffle = true;
    r->open = true;
    r->broken = false;
    r->next_letter = 'A';
    r->text = copy_line(line, length);
    r->im->out_of_memory = r->im->out_of_memory || !r->text;
}

/* Ends the question: added, or left out with `reason` (NULL: complete). */
static void finish(AikenReader *r, const char *reason)
{
    if (!r->open)
        return;
    ImportDraft *d = &r->draft;
    if (!d->prompt) {
        d->prompt = r->text;
        r->text = NULL;
    }
    if (!d->name && d->prompt)
        d->name = text_name_from(d->prompt);
    if (reason)
        import_leave_out(r->im, d, "%s", reason);
    import_check_texts(r->im, d, "explanation");
    import_end_draft(r->im, d);
    hc_free(r->text);
    r->text = NULL;
    r->open = false;
}

static void read_answer_line(AikenReader *r, char letter)
{
    ImportDraft *d = &r->draft;
    char reason[96];
    if (letter == '?') {
        finish(r, "its ANSWER: line names no letter");
    } else if (letter - 'A' >= d->choice_count) {
        snprintf(reason, sizeof reason, "its ANSWER is %c, but its answers go from A to %c", letter,
                 d->choice_count > 0 ? 'A' + d->choice_count - 1 : 'A');
        finish(r, reason);
    } else {
        d->correct_index = letter - 'A';
        finish(r, NULL);
    }
}

static void read_line(AikenReader *r, const char *line, size_t length, int number)
{
    size_t text_at = 0;
    char letter = answer_letter(line, length, &text_at);
    char answer = answer_line(line, length);
    if (!r->open) {
        if (!text_line_blank(line, length))
            begin(r, line, length, number);
        return;
    }
    ImportDraft *d = &r->draft;
    if (r->broken) {
        /* Skip to where the next question can start. */
        if (answer || text_line_blank(line, length))
            r->open = false;
        return;
    }
    char reason[128];
    if (answer) {
        read_answer_line(r, answer);
    } else if (letter && letter == r->next_letter) {
        if (!d->prompt) {
            d->prompt = r->text;
            r->text = NULL;
        }
        import_add_answer(r->im, d, copy_line(line + text_at, length - text_at));
        r->next_letter++;
    } else if (letter) {
        snprintf(reason, sizeof reason,
                 "line %d is answer %c, but answer %c was expected (the "
                 "letters go A, B, C... in order)",
                 number, letter, r->next_letter);
        finish(r, reason);
        r->open = r->broken = true;
    } else if (text_line_blank(line, length)) {
        if (d->choice_count > 0 || d->prompt) {
            finish(r, "it has no ANSWER: line after its answers");
        }
    } else if (!d->prompt) {
        /* Moodle wants the question on one line; a longer one is joined with spaces. */
        char *more = copy_line(line, length);
        char *joined = more && r->text ? hc_strprintf("%s %s", r->text, more) : NULL;
        hc_free(more);
        hc_free(r->text);
        r->text = joined;
        r->im->out_of_memory = r->im->out_of_memory || !joined;
    } else {
        snprintf(reason, sizeof reason,
                 "line %d is neither an answer (\"A. ...\") nor the "
                 "ANSWER: line",
                 number);
        finish(r, reason);
        r->open = r->broken = true;
    }
}

Bank *aiken_import(const char *text, size_t size, const char *name, Diagnostics *diags)
{
    Importer im;
    import_start(&im, name, "Aiken", NULL, diags);
    AikenReader reader = {.im = &im};
    LineReader lines = {text, size, 0, 0};
    const char *line;
    size_t length;
    while (!im.out_of_memory && text_next_line(&lines, &line, &length))
        read_line(&reader, line, length, lines.number);
    if (reader.open && !reader.broken)
        finish(&reader, "the file ends before its ANSWER: line");
    hc_free(reader.text);
    return import_finish(&im, 1);
}
