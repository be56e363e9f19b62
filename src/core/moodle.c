/* Moodle XML import: turns a <quiz> document into a Bank, reporting every question left out. */
#include "moodle.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlstring.h>

#include "herocity/alloc.h"
#include "import.h"
#include "moodle_text.h"

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
static void leave_out_file(Importer *im, ImportDraft *d, const char *where, const xmlNode *file)
{
    xmlChar *name = xmlGetNoNsProp(file, BAD_CAST "name");
    import_leave_out(im, d, "%s embeds the file \"%s\"; pictures and attachments cannot be shown",
                     where, name ? (const char *)name : "");
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

static void read_multichoice(Importer *im, ImportDraft *d, const xmlNode *question, bool html)
{
    /* Moodle's importer defaults <single> to true and <shuffleanswers> to false. */
    if (!moodle_boolean(im, question, "single", true)) {
        import_leave_out(
            im, d,
            "it lets students choose several answers (<single>false</single>); only one "
            "answer can be right here");
        return;
    }
    d->shuffle = moodle_boolean(im, question, "shuffleanswers", false);
    int count = count_answers(question);
    if (count < BANK_MIN_CHOICES || count > BANK_MAX_CHOICES) {
        import_leave_out(im, d, "it has %d answer%s; a question needs %d to %d", count,
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
        char where[32];
        snprintf(where, sizeof where, "answer %d", n);
        if (answer.file)
            leave_out_file(im, d, where, answer.file);
        else if (answer.media)
            import_leave_out(im, d, "answer %d shows an image or media, which cannot be shown", n);
        import_add_answer(im, d, answer.text);
        if (is_full_marks(fraction_of(child)) && full++ == 0)
            d->correct_index = n - 1;
    }
    if (full == 0)
        import_leave_out(im, d, "none of its answers is worth 100%%, so none can be marked right");
    else if (full > 1)
        import_leave_out(im, d, "%d of its answers are worth 100%%; exactly one can be right here",
                         full);
}

static void read_truefalse(Importer *im, ImportDraft *d, const xmlNode *question)
{
    int count = count_answers(question);
    if (count != 2) {
        import_leave_out(im, d, "it has %d answer%s; a true/false question needs exactly 2", count,
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
        import_leave_out(im, d,
                         "neither true nor false is worth 100%%, so neither can be marked right");
    else if (correct_true > 0 && correct_false > 0)
        import_leave_out(im, d,
                         "both true and false are worth 100%%; exactly one can be right here");
    import_add_answer(im, d, hc_strdup("True"));
    import_add_answer(im, d, hc_strdup("False"));
    d->correct_index = correct_true > 0 ? 0 : 1;
    d->shuffle = false; /* "True" then "False" is the order everyone expects */
}

/* A general feedback in HTML may end with a paragraph "Source: ..." (bank_write_moodle writes the
 * source there): that becomes the source. False when memory runs out. */
static bool split_source(Importer *im, ImportDraft *d, const xmlNode *holder, bool default_html)
{
    const xmlNode *text_node = find_child(holder, "text");
    if (!text_node || !format_is_html(holder, default_html))
        return true;
    xmlChar *raw = xmlNodeGetContent(text_node);
    char *explanation = NULL, *source = NULL;
    bool ok = raw && import_split_feedback((const char *)raw, &explanation, &source);
    xmlFree(raw);
    if (ok && source[0]) {
        hc_free(d->explanation);
        d->explanation = explanation;
        d->source = source;
    } else {
        hc_free(explanation);
        hc_free(source);
    }
    im->out_of_memory = im->out_of_memory || !ok;
    return ok;
}

/* Text, general feedback and the answers; the first problem found becomes the reason. */
static void read_draft(Importer *im, ImportDraft *d, const xmlNode *question, const char *type)
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
    if (!split_source(im, d, find_child(question, "generalfeedback"), html))
        return;

    const char *label = moodle_type_label(type);
    if (strcmp(type, "multichoice") != 0 && strcmp(type, "truefalse") != 0)
        import_leave_out(im, d,
                         "it is %s \"%s\" question; only multichoice with one answer and truefalse "
                         "can be used",
                         label[0] && strchr("aeiou", label[0]) ? "an" : "a", label);
    else if (text.file)
        leave_out_file(im, d, "its text", text.file);
    else if (find_child(question, "image_base64") || find_child(question, "image"))
        import_leave_out(im, d, "its text has an <image>, which cannot be shown");
    else if (text.media)
        import_leave_out(im, d, "its text shows an image or media, which cannot be shown");
    import_check_texts(im, d, "general feedback");
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

/* Moodle's question tags: "difficulty-1" to "difficulty-3" give the difficulty (as
 * bank_write_moodle writes it); other tags say nothing here. */
static int difficulty_of(const xmlNode *question)
{
    int difficulty = BANK_DEFAULT_DIFFICULTY;
    const xmlNode *tags = find_child(question, "tags");
    for (const xmlNode *tag = tags ? tags->children : NULL; tag; tag = tag->next) {
        if (!is_element(tag, "tag"))
            continue;
        xmlChar *text = xmlNodeGetContent(find_child(tag, "text"));
        const char *word = text ? (const char *)text + strspn((const char *)text, " \t\r\n") : "";
        if (strncmp(word, "difficulty-", 11) == 0 && word[11] >= '1' && word[11] <= '3' &&
            strspn(word + 12, " \t\r\n") == strlen(word + 12))
            difficulty = word[11] - '0';
        xmlFree(text);
    }
    return difficulty;
}

/* The first category names the bank, and its information describes it. */
static void read_category(Importer *im, const xmlNode *question)
{
    if (im->title)
        return;
    char *path = plain_child(im, question, "category");
    if (path)
        import_category(im, path);
    hc_free(path);
    const xmlNode *info = find_child(question, "info");
    if (im->title && info && !im->description) {
        Field field;
        if (read_field(im, info, true, &field))
            im->description = field.text;
    }
}

static void read_question(Importer *im, const xmlNode *question)
{
    xmlChar *type = xmlGetNoNsProp(question, BAD_CAST "type");
    if (type && xmlStrEqual(type, BAD_CAST "category")) {
        xmlFree(type);
        read_category(im, question);
        return;
    }
    ImportDraft d;
    import_draft(im, &d, line_of(question));
    d.name = plain_child(im, find_child(question, "name"), "text");
    d.id = plain_child(im, question, "idnumber");
    d.difficulty = difficulty_of(question);
    if (d.name && (!type || !type[0]))
        import_leave_out(im, &d, "it has no type attribute");
    else if (d.name && d.id)
        read_draft(im, &d, question, (const char *)type);
    xmlFree(type);
    import_end_draft(im, &d);
}

/* The first category's ID number, which names the bank when it is a valid id. */
static char *category_id(Importer *im, const xmlNode *root)
{
    for (const xmlNode *node = root ? root->children : NULL; node; node = node->next) {
        xmlChar *type = is_element(node, "question") ? xmlGetNoNsProp(node, BAD_CAST "type") : NULL;
        bool category = type && xmlStrEqual(type, BAD_CAST "category");
        xmlFree(type);
        if (category)
            return plain_child(im, node, "idnumber");
    }
    return NULL;
}

Bank *moodle_import(xmlDocPtr doc, const char *name, Diagnostics *diags)
{
    const xmlNode *root = xmlDocGetRootElement(doc);
    Importer im = {.diags = diags};
    char *bank_id = category_id(&im, root);
    /* Question ids are made from the bank id as questions are read. */
    import_start(&im, name, "Moodle XML", bank_id, diags);
    hc_free(bank_id);
    xmlChar *language = root ? xmlGetNsProp(root, BAD_CAST "lang", XML_XML_NAMESPACE) : NULL;
    if (language && !im.out_of_memory) {
        im.language = hc_strdup((const char *)language);
        im.out_of_memory = !im.language;
    }
    xmlFree(language);
    for (const xmlNode *node = root ? root->children : NULL; node && !im.out_of_memory;
         node = node->next)
        if (is_element(node, "question"))
            read_question(&im, node);
    return import_finish(&im, line_of(root));
}
