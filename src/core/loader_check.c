/* Checks a schema-valid <bank> for what XSD cannot say, and copies it out of libxml2. */
#include "loader_internal.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlstring.h>

#include "herocity/alloc.h"
#include "text_space.h"

#if defined(__GNUC__)
#define PRINTF_LIKE(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define PRINTF_LIKE(fmt, args)
#endif

typedef struct {
    LoadState *state;
    size_t errors;
    bool out_of_memory;
} Checker;

/* One question as read from the document; strings are ours (hc_) until the bank copies them. */
typedef struct {
    xmlChar *id; /* libxml2's, freed with xmlFree */
    char *prompt;
    char *explanation;
    char *source;
    char *choices[BANK_MAX_CHOICES];
    int choice_count;
    int correct_count;
    int correct_index;
    int difficulty;
    bool shuffle;
    bool correct_unknown; /* a correct="..." that is neither true nor false */
    int second_correct_line;
    int second_correct_column;
    QuestionLines lines;
} Draft;

static SourcePos at_element(const Checker *c, const xmlNode *node)
{
    return loader_element_position(c->state, node);
}

static bool schema_found(const Checker *c, const void *node, FindingKind kind)
{
    return findings_has(c->state->findings, node, kind);
}

static void report(Checker *c, SourcePos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);

static void report(Checker *c, SourcePos pos, const char *fmt, ...)
{
    c->errors++;
    va_list args;
    va_start(args, fmt);
    int needed = vsnprintf(NULL, 0, fmt, args);
    va_end(args);
    char *message = needed >= 0 ? hc_malloc((size_t)needed + 1) : NULL;
    if (!message) {
        c->out_of_memory = true;
        return;
    }
    va_start(args, fmt);
    vsnprintf(message, (size_t)needed + 1, fmt, args);
    va_end(args);
    diags_add(c->state->diags, DIAG_ERROR, c->state->file, pos.line, pos.column, "%s", message);
    hc_free(message);
}

/* A question without an explanation or a source still plays, so it loads with a warning; the
 * author should still write them. Questions with an error get none: the error comes first. */
static void warn_if_missing(Checker *c, const Draft *d, const char *id, int question_line)
{
    static const struct {
        const char *element;
        const char *hint;
    } wanted[] = {
        {"explanation", "write why the answer is right, for players to read after answering"},
        {"source", "write where the facts come from, so players can check them"},
    };
    const char *texts[] = {d->explanation, d->source};
    int lines[] = {d->lines.explanation, d->lines.source};
    for (size_t i = 0; i < sizeof wanted / sizeof wanted[0]; i++) {
        if (texts[i] && texts[i][0] != '\0')
            continue;
        diags_add(c->state->diags, DIAG_WARNING, c->state->file,
                  texts[i] ? lines[i] : question_line, 0, "question '%s' has %s <%s>; %s", id,
                  texts[i] ? "an empty" : "no", wanted[i].element, wanted[i].hint);
    }
}

static bool is_element(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && node->ns == NULL &&
           xmlStrEqual(node->name, BAD_CAST name);
}

/* Authors indent and wrap text freely in XML, so the text shown is trimmed, with every run of
 * whitespace collapsed into one space. */
static char *normalized(const char *text)
{
    char *out = hc_strdup(text);
    if (out)
        text_collapse_space(out);
    return out;
}

/* The element's text, normalised and copied out of libxml2; NULL (and the flag) when memory
 * runs out. */
static char *text_of(Checker *c, const xmlNode *node)
{
    /* Most elements hold one text node: read it where it is, without libxml2's copy. */
    const xmlNode *only = node->children;
    bool single = only && !only->next && only->type == XML_TEXT_NODE && only->content;
    xmlChar *raw = single ? NULL : xmlNodeGetContent(node);
    const char *content = single ? (const char *)only->content : raw ? (const char *)raw : "";
    char *text = normalized(content);
    xmlFree(raw);
    if (!text)
        c->out_of_memory = true;
    return text;
}

/* xs:boolean, whose whitespace facet is "collapse". Returns false for anything else. */
static bool parse_boolean(const char *text, bool *value)
{
    size_t start = strspn(text, " \t\r\n");
    size_t len = strlen(text + start);
    while (len > 0 && text_is_space(text[start + len - 1]))
        len--;
    const char *word = text + start;
    if ((len == 4 && strncmp(word, "true", 4) == 0) || (len == 1 && word[0] == '1'))
        *value = true;
    else if ((len == 5 && strncmp(word, "false", 5) == 0) || (len == 1 && word[0] == '0'))
        *value = false;
    else
        return false;
    return true;
}

/* Reads a boolean attribute; a missing one takes the default, and so does a wrong one, which is
 * reported unless the schema did (and sets *wrong). */
static bool boolean_attribute(Checker *c, const xmlNode *node, const char *name, bool fallback,
                              bool *wrong)
{
    xmlAttr *attr = xmlHasNsProp(node, BAD_CAST name, NULL);
    xmlChar *raw = attr ? xmlNodeGetContent((xmlNode *)attr) : NULL;
    bool value = fallback;
    bool bad = raw && !parse_boolean((const char *)raw, &value);
    if (bad && !schema_found(c, attr, FINDING_VALUE))
        report(c, loader_attribute_position(c->state, attr), "%s=\"%s\" must be true or false",
               name, (const char *)raw);
    if (wrong)
        *wrong = *wrong || bad;
    xmlFree(raw);
    return value;
}

static int difficulty_attribute(Checker *c, const xmlNode *node)
{
    xmlAttr *attr = xmlHasNsProp(node, BAD_CAST "difficulty", NULL);
    xmlChar *raw = attr ? xmlNodeGetContent((xmlNode *)attr) : NULL;
    if (!raw)
        return BANK_DEFAULT_DIFFICULTY;
    char *end = NULL;
    long value = strtol((const char *)raw, &end, 10);
    while (end && text_is_space(*end))
        end++;
    if (end == (char *)raw || !end || *end != '\0' || value < BANK_MIN_DIFFICULTY ||
        value > BANK_MAX_DIFFICULTY) {
        if (!schema_found(c, attr, FINDING_VALUE))
            report(c, loader_attribute_position(c->state, attr),
                   "difficulty=\"%s\" must be 1, 2 or 3", (const char *)raw);
        value = BANK_DEFAULT_DIFFICULTY;
    }
    xmlFree(raw);
    return (int)value;
}

static void free_draft(Draft *d)
{
    xmlFree(d->id);
    hc_free(d->prompt);
    hc_free(d->explanation);
    hc_free(d->source);
    for (int i = 0; i < d->choice_count; i++)
        hc_free(d->choices[i]);
}

static void read_choice(Checker *c, Draft *d, const xmlNode *question, const xmlNode *node,
                        const char *id)
{
    if (d->choice_count == BANK_MAX_CHOICES) {
        if (!schema_found(c, question, FINDING_CHILDREN))
            report(c, at_element(c, node), "question '%s' has more than %d choices", id,
                   BANK_MAX_CHOICES);
        return;
    }
    char *text = text_of(c, node);
    if (!text)
        return;
    d->lines.choices[d->choice_count] = loader_line_of(node);
    d->choices[d->choice_count++] = text;
    if (text[0] == '\0' && !schema_found(c, node, FINDING_VALUE))
        report(c, at_element(c, node),
               "question '%s' has an empty choice; write its text or remove it", id);
    for (int i = 0; text[0] != '\0' && i < d->choice_count - 1; i++)
        if (strcmp(d->choices[i], text) == 0) {
            report(c, at_element(c, node),
                   "question '%s' has the choice '%s' twice; every choice must differ", id, text);
            break;
        }
    bool wrong = false;
    for (const xmlAttr *attr = node->properties; attr; attr = attr->next)
        wrong = wrong || schema_found(c, attr, FINDING_ATTRIBUTE); /* corect="true" */
    if (boolean_attribute(c, node, "correct", false, &wrong)) {
        if (++d->correct_count == 1) {
            d->correct_index = d->choice_count - 1;
        } else if (d->correct_count == 2) {
            SourcePos pos =
                loader_attribute_position(c->state, xmlHasNsProp(node, BAD_CAST "correct", NULL));
            d->second_correct_line = pos.line;
            d->second_correct_column = pos.column;
        }
    }
    d->correct_unknown = d->correct_unknown || wrong;
}

static void read_prompt(Checker *c, Draft *d, const xmlNode *node, const char *id)
{
    hc_free(d->prompt);
    d->prompt = text_of(c, node);
    d->lines.prompt = loader_line_of(node);
    if (d->prompt && d->prompt[0] == '\0' && !schema_found(c, node, FINDING_VALUE))
        report(c, at_element(c, node), "question '%s' has an empty prompt; write the question", id);
}

/* What the question as a whole lacks. When the schema found its children out of order or
 * missing, they cannot be counted, and it has said what is wrong with them. */
static void check_counts(Checker *c, const Draft *d, const xmlNode *node, const char *id)
{
    bool countable = !schema_found(c, node, FINDING_CHILDREN);
    if (!d->prompt && countable)
        report(c, at_element(c, node), "question '%s' has no <prompt>", id);
    if (d->choice_count < BANK_MIN_CHOICES && countable)
        report(c, at_element(c, node), "question '%s' has %d choice(s); a question needs %d to %d",
               id, d->choice_count, BANK_MIN_CHOICES, BANK_MAX_CHOICES);
    /* A choice marked with a wrong value may be the one meant to be correct. */
    if (d->correct_count == 0 && countable && !d->correct_unknown)
        report(c, at_element(c, node),
               "question '%s' has no correct answer: mark one <choice> with correct=\"true\"", id);
    else if (d->correct_count > 1)
        report(c, (SourcePos){d->second_correct_line, d->second_correct_column},
               "question '%s' has %d correct answers; exactly one must be correct", id,
               d->correct_count);
}

/* Reads and checks one <question>; adds it to the bank when it has no problem. */
static void read_question(Checker *c, Bank *bank, const xmlNode *node)
{
    size_t errors_before = c->errors;
    Draft d = {0};
    d.id = xmlGetNoNsProp(node, BAD_CAST "id");
    const char *id = d.id ? (const char *)d.id : "";
    d.difficulty = difficulty_attribute(c, node);
    d.shuffle = boolean_attribute(c, node, "shuffle", true, NULL);

    /* bank-1.xsd's xs:unique reports this first; checked here too so the rule does not depend
     * on the schema. */
    const Question *earlier = bank_find_question(bank, id);
    if (earlier && !schema_found(c, node, FINDING_DUPLICATE_ID))
        report(c, loader_attribute_position(c->state, xmlHasNsProp(node, BAD_CAST "id", NULL)),
               "question id '%s' is already used on line %d", id, earlier->line);

    for (const xmlNode *child = node->children; child && !c->out_of_memory; child = child->next) {
        if (is_element(child, "prompt")) {
            read_prompt(c, &d, child, id);
        } else if (is_element(child, "choice")) {
            read_choice(c, &d, node, child, id);
        } else if (is_element(child, "explanation")) {
            hc_free(d.explanation);
            d.explanation = text_of(c, child);
            d.lines.explanation = loader_line_of(child);
        } else if (is_element(child, "source")) {
            hc_free(d.source);
            d.source = text_of(c, child);
            d.lines.source = loader_line_of(child);
        }
    }
    if (c->out_of_memory)
        goto done;
    check_counts(c, &d, node, id);
    /* The schema may have reported a question whose counts the checks could not judge; it is
     * never added, so the bank's invariants hold whatever was reported. */
    if (c->errors != errors_before || c->out_of_memory ||
        schema_found(c, node, FINDING_IN_QUESTION) || !d.prompt ||
        d.choice_count < BANK_MIN_CHOICES || d.correct_count != 1)
        goto done;
    warn_if_missing(c, &d, id, loader_line_of(node));

    QuestionSpec spec = {
        .id = id,
        .prompt = d.prompt,
        .explanation = d.explanation,
        .source = d.source,
        .difficulty = d.difficulty,
        .shuffle = d.shuffle,
        .choice_count = d.choice_count,
        .correct_index = d.correct_index,
        .line = loader_line_of(node),
        .lines = d.lines,
    };
    for (int i = 0; i < d.choice_count; i++)
        spec.choices[i] = d.choices[i];
    if (!bank_add_question(bank, &spec))
        c->out_of_memory = true;
done:
    free_draft(&d);
}

static const xmlNode *find_child(const xmlNode *parent, const char *name)
{
    for (const xmlNode *child = parent->children; child; child = child->next)
        if (is_element(child, name))
            return child;
    return NULL;
}

/* Title, description, id and language: the bank's own information. */
static bool read_info(Checker *c, Bank *bank, const xmlNode *root)
{
    const xmlNode *title_node = find_child(root, "title");
    const xmlNode *description_node = find_child(root, "description");
    xmlChar *id = xmlGetNoNsProp(root, BAD_CAST "id");
    xmlChar *lang = xmlGetNsProp(root, BAD_CAST "lang", XML_XML_NAMESPACE);
    char *title = title_node ? text_of(c, title_node) : NULL;
    char *description = description_node ? text_of(c, description_node) : NULL;
    bool ok = !c->out_of_memory;

    if (ok && !title_node && !schema_found(c, root, FINDING_CHILDREN))
        report(c, at_element(c, root), "the bank has no <title>");
    else if (ok && title_node && title[0] == '\0' && !schema_found(c, title_node, FINDING_VALUE))
        report(c, at_element(c, title_node), "the bank's <title> is empty; give the bank a name");
    if (ok && !id && !schema_found(c, root, FINDING_MISSING_ATTRIBUTE))
        report(c, at_element(c, root), "the <bank> has no id attribute");
    else if (ok && id && bank_id_is_reserved((const char *)id))
        report(c, loader_attribute_position(c->state, xmlHasNsProp(root, BAD_CAST "id", NULL)),
               "the bank id '%s' is kept for the game's own use; choose another id", id);
    if (ok && !bank_set_info(bank, id ? (const char *)id : "", title ? title : "", description,
                             lang ? (const char *)lang : ""))
        c->out_of_memory = true;

    hc_free(title);
    hc_free(description);
    xmlFree(id);
    xmlFree(lang);
    return !c->out_of_memory;
}

Bank *loader_check_bank(LoadState *state, xmlDocPtr doc)
{
    Checker c = {state, 0, false};
    const xmlNode *root = xmlDocGetRootElement(doc);
    if (!root)
        return NULL; /* the loader only calls with a <bank> root */
    Bank *bank = bank_new(state->file);
    if (!bank) {
        c.out_of_memory = true;
        goto fail;
    }
    if (!read_info(&c, bank, root))
        goto fail;
    c.errors += loader_read_place(root, bank, state->file, state->diags);
    size_t questions = 0;
    for (const xmlNode *node = root->children; node && !c.out_of_memory; node = node->next) {
        if (is_element(node, "question")) {
            read_question(&c, bank, node);
            questions++;
        }
    }
    if (!c.out_of_memory && questions == 0 && !schema_found(&c, root, FINDING_CHILDREN))
        report(&c, at_element(&c, root), "the bank has no questions");
    if (c.out_of_memory || c.errors > 0)
        goto fail;
    return bank;

fail:
    if (c.out_of_memory)
        diags_add(state->diags, DIAG_ERROR, state->file, 0, 0,
                  "ran out of memory while reading the bank");
    bank_free(bank);
    return NULL;
}
