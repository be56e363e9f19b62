/* libxml2's schema errors on a bank, told in the bank format's words. Each message is made from
 * the error's code, its node and str1 (the attribute's name or value, as data), and from the
 * format itself (loader_format.c); never from libxml2's English sentence. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "herocity/alloc.h"
#include "herocity/bank.h"
#include "herocity/limits.h"
#include "loader_internal.h"
#include "moodle_text.h"
#include "text_space.h"

#if defined(__GNUC__)
#define PRINTF_LIKE(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define PRINTF_LIKE(fmt, args)
#endif

static bool is_named(const xmlNode *node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns == NULL &&
           xmlStrEqual(node->name, BAD_CAST name);
}

static const xmlNode *enclosing_question(const xmlNode *node)
{
    for (; node && node->type == XML_ELEMENT_NODE; node = node->parent)
        if (is_named(node, "question") && is_named(node->parent, "bank"))
            return node;
    return NULL;
}

/* Records the finding on `target` and reports it, unless that node already has one of `kind`. */
static void problem(LoadState *state, const void *target, const xmlNode *element, FindingKind kind,
                    SourcePos pos, const char *fmt, ...) PRINTF_LIKE(6, 7);

static void problem(LoadState *state, const void *target, const xmlNode *element, FindingKind kind,
                    SourcePos pos, const char *fmt, ...)
{
    if (!findings_add(state->findings, target, kind))
        return;
    findings_add(state->findings, enclosing_question(element), FINDING_IN_QUESTION);
    va_list args;
    va_start(args, fmt);
    char message[1024];
    vsnprintf(message, sizeof message, fmt, args);
    va_end(args);
    diags_add(state->diags, DIAG_ERROR, state->file, pos.line, pos.column, "%s", message);
}

/* "<a> or <b>". */
static void join_expected(const ContentFit *fit, char *out, size_t size)
{
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < fit->expected_count && len < size; i++)
        len += (size_t)snprintf(out + len, size - len, "%s<%s>", i ? " or " : "", fit->expected[i]);
}

/* Why a <choice> is out of place: written after <explanation> or <source>, or one too many. */
static const char *choice_hint(const xmlNode *node)
{
    int choices = 0;
    bool seen_node = false;
    for (const xmlNode *n = node->parent->children; n; n = n->next) {
        seen_node = seen_node || n == node;
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is_named(n, "choice"))
            choices++;
        else if (!seen_node && (is_named(n, "explanation") || is_named(n, "source")))
            return " (choices come before <explanation> and <source>)";
    }
    return choices > BANK_MAX_CHOICES ? " (a question has at most 6 choices)" : "";
}

static void content_problem(LoadState *state, const xmlNode *element, const xmlError *err)
{
    ContentFit fit;
    char expected[160], hint[80] = "";
    if (element->parent && loader_content_fit(element->parent, &fit) &&
        fit.out_of_place == element) {
        findings_add(state->findings, element->parent, FINDING_CHILDREN);
        join_expected(&fit, expected, sizeof expected);
        if (is_named(element, "choice"))
            snprintf(hint, sizeof hint, "%s", choice_hint(element));
        else if (is_named(element, "question") && fit.expected_count == 0)
            snprintf(hint, sizeof hint, " (a bank holds at most %d questions)",
                     LIMIT_QUESTIONS_PER_BANK);
        problem(state, element, element, FINDING_CONTENT, loader_element_position(state, element),
                "<%s> is not expected here%s%s%s", (const char *)element->name,
                fit.expected_count ? "; expected " : "", expected, hint);
        return;
    }
    findings_add(state->findings, element, FINDING_CHILDREN);
    if (loader_content_fit(element, &fit) && fit.incomplete) {
        join_expected(&fit, expected, sizeof expected);
        bool choices = strstr(expected, "<choice>") != NULL;
        problem(state, element, element, FINDING_CONTENT, loader_element_position(state, element),
                "<%s> is incomplete: expected %s%s", (const char *)element->name, expected,
                choices ? " (a question needs 2 to 6 choices)" : "");
        return;
    }
    char *words = loader_own_words(err);
    problem(state, element, element, FINDING_CONTENT, loader_element_position(state, element), "%s",
            words ? words : "an element is out of place");
    hc_free(words);
}

/* The attribute's name as libxml2 writes it in str1: "{namespace}name", or just "name". */
static bool has_name(const xmlAttr *attr, const char *written)
{
    if (!attr->ns)
        return xmlStrEqual(attr->name, BAD_CAST written);
    size_t href = strlen((const char *)attr->ns->href);
    return written[0] == '{' && strncmp(written + 1, (const char *)attr->ns->href, href) == 0 &&
           written[href + 1] == '}' && xmlStrEqual(attr->name, BAD_CAST(written + href + 2));
}

static const char *display_name(const xmlAttr *attr)
{
    return attr->ns && attr->ns->prefix && xmlStrEqual(attr->ns->prefix, BAD_CAST "xml")
               ? "xml:lang"
               : (const char *)attr->name;
}

static void unknown_attribute(LoadState *state, const xmlNode *element, const xmlError *err)
{
    const xmlAttr *attr = element->properties;
    while (attr && !(err->str1 && has_name(attr, err->str1)))
        attr = attr->next;
    const char *name = attr ? (const char *)attr->name : err->str1 ? err->str1 : "?";
    problem(state, attr ? (const void *)attr : element, element, FINDING_ATTRIBUTE,
            attr ? loader_attribute_position(state, attr) : loader_element_position(state, element),
            "<%s> has an attribute %s that banks do not use%s", (const char *)element->name, name,
            strcmp(name, "lang") == 0 ? " (write xml:lang)" : "");
}

/* Whether the attribute's value is `value`, leading and trailing spaces aside (libxml2 reports
 * some values with their whitespace collapsed). */
static bool has_value(const xmlAttr *attr, const char *value)
{
    xmlChar *own = xmlNodeGetContent((const xmlNode *)attr);
    char *mine = own ? hc_strdup((const char *)own) : NULL;
    char *theirs = hc_strdup(value);
    bool same = false;
    if (mine && theirs) {
        text_collapse_space(mine);
        text_collapse_space(theirs);
        same = strcmp(mine, theirs) == 0;
    }
    xmlFree(own);
    hc_free(mine);
    hc_free(theirs);
    return same;
}

static void attribute_value_problem(LoadState *state, const xmlNode *element, const xmlError *err)
{
    /* The first attribute with the value the error names, not reported yet; when all are, this
     * is the same problem said again. */
    const xmlAttr *attr = element->properties;
    bool matched = false;
    for (; attr; attr = attr->next) {
        if (!has_value(attr, err->str1))
            continue;
        matched = true;
        if (!findings_has(state->findings, attr, FINDING_VALUE))
            break;
    }
    if (!attr) {
        if (!matched)
            problem(state, element, element, FINDING_VALUE, loader_element_position(state, element),
                    "<%s> has an attribute value banks do not allow: '%s'",
                    (const char *)element->name, err->str1);
        return;
    }
    const char *name = display_name(attr), *tag = (const char *)element->name;
    SourcePos pos = loader_attribute_position(state, attr);
    if (strcmp(name, "id") == 0 && moodle_utf8_length(err->str1) > LIMIT_ID_CHARS)
        problem(state, attr, element, FINDING_VALUE, pos,
                "<%s> attribute id is too long: an id has at most %d characters", tag,
                LIMIT_ID_CHARS);
    else if (strcmp(name, "id") == 0)
        problem(state, attr, element, FINDING_VALUE, pos,
                "<%s> attribute id: '%s' is not a valid id; use lowercase letters, digits and "
                "single hyphens, like 'kyiv-metro'",
                tag, err->str1);
    else if (strcmp(name, "difficulty") == 0)
        problem(state, attr, element, FINDING_VALUE, pos,
                "<%s> attribute difficulty must be 1, "
                "2 or 3",
                tag);
    else if (strcmp(name, "correct") == 0 || strcmp(name, "shuffle") == 0)
        problem(state, attr, element, FINDING_VALUE, pos, "<%s> attribute %s must be true or false",
                tag, name);
    else if (strcmp(name, "version") == 0)
        problem(state, attr, element, FINDING_VALUE, pos, "<%s> attribute version must be \"1\"",
                tag);
    else if (strcmp(name, "xml:lang") == 0)
        problem(state, attr, element, FINDING_VALUE, pos,
                "<%s> attribute xml:lang must be a language code such as en, ru or uk", tag);
    else
        problem(state, attr, element, FINDING_VALUE, pos,
                "<%s> attribute %s: '%s' is not a value banks allow", tag, name, err->str1);
}

/* The longest text each element may hold, as bank-1.xsd's maxLength facets say. */
static int length_limit(const xmlNode *element)
{
    static const struct {
        const char *name;
        int limit;
    } limits[] = {
        {"title", LIMIT_TITLE_CHARS},
        {"description", LIMIT_DESCRIPTION_CHARS},
        {"prompt", LIMIT_PROMPT_CHARS},
        {"choice", LIMIT_CHOICE_CHARS},
        {"explanation", LIMIT_EXPLANATION_CHARS},
        {"source", LIMIT_SOURCE_CHARS},
    };
    for (size_t i = 0; i < sizeof limits / sizeof limits[0]; i++)
        if (is_named(element, limits[i].name))
            return limits[i].limit;
    return 0;
}

static void text_value_problem(LoadState *state, const xmlNode *element)
{
    xmlChar *text = xmlNodeGetContent(element);
    size_t length = text ? moodle_utf8_length((const char *)text) : 0;
    xmlFree(text);
    int limit = length_limit(element);
    const char *tag = (const char *)element->name;
    SourcePos pos = loader_element_position(state, element);
    if (length == 0)
        problem(state, element, element, FINDING_VALUE, pos, "<%s> is empty", tag);
    else if (limit > 0 && length > (size_t)limit)
        problem(state, element, element, FINDING_VALUE, pos,
                "<%s> is too long: %zu characters, at most %d are allowed", tag, length, limit);
    else
        problem(state, element, element, FINDING_VALUE, pos, "<%s> has text banks do not allow",
                tag);
}

static const xmlNode *first_child_element(const xmlNode *element)
{
    for (const xmlNode *child = element->children; child; child = child->next)
        if (child->type == XML_ELEMENT_NODE)
            return child;
    return element;
}

static void duplicate_id(LoadState *state, const xmlNode *question)
{
    xmlAttr *attr = xmlHasNsProp(question, BAD_CAST "id", NULL);
    /* libxml2 also raises this code for an id it found invalid, or missing, just before: that is
     * the same mistake, reported already. */
    if (!attr || findings_has(state->findings, attr, FINDING_VALUE))
        return;
    xmlChar *id = attr ? xmlNodeGetContent((xmlNode *)attr) : NULL;
    problem(state, question, question, FINDING_DUPLICATE_ID,
            attr ? loader_attribute_position(state, attr)
                 : loader_element_position(state, question),
            "question id '%s' is used more than once in this bank", id ? (const char *)id : "");
    xmlFree(id);
}

void loader_report_schema_error(LoadState *state, const xmlError *err)
{
    const xmlNode *element = err->node;
    if (element && element->type == XML_ATTRIBUTE_NODE)
        element = element->parent;
    if (!element || element->type != XML_ELEMENT_NODE) {
        char *words = loader_own_words(err);
        diags_add(state->diags, DIAG_ERROR, state->file, err->line, 0, "%s",
                  words ? words : "the bank does not follow the bank format");
        hc_free(words);
        return;
    }
    switch (err->code) {
    case XML_SCHEMAV_ELEMENT_CONTENT: content_problem(state, element, err); return;
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2: unknown_attribute(state, element, err); return;
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_4:
        /* Each missing attribute is reported once by libxml2, so none is dropped as a repeat. */
        findings_add(state->findings, element, FINDING_MISSING_ATTRIBUTE);
        findings_add(state->findings, enclosing_question(element), FINDING_IN_QUESTION);
        diags_add(state->diags, DIAG_ERROR, state->file,
                  loader_element_position(state, element).line,
                  loader_element_position(state, element).column, "<%s> needs an %s attribute",
                  (const char *)element->name, err->str1 ? err->str1 : "");
        return;
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3:
        problem(state, element, element, FINDING_TEXT, loader_text_position(state, element),
                "<%s> cannot hold text directly; text goes inside an element such as <prompt> or "
                "<choice>",
                (const char *)element->name);
        return;
    case XML_SCHEMAV_CVC_TYPE_3_1_2:
        problem(state, element, element, FINDING_TEXT,
                loader_element_position(state, first_child_element(element)),
                "<%s> holds plain text only; remove the tags inside it",
                (const char *)element->name);
        return;
    case XML_SCHEMAV_CVC_IDC: duplicate_id(state, element); return;
    case XML_SCHEMAV_CVC_LENGTH_VALID:
    case XML_SCHEMAV_CVC_MINLENGTH_VALID:
    case XML_SCHEMAV_CVC_MAXLENGTH_VALID:
        /* An attribute's length error names its value, length and limit; an element's, two. */
        if (err->str3 && err->str1)
            attribute_value_problem(state, element, err);
        else
            text_value_problem(state, element);
        return;
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_1:
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_2:
    case XML_SCHEMAV_CVC_DATATYPE_VALID_1_2_3:
    case XML_SCHEMAV_CVC_FACET_VALID:
    case XML_SCHEMAV_CVC_PATTERN_VALID:
    case XML_SCHEMAV_CVC_ENUMERATION_VALID:
    case XML_SCHEMAV_CVC_MININCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_MINEXCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_MAXEXCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_TOTALDIGITS_VALID:
    case XML_SCHEMAV_CVC_FRACTIONDIGITS_VALID:
    case XML_SCHEMAV_CVC_ATTRIBUTE_3:
    case XML_SCHEMAV_CVC_AU:
        /* An attribute's value error names the value; an element's names none. */
        if (err->str1)
            attribute_value_problem(state, element, err);
        else
            text_value_problem(state, element);
        return;
    default: break;
    }
    char *words = loader_own_words(err);
    problem(state, element, element, FINDING_CONTENT, loader_element_position(state, element), "%s",
            words ? words : "the bank does not follow the bank format");
    hc_free(words);
}
