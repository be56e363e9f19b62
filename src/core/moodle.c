/* Moodle XML import: turns a <quiz> document into a Bank, reporting every question left out. */
#include "moodle.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlstring.h>

#include "herocity/alloc.h"
#include "herocity/limits.h"
#include "moodle_text.h"

#if defined(__GNUC__)
#define PRINTF_LIKE(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define PRINTF_LIKE(fmt, args)
#endif

/* bank-1.xsd's limits (limits.h). A question over a limit is left out rather than cut, so no
 * text is silently changed. */
enum {
    MAX_PROMPT = LIMIT_PROMPT_CHARS,
    MAX_CHOICE = LIMIT_CHOICE_CHARS,
    MAX_EXPLANATION = LIMIT_EXPLANATION_CHARS,
    MAX_TITLE = LIMIT_TITLE_CHARS,
    MAX_QUESTIONS = LIMIT_QUESTIONS_PER_BANK,
    MAX_ID = LIMIT_ID_CHARS,
    MAX_BANK_ID = 32, /* leaves room for the question part of each id */
};

typedef struct {
    const char *file;
    Diagnostics *diags;
    Bank *bank;
    char *bank_id;
    char *title; /* the first category's last part, or NULL */
    int questions;
    size_t left_out;
    bool out_of_memory;
} Importer;

/* One question as read; every string is ours (hc_). */
typedef struct {
    char *name;
    char *reason; /* why it is left out; NULL while usable */
    char *prompt;
    char *explanation;
    char *choices[BANK_MAX_CHOICES];
    int choice_count;
    int correct_index;
    bool shuffle;
    int line;
} Draft;

/* One text-bearing element (<questiontext>, <answer>, <generalfeedback>), cleaned. */
typedef struct {
    char *text;
    bool media;
    const xmlNode *file; /* the first embedded <file> (base64 picture or attachment) */
} Field;

static int line_of(const xmlNode *node)
{
    long line = node ? xmlGetLineNo(node) : 0;
    return line > 0 && line <= INT_MAX ? (int)line : 0;
}

static bool is_element(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && node->ns == NULL &&
           xmlStrEqual(node->name, BAD_CAST name);
}

static const xmlNode *find_child(const xmlNode *parent, const char *name)
{
    for (const xmlNode *child = parent ? parent->children : NULL; child; child = child->next)
        if (is_element(child, name))
            return child;
    return NULL;
}

/* Marks the draft unusable with the first reason found; later reasons add nothing. */
static void leave_out(Importer *im, Draft *d, const char *fmt, ...) PRINTF_LIKE(3, 4);

static void leave_out(Importer *im, Draft *d, const char *fmt, ...)
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

/* The child's content as plain text ("" when absent); NULL only when memory ran out. */
static char *plain_child(Importer *im, const xmlNode *parent, const char *name)
{
    const xmlNode *child = find_child(parent, name);
    xmlChar *raw = child ? xmlNodeGetContent(child) : NULL;
    char *text = moodle_plain_text(raw ? (const char *)raw : "");
    xmlFree(raw);
    im->out_of_memory = im->out_of_memory || !text;
    return text;
}

/* Moodle's boolean elements (<single>, <shuffleanswers>): "false", "0" and "" are false. */
static bool moodle_boolean(Importer *im, const xmlNode *question, const char *name, bool fallback)
{
    if (!find_child(question, name))
        return fallback;
    char *text = plain_child(im, question, name);
    bool value = text && strcmp(text, "false") != 0 && strcmp(text, "0") != 0 && text[0] != '\0';
    hc_free(text);
    return value;
}

/* Moodle treats every text format but plain_text and markdown as HTML. */
static bool format_is_html(const xmlNode *holder, bool fallback)
{
    xmlChar *format = holder ? xmlGetNoNsProp(holder, BAD_CAST "format") : NULL;
    bool html = format ? !xmlStrEqual(format, BAD_CAST "plain_text") &&
                             !xmlStrEqual(format, BAD_CAST "markdown")
                       : fallback;
    xmlFree(format);
    return html;
}

/* Reads holder's <text> in holder's format (default_html when it names none). */
static bool read_field(Importer *im, const xmlNode *holder, bool default_html, Field *out)
{
    *out = (Field){0};
    const xmlNode *text_node = find_child(holder, "text");
    xmlChar *raw = text_node ? xmlNodeGetContent(text_node) : NULL;
    TextFindings findings;
    out->text = moodle_clean_text(raw ? (const char *)raw : "",
                                  format_is_html(holder, default_html), &findings);
    xmlFree(raw);
    out->media = findings.media;
    out->file = find_child(holder, "file");
    im->out_of_memory = im->out_of_memory || !out->text;
    return out->text != NULL;
}

/* Leaves the draft out for an embedded <file>, named so the teacher can find it. */
static void leave_out_file(Importer *im, Draft *d, const char *where, const xmlNode *file)
{
    xmlChar *name = xmlGetNoNsProp(file, BAD_CAST "name");
    leave_out(im, d, "%s embeds the file \"%s\"; pictures and attachments cannot be shown", where,
              name ? (const char *)name : "");
    xmlFree(name);
}

/* An answer's fraction attribute as a percentage; Moodle reads a missing one as 0. */
static double fraction_of(const xmlNode *answer)
{
    xmlChar *raw = xmlGetNoNsProp(answer, BAD_CAST "fraction");
    double value = raw ? strtod((const char *)raw, NULL) : 0.0;
    xmlFree(raw);
    return value;
}

static bool is_full_marks(double fraction) { return fraction > 99.9999 && fraction < 100.0001; }

static int count_answers(const xmlNode *question)
{
    int count = 0;
    for (const xmlNode *child = question->children; child; child = child->next)
        count += is_element(child, "answer");
    return count;
}

static void read_multichoice(Importer *im, Draft *d, const xmlNode *question, bool html)
{
    /* Moodle's importer defaults <single> to true and <shuffleanswers> to false. */
    if (!moodle_boolean(im, question, "single", true)) {
        leave_out(im, d,
                  "it lets students choose several answers (<single>false</single>); only one "
                  "answer can be right here");
        return;
    }
    d->shuffle = moodle_boolean(im, question, "shuffleanswers", false);
    int count = count_answers(question);
    if (count < BANK_MIN_CHOICES || count > BANK_MAX_CHOICES) {
        leave_out(im, d, "it has %d answer%s; a question needs %d to %d", count,
                  count == 1 ? "" : "s", BANK_MIN_CHOICES, BANK_MAX_CHOICES);
        return;
    }
    int full = 0;
    for (const xmlNode *child = question->children; child && !im->out_of_memory;
         child = child->next) {
        if (!is_element(child, "answer"))
            continue;
        Field answer;
        if (!read_field(im, child, html, &answer))
            return;
        int n = d->choice_count + 1;
        d->choices[d->choice_count++] = answer.text;
        char where[32];
        snprintf(where, sizeof where, "answer %d", n);
        if (answer.file)
            leave_out_file(im, d, where, answer.file);
        else if (answer.media)
            leave_out(im, d, "answer %d shows an image or media, which cannot be shown", n);
        else if (answer.text[0] == '\0')
            leave_out(im, d, "answer %d has no text", n);
        else if (moodle_utf8_length(answer.text) > MAX_CHOICE)
            leave_out(im, d, "answer %d is %zu characters long; an answer can have at most %d", n,
                      moodle_utf8_length(answer.text), MAX_CHOICE);
        for (int i = 0; i < d->choice_count - 1; i++)
            if (strcmp(d->choices[i], answer.text) == 0 && answer.text[0] != '\0')
                leave_out(im, d, "it has the answer \"%s\" twice; every answer must differ",
                          answer.text);
        if (is_full_marks(fraction_of(child)) && full++ == 0)
            d->correct_index = n - 1;
    }
    if (full == 0)
        leave_out(im, d, "none of its answers is worth 100%%, so none can be marked right");
    else if (full > 1)
        leave_out(im, d, "%d of its answers are worth 100%%; exactly one can be right here", full);
}

static void read_truefalse(Importer *im, Draft *d, const xmlNode *question)
{
    int count = count_answers(question);
    if (count != 2) {
        leave_out(im, d, "it has %d answer%s; a true/false question needs exactly 2", count,
                  count == 1 ? "" : "s");
        return;
    }
    /* Like Moodle: match the answers by their text, and read old files whose texts are
     * translated ("верно") as true first, then false. */
    int position = 0, correct_true = 0, correct_false = 0;
    for (const xmlNode *child = question->children; child && !im->out_of_memory;
         child = child->next) {
        if (!is_element(child, "answer"))
            continue;
        char *text = plain_child(im, child, "text");
        if (!text)
            return;
        bool is_true = strcmp(text, "true") == 0 || (strcmp(text, "false") != 0 && position == 0);
        hc_free(text);
        position++;
        if (is_full_marks(fraction_of(child)))
            *(is_true ? &correct_true : &correct_false) += 1;
    }
    if (correct_true + correct_false == 0)
        leave_out(im, d, "neither true nor false is worth 100%%, so neither can be marked right");
    else if (correct_true > 0 && correct_false > 0)
        leave_out(im, d, "both true and false are worth 100%%; exactly one can be right here");
    const char *labels[2] = {"True", "False"};
    for (int i = 0; i < 2 && !im->out_of_memory; i++) {
        d->choices[i] = hc_strdup(labels[i]);
        im->out_of_memory = !d->choices[i];
        d->choice_count += d->choices[i] != NULL;
    }
    d->correct_index = correct_true > 0 ? 0 : 1;
    d->shuffle = false; /* "True" then "False" is the order everyone expects */
}

/* Text, general feedback and the answers; the first problem found becomes the reason. */
static void read_draft(Importer *im, Draft *d, const xmlNode *question, const char *type)
{
    const xmlNode *text_holder = find_child(question, "questiontext");
    bool html = format_is_html(text_holder, true);
    Field text, feedback;
    if (!read_field(im, text_holder, true, &text))
        return;
    d->prompt = text.text;
    if (!read_field(im, find_child(question, "generalfeedback"), html, &feedback))
        return;
    d->explanation = feedback.text;

    const char *label = moodle_type_label(type);
    if (strcmp(type, "multichoice") != 0 && strcmp(type, "truefalse") != 0)
        leave_out(im, d,
                  "it is %s \"%s\" question; only multichoice with one answer and truefalse "
                  "can be used",
                  label[0] && strchr("aeiou", label[0]) ? "an" : "a", label);
    else if (text.file)
        leave_out_file(im, d, "its text", text.file);
    else if (find_child(question, "image_base64") || find_child(question, "image"))
        leave_out(im, d, "its text has an <image>, which cannot be shown");
    else if (text.media)
        leave_out(im, d, "its text shows an image or media, which cannot be shown");
    else if (d->prompt[0] == '\0')
        leave_out(im, d, "its question text is empty");
    else if (moodle_utf8_length(d->prompt) > MAX_PROMPT)
        leave_out(im, d, "its text is %zu characters long; a question can have at most %d",
                  moodle_utf8_length(d->prompt), MAX_PROMPT);
    else if (moodle_utf8_length(d->explanation) > MAX_EXPLANATION)
        leave_out(im, d,
                  "its general feedback is %zu characters long; an explanation can have at "
                  "most %d",
                  moodle_utf8_length(d->explanation), MAX_EXPLANATION);
    else if (bank_question_count(im->bank) >= MAX_QUESTIONS)
        leave_out(im, d, "a bank holds at most %d questions", MAX_QUESTIONS);
    if (d->reason || im->out_of_memory)
        return;
    if (strcmp(type, "truefalse") == 0)
        read_truefalse(im, d, question);
    else
        read_multichoice(im, d, question, html);
    if (!d->reason && !im->out_of_memory && (feedback.file || feedback.media))
        diags_add(im->diags, DIAG_WARNING, im->file, d->line, 0,
                  "question \"%s\": the picture in its general feedback cannot be shown; "
                  "only the feedback's text is kept",
                  d->name);
}

/* A unique id: bank id + the name's slug (q-N when the name has no ASCII), then -2, -3... */
static char *make_id(Importer *im, const char *name)
{
    char *slug = moodle_slug(name, MAX_ID - strlen(im->bank_id) - 1);
    char *base = !slug     ? NULL
                 : slug[0] ? hc_strprintf("%s-%s", im->bank_id, slug)
                           : hc_strprintf("%s-q-%d", im->bank_id, im->questions);
    hc_free(slug);
    char *id = NULL;
    /* The bank holds at most MAX_QUESTIONS ids, so a free suffix is found quickly. */
    for (int n = 1; base && !id && n <= MAX_QUESTIONS + 1; n++) {
        char suffix[16] = "";
        if (n > 1)
            snprintf(suffix, sizeof suffix, "-%d", n);
        size_t keep = strlen(base);
        if (keep + strlen(suffix) > MAX_ID)
            keep = MAX_ID - strlen(suffix);
        while (keep > 0 && base[keep - 1] == '-')
            keep--;
        id = hc_strprintf("%.*s%s", (int)keep, base, suffix);
        if (!id)
            break;
        if (bank_find_question(im->bank, id)) {
            hc_free(id);
            id = NULL;
        }
    }
    hc_free(base);
    im->out_of_memory = im->out_of_memory || !id;
    return id;
}

static void free_draft(Draft *d)
{
    hc_free(d->name);
    hc_free(d->reason);
    hc_free(d->prompt);
    hc_free(d->explanation);
    for (int i = 0; i < d->choice_count; i++)
        hc_free(d->choices[i]);
}

/* The first category names the bank (see moodle_category_title). */
static void read_category(Importer *im, const xmlNode *question)
{
    if (im->title)
        return;
    char *path = plain_child(im, question, "category");
    char *title = path ? moodle_category_title(path) : NULL;
    hc_free(path);
    im->out_of_memory = im->out_of_memory || !title;
    if (title && title[0] == '\0')
        hc_free(title);
    else
        im->title = title;
}

static void read_question(Importer *im, const xmlNode *question)
{
    xmlChar *type = xmlGetNoNsProp(question, BAD_CAST "type");
    if (type && xmlStrEqual(type, BAD_CAST "category")) {
        xmlFree(type);
        read_category(im, question);
        return;
    }
    im->questions++;
    Draft d = {0};
    d.line = line_of(question);
    d.name = plain_child(im, find_child(question, "name"), "text");
    if (d.name && (!type || !type[0]))
        leave_out(im, &d, "it has no type attribute");
    else if (d.name)
        read_draft(im, &d, question, (const char *)type);
    xmlFree(type);
    if (im->out_of_memory)
        goto done;
    if (d.reason) {
        im->left_out++;
        if (d.name[0])
            diags_add(im->diags, DIAG_WARNING, im->file, d.line, 0,
                      "question \"%s\" was left out: %s", d.name, d.reason);
        else
            diags_add(im->diags, DIAG_WARNING, im->file, d.line, 0,
                      "question %d (no name) was left out: %s", im->questions, d.reason);
        goto done;
    }
    char *id = make_id(im, d.name);
    if (!id)
        goto done;
    QuestionSpec spec = {
        .id = id,
        .prompt = d.prompt,
        .explanation = d.explanation,
        .difficulty = BANK_DEFAULT_DIFFICULTY,
        .shuffle = d.shuffle,
        .choice_count = d.choice_count,
        .correct_index = d.correct_index,
        .line = d.line,
    };
    for (int i = 0; i < d.choice_count; i++)
        spec.choices[i] = d.choices[i];
    im->out_of_memory = !bank_add_question(im->bank, &spec);
    hc_free(id);
done:
    free_draft(&d);
}

/* The bank id is the slug of the file's name: "Hero Cities.xml" -> "hero-cities". */
static bool make_bank_id(Importer *im, const char *base)
{
    char *slug = moodle_slug(base, MAX_BANK_ID);
    im->bank_id = slug && slug[0] == '\0' ? hc_strdup("moodle") : slug;
    if (im->bank_id != slug)
        hc_free(slug);
    return im->bank_id != NULL;
}

/* The title falls back to the file's name, and is cut to the schema's limit. */
static bool set_info(Importer *im, const char *base)
{
    if (!im->title)
        im->title = moodle_plain_text(base);
    if (im->title && im->title[0] == '\0') {
        hc_free(im->title);
        im->title = hc_strdup("Moodle quiz");
    }
    if (!im->title)
        return false;
    if (moodle_utf8_length(im->title) > MAX_TITLE) {
        moodle_utf8_truncate(im->title, MAX_TITLE);
        diags_add(im->diags, DIAG_WARNING, im->file, 0, 0,
                  "the bank's title was cut to %d characters: \"%s\"", MAX_TITLE, im->title);
    }
    return bank_set_info(im->bank, im->bank_id, im->title, "Imported from Moodle XML", "");
}

Bank *moodle_import(xmlDocPtr doc, const char *name, Diagnostics *diags)
{
    const xmlNode *root = xmlDocGetRootElement(doc);
    Importer im = {.file = name, .diags = diags};
    char *base = moodle_file_base(name ? name : "");
    im.bank = base ? bank_new(name) : NULL;
    /* Question ids are made from the bank id as questions are read. */
    im.out_of_memory = !im.bank || !make_bank_id(&im, base);
    for (const xmlNode *node = root ? root->children : NULL; node && !im.out_of_memory;
         node = node->next)
        if (is_element(node, "question"))
            read_question(&im, node);
    if (!im.out_of_memory)
        im.out_of_memory = !set_info(&im, base);
    if (!im.out_of_memory)
        bank_set_left_out_count(im.bank, im.left_out);
    bool usable = !im.out_of_memory && bank_question_count(im.bank) > 0;
    if (im.out_of_memory)
        diags_add(diags, DIAG_ERROR, name, 0, 0, "ran out of memory while reading the Moodle file");
    else if (im.questions == 0)
        diags_add(diags, DIAG_ERROR, name, line_of(root), 0,
                  "this Moodle XML file has no questions");
    else if (!usable)
        diags_add(diags, DIAG_ERROR, name, line_of(root), 0,
                  "none of the %d question%s in this Moodle XML file can be used; the warnings "
                  "above say why",
                  im.questions, im.questions == 1 ? "" : "s");
    hc_free(base);
    hc_free(im.bank_id);
    hc_free(im.title);
    if (!usable) {
        bank_free(im.bank);
        return NULL;
    }
    return im.bank;
}
