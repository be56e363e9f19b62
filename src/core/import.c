/* What the importers share: drafts, their limits, ids from names, the bank's own information. */
#include "import.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "herocity/alloc.h"
#include "herocity/limits.h"
#include "moodle_text.h"

enum { MAX_BANK_ID = 32 }; /* a made bank id leaves room for the question part of each id */

bool import_is_id(const char *text)
{
    size_t len = text ? strlen(text) : 0;
    if (len == 0 || len > LIMIT_ID_CHARS || text[0] == '-' || text[len - 1] == '-')
        return false;
    for (size_t i = 0; i < len; i++) {
        char ch = text[i];
        bool word = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
        if (!word && !(ch == '-' && text[i + 1] != '-'))
            return false;
    }
    return true;
}

bool import_start(Importer *im, const char *file, const char *format, const char *wanted_id,
                  Diagnostics *diags)
{
    *im = (Importer){.file = file, .format = format, .diags = diags};
    im->bank = bank_new(file);
    if (import_is_id(wanted_id)) {
        im->bank_id = hc_strdup(wanted_id);
    } else {
        char *base = moodle_file_base(file ? file : "");
        char *slug = base ? moodle_slug(base, MAX_BANK_ID) : NULL;
        im->bank_id = slug && slug[0] == '\0' ? hc_strdup("imported") : slug;
        if (im->bank_id != slug)
            hc_free(slug);
        hc_free(base);
    }
    /* The id is the file's or the quiz's, not the author's own choice as a native bank's is: a
     * reserved one is made free (native banks with it are refused), and the author told. */
    if (im->bank_id && bank_id_is_reserved(im->bank_id)) {
        char *free_id = hc_strprintf("%s-bank", im->bank_id);
        if (free_id)
            diags_add(diags, DIAG_WARNING, file, 0, 0,
                      "the bank id '%s' is kept for the game's own use; this bank's id is '%s'",
                      im->bank_id, free_id);
        hc_free(im->bank_id);
        im->bank_id = free_id;
    }
    im->out_of_memory = !im->bank || !im->bank_id;
    return !im->out_of_memory;
}

void import_draft(Importer *im, ImportDraft *d, int line)
{
    *d = (ImportDraft){.difficulty = BANK_DEFAULT_DIFFICULTY, .line = line};
    im->questions++;
}

void import_leave_out(Importer *im, ImportDraft *d, const char *fmt, ...)
{
    if (d->reason || im->out_of_memory)
        return;
    va_list args;
    va_start(args, fmt);
    int needed = vsnprintf(NULL, 0, fmt, args);
    va_end(args);
    d->reason = needed >= 0 ? hc_malloc((size_t)needed + 1) : NULL;
    if (!d->reason) {
        im->out_of_memory = true;
        return;
    }
    va_start(args, fmt);
    vsnprintf(d->reason, (size_t)needed + 1, fmt, args);
    va_end(args);
}

/* The first character in text that no bank can carry, as a code point, or 0: XML 1.0 has no
 * way to write a control character other than tab and line ends (not even as a reference), nor
 * U+FFFE and U+FFFF. Text reaching here is valid UTF-8. */
static unsigned long uncarried_character(const char *text)
{
    for (const unsigned char *p = (const unsigned char *)(text ? text : ""); *p; p++) {
        if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
            return *p;
        if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
            return p[2] == 0xBE ? 0xFFFEul : 0xFFFFul;
    }
    return 0;
}

/* The same characters in a title or description, made spaces and U+FFFD (the same length). */
static void replace_uncarried(char *text)
{
    for (unsigned char *p = (unsigned char *)(text ? text : ""); *p; p++) {
        if (*p < 0x20)
            *p = ' ';
        else if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
            p[2] = 0xBD;
    }
}

static bool is_blank(const char *text) { return text[strspn(text, " \t\r\n")] == '\0'; }

/* xs:language, the schema's type for xml:lang: letters, then hyphenated letters and digits. */
static bool is_language_tag(const char *tag)
{
    size_t part = 0;
    bool first = true;
    for (const char *p = tag; *p; p++) {
        if (*p == '-' && part > 0) {
            part = 0;
            first = false;
        } else if ((isalpha((unsigned char)*p) || (!first && isdigit((unsigned char)*p))) &&
                   (unsigned char)*p < 0x80 && part < 8) {
            part++;
        } else {
            return false;
        }
    }
    return part > 0;
}

void import_check_texts(Importer *im, ImportDraft *d, const char *explanation_from)
{
    size_t prompt = moodle_utf8_length(d->prompt ? d->prompt : "");
    size_t explanation = moodle_utf8_length(d->explanation ? d->explanation : "");
    size_t source = moodle_utf8_length(d->source ? d->source : "");
    if (prompt == 0)
        import_leave_out(im, d, "its question text is empty");
    else if (prompt > LIMIT_PROMPT_CHARS)
        import_leave_out(im, d, "its text is %zu characters long; a question can have at most %d",
                         prompt, LIMIT_PROMPT_CHARS);
    else if (explanation > LIMIT_EXPLANATION_CHARS)
        import_leave_out(im, d, "its %s is %zu characters long; an explanation can have at most %d",
                         explanation_from, explanation, LIMIT_EXPLANATION_CHARS);
    else if (source > LIMIT_SOURCE_CHARS)
        import_leave_out(im, d, "its source is %zu characters long; a source can have at most %d",
                         source, LIMIT_SOURCE_CHARS);
    else if (uncarried_character(d->prompt) || uncarried_character(d->explanation) ||
             uncarried_character(d->source))
        import_leave_out(im, d, "its text holds the character U+%04lX, which a bank cannot carry",
                         uncarried_character(d->prompt)        ? uncarried_character(d->prompt)
                         : uncarried_character(d->explanation) ? uncarried_character(d->explanation)
                                                               : uncarried_character(d->source));
    else if (bank_question_count(im->bank) >= LIMIT_QUESTIONS_PER_BANK)
        import_leave_out(im, d, "a bank holds at most %d questions", LIMIT_QUESTIONS_PER_BANK);
}

void import_add_answer(Importer *im, ImportDraft *d, char *text)
{
    if (!text) {
        im->out_of_memory = true;
        return;
    }
    if (d->choice_count == BANK_MAX_CHOICES) {
        hc_free(text);
        import_leave_out(im, d, "it has more than %d answers", BANK_MAX_CHOICES);
        return;
    }
    int n = d->choice_count + 1;
    d->choices[d->choice_count++] = text;
    size_t length = moodle_utf8_length(text);
    if (length == 0)
        import_leave_out(im, d, "answer %d has no text", n);
    else if (length > LIMIT_CHOICE_CHARS)
        import_leave_out(im, d, "answer %d is %zu characters long; an answer can have at most %d",
                         n, length, LIMIT_CHOICE_CHARS);
    else if (uncarried_character(text))
        import_leave_out(im, d, "answer %d holds the character U+%04lX, which a bank cannot carry",
                         n, uncarried_character(text));
    for (int i = 0; length > 0 && i < d->choice_count - 1; i++)
        if (strcmp(d->choices[i], text) == 0)
            import_leave_out(im, d, "it has the answer \"%s\" twice; every answer must differ",
                             text);
}

/* A unique id: bank id + the name's slug (q-N when the name has no ASCII), then -2, -3... */
static char *make_id(Importer *im, const char *name)
{
    char *slug = moodle_slug(name, LIMIT_ID_CHARS - strlen(im->bank_id) - 1);
    char *base = !slug     ? NULL
                 : slug[0] ? hc_strprintf("%s-%s", im->bank_id, slug)
                           : hc_strprintf("%s-q-%d", im->bank_id, im->questions);
    hc_free(slug);
    char *id = NULL;
    /* The bank holds at most LIMIT_QUESTIONS_PER_BANK ids: a free suffix is found quickly. */
    for (int n = 1; base && !id && n <= LIMIT_QUESTIONS_PER_BANK + 1; n++) {
        char suffix[16] = "";
        if (n > 1)
            snprintf(suffix, sizeof suffix, "-%d", n);
        size_t keep = strlen(base);
        if (keep + strlen(suffix) > LIMIT_ID_CHARS)
            keep = LIMIT_ID_CHARS - strlen(suffix);
        while (keep > 0 && base[keep - 1] == '-')
            keep--;
        id = hc_strprintf("%.*s%s", (int)keep, base, suffix);
        if (id && bank_find_question(im->bank, id)) {
            hc_free(id);
            id = NULL;
        } else if (!id) {
            break;
        }
    }
    hc_free(base);
    im->out_of_memory = im->out_of_memory || !id;
    return id;
}

static void free_draft(ImportDraft *d)
{
    hc_free(d->name);
    hc_free(d->id);
    hc_free(d->reason);
    hc_free(d->prompt);
    hc_free(d->explanation);
    hc_free(d->source);
    for (int i = 0; i < d->choice_count; i++)
        hc_free(d->choices[i]);
}

static void add_to_bank(Importer *im, ImportDraft *d)
{
    /* An id the file gives is kept when it is valid and free: converting a bank to Moodle XML
     * and back then changes none. */
    bool given = import_is_id(d->id) && !bank_find_question(im->bank, d->id);
    char *id = given ? hc_strdup(d->id) : make_id(im, d->name ? d->name : "");
    if (!id) {
        im->out_of_memory = true;
        return;
    }
    QuestionSpec spec = {
        .id = id,
        .prompt = d->prompt,
        .explanation = d->explanation,
        .source = d->source,
        .difficulty = d->difficulty,
        .shuffle = d->shuffle,
        .choice_count = d->choice_count,
        .correct_index = d->correct_index,
        .line = d->line,
    };
    for (int i = 0; i < d->choice_count; i++)
        spec.choices[i] = d->choices[i];
    im->out_of_memory = !bank_add_question(im->bank, &spec);
    hc_free(id);
}

void import_end_draft(Importer *im, ImportDraft *d)
{
    if (im->out_of_memory) {
        free_draft(d);
        return;
    }
    if (!d->reason && d->choice_count < BANK_MIN_CHOICES)
        import_leave_out(im, d, "it has %d answer%s; a question needs %d to %d", d->choice_count,
                         d->choice_count == 1 ? "" : "s", BANK_MIN_CHOICES, BANK_MAX_CHOICES);
    if (d->reason) {
        im->left_out++;
        if (d->name && d->name[0])
            diags_add(im->diags, DIAG_WARNING, im->file, d->line, 0,
                      "question \"%s\" was left out: %s", d->name, d->reason);
        else
            diags_add(im->diags, DIAG_WARNING, im->file, d->line, 0,
                      "question %d (no name) was left out: %s", im->questions, d->reason);
    } else {
        add_to_bank(im, d);
    }
    free_draft(d);
}

void import_category(Importer *im, const char *path)
{
    if (im->title || im->out_of_memory)
        return;
    char *title = moodle_category_title(path ? path : "");
    im->out_of_memory = !title;
    if (title && title[0] == '\0')
        hc_free(title);
    else
        im->title = title;
}

/* The title falls back to the file's name, and is cut to the schema's limit. */
static bool set_info(Importer *im)
{
    char *base = im->title ? NULL : moodle_file_base(im->file ? im->file : "");
    if (!im->title)
        im->title = base ? moodle_plain_text(base) : NULL;
    hc_free(base);
    char *description = im->description ? hc_strdup(im->description) : NULL;
    if (im->language && !is_language_tag(im->language)) {
        diags_add(im->diags, DIAG_WARNING, im->file, 0, 0,
                  "the quiz's language '%s' is not a language code such as en, ru or uk; the "
                  "bank is left without one",
                  im->language);
        hc_free(im->language);
        im->language = NULL;
    }
    /* A title and a description are one line of text each: what no bank can carry becomes a
     * space. Cut to their limits, one left blank (a category of control characters, cut to its
     * blank start: fuzz/regressions/gift/blank-*) falls back. */
    replace_uncarried(im->title);
    replace_uncarried(description);
    if (im->title && moodle_utf8_length(im->title) > LIMIT_TITLE_CHARS) {
        moodle_utf8_truncate(im->title, LIMIT_TITLE_CHARS);
        if (!is_blank(im->title))
            diags_add(im->diags, DIAG_WARNING, im->file, 0, 0,
                      "the bank's title was cut to %d characters: \"%s\"", LIMIT_TITLE_CHARS,
                      im->title);
    }
    if (description && moodle_utf8_length(description) > LIMIT_DESCRIPTION_CHARS)
        moodle_utf8_truncate(description, LIMIT_DESCRIPTION_CHARS);
    if (im->title && is_blank(im->title)) {
        hc_free(im->title);
        im->title = hc_strprintf("%s quiz", im->format);
    }
    if (!description || is_blank(description)) {
        hc_free(description);
        description = hc_strprintf("Imported from %s", im->format);
    }
    bool ok = im->title && description;
    ok = ok && bank_set_info(im->bank, im->bank_id, im->title, description,
                             im->language ? im->language : "");
    hc_free(description);
    return ok;
}

Bank *import_finish(Importer *im, int line)
{
    if (!im->out_of_memory)
        im->out_of_memory = !set_info(im);
    if (!im->out_of_memory)
        bank_set_left_out_count(im->bank, im->left_out);
    bool usable = !im->out_of_memory && bank_question_count(im->bank) > 0;
    if (im->out_of_memory)
        diags_add(im->diags, DIAG_ERROR, im->file, 0, 0,
                  "ran out of memory while reading the %s file", im->format);
    else if (im->questions == 0)
        diags_add(im->diags, DIAG_ERROR, im->file, line, 0, "this %s file has no questions",
                  im->format);
    else if (!usable)
        diags_add(im->diags, DIAG_ERROR, im->file, line, 0,
                  "none of the %d question%s in this %s file can be used; the warnings above say "
                  "why",
                  im->questions, im->questions == 1 ? "" : "s", im->format);
    hc_free(im->bank_id);
    hc_free(im->title);
    hc_free(im->description);
    hc_free(im->language);
    Bank *bank = usable ? im->bank : NULL;
    if (!usable)
        bank_free(im->bank);
    *im = (Importer){0};
    return bank;
}

/* Where the last "<p ...>" paragraph of html starts, when it starts with "Source:" and nothing
 * but its "</p>" and spaces follows it; NULL otherwise. *text gets where its text starts. */
static const char *source_paragraph(const char *html, const char **text, size_t *text_len)
{
    const char *last = NULL;
    for (const char *p = html; (p = strstr(p, "<p")) != NULL; p++)
        if (p[2] == '>' || p[2] == ' ')
            last = p;
    const char *open_end = last ? strchr(last, '>') : NULL;
    if (!open_end)
        return NULL;
    const char *start = open_end + 1;
    start += strspn(start, " \t\r\n");
    const char *close = strstr(start, "</p>");
    if (strncasecmp(start, "Source:", 7) != 0 || !close || close[4 + strspn(close + 4, " \t\r\n")])
        return NULL;
    *text = start + 7;
    *text_len = (size_t)(close - *text);
    return last;
}

bool import_split_feedback(const char *html, char **explanation, char **source)
{
    const char *text = NULL;
    size_t text_len = 0;
    const char *paragraph = source_paragraph(html, &text, &text_len);
    char *before = hc_strndup(html, paragraph ? (size_t)(paragraph - html) : strlen(html));
    char *inside = hc_strndup(paragraph ? text : "", text_len);
    *explanation = before ? moodle_clean_text(before, true, NULL) : NULL;
    *source = inside ? moodle_clean_text(inside, true, NULL) : NULL;
    hc_free(before);
    hc_free(inside);
    if (*explanation && *source)
        return true;
    hc_free(*explanation);
    hc_free(*source);
    *explanation = *source = NULL;
    return false;
}
