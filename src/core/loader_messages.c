/* libxml2's error messages reworded for bank authors: what is wrong and how to fix it. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "herocity/alloc.h"
#include "loader_internal.h"

static bool starts_with(const char *text, const char *prefix)
{
    return strncmp(text, prefix, strlen(prefix)) == 0;
}

/* "Expected is ( a, b )" -> "<a> or <b>"; NULL when the list is not a plain list of names. */
static char *element_list(const char *list)
{
    /* Start at "Expected": the "(s)" in "element(s)" is not the list. */
    const char *expected = strstr(list, "Expected");
    const char *open = expected ? strchr(expected, '(') : NULL;
    const char *close = open ? strchr(open, ')') : NULL;
    if (!close || strcspn(open, "{#*") < (size_t)(close - open))
        return NULL;
    char *out = hc_malloc(4 * (size_t)(close - open) + 8);
    if (!out)
        return NULL;
    size_t len = 0;
    const char *p = open + 1;
    while (p < close) {
        p += strspn(p, " ,");
        size_t word = strcspn(p, " ,)");
        if (word == 0)
            break;
        if (len > 0) {
            memcpy(out + len, " or ", 4);
            len += 4;
        }
        out[len++] = '<';
        memcpy(out + len, p, word);
        len += word;
        out[len++] = '>';
        p += word;
    }
    out[len] = '\0';
    return out;
}

/* Why a <choice> is out of place: written after <explanation> or <source>, or one too many. */
static const char *choice_hint(const xmlNode *node)
{
    if (!node || node->type != XML_ELEMENT_NODE || !node->parent)
        return "";
    int choices = 0;
    bool seen_node = false;
    for (const xmlNode *n = node->parent->children; n; n = n->next) {
        seen_node = seen_node || n == node;
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrEqual(n->name, BAD_CAST "choice"))
            choices++;
        else if (!seen_node && (xmlStrEqual(n->name, BAD_CAST "explanation") ||
                                xmlStrEqual(n->name, BAD_CAST "source")))
            return " (choices come before <explanation> and <source>)";
    }
    return choices > 6 ? " (a question has at most 6 choices)" : "";
}

/* libxml2's schema messages, said the way an author thinks of the file. Returns a new string;
 * NULL when memory runs out. Unknown messages keep their words, with "Element 'x'" as <x>. */
static char *schema_message(const xmlError *err, const char *raw)
{
    char element[80] = "", attribute[80] = "", where[200];
    const char *rest = raw;
    if (starts_with(rest, "Element '")) {
        rest += strlen("Element '");
        size_t len = strcspn(rest, "'");
        snprintf(element, sizeof element, "%.*s", (int)len, rest);
        rest += len + (rest[len] ? 1 : 0);
        if (starts_with(rest, ", attribute '")) {
            rest += strlen(", attribute '");
            len = strcspn(rest, "'");
            snprintf(attribute, sizeof attribute, "%.*s", (int)len, rest);
            rest += len + (rest[len] ? 1 : 0);
        }
        if (starts_with(rest, ": "))
            rest += 2;
    }
    if (starts_with(rest, "[facet '")) {
        const char *end = strstr(rest, "] ");
        rest = end ? end + 2 : rest;
    }
    if (strcmp(attribute, "{http://www.w3.org/XML/1998/namespace}lang") == 0)
        return hc_strprintf("<%s> attribute xml:lang must be a language code such as en, ru "
                            "or uk",
                            element);
    if (attribute[0])
        snprintf(where, sizeof where, "<%s> attribute %s", element, attribute);
    else
        snprintf(where, sizeof where, "<%s>", element[0] ? element : "bank");

    int have = 0, limit = 0;
    char value[80];
    if (starts_with(rest, "Missing child element(s).")) {
        char *expected = element_list(rest);
        char *text =
            hc_strprintf("%s is incomplete: expected %s%s", where, expected ? expected : "more",
                         strstr(rest, "( choice )") ? " (a question needs 2 to 6 choices)" : "");
        hc_free(expected);
        return text;
    }
    if (starts_with(rest, "This element is not expected.")) {
        char *expected = element_list(rest);
        const char *hint = strcmp(element, "choice") == 0 ? choice_hint(err->node) : "";
        char *text = hc_strprintf("%s is not expected here%s%s%s", where,
                                  expected ? "; expected " : "", expected ? expected : "", hint);
        hc_free(expected);
        return text;
    }
    if (element[0] == '{' || starts_with(rest, "No matching global declaration"))
        return hc_strdup("<bank> must not have a namespace: remove its xmlns=\"...\"");
    /* sscanf counts conversions only, so literal text after the last one is checked apart. */
    const char *fixed = strstr(rest, "does not match the fixed value constraint '");
    if (fixed && sscanf(fixed + strlen("does not match the fixed value constraint '"), "%79[^']",
                        value) == 1)
        return hc_strprintf("%s must be \"%s\"", where, value);
    if (starts_with(rest, "The attribute '") && strstr(rest, "is not allowed"))
        return hc_strprintf("<%s> has an attribute %s that banks do not use%s", element, attribute,
                            strcmp(attribute, "lang") == 0 ? " (write xml:lang)" : "");
    if (strstr(rest, "atomic type 'xs:boolean'"))
        return hc_strprintf("%s must be true or false", where);
    if (strcmp(attribute, "difficulty") == 0 &&
        (strstr(rest, "atomic type 'Difficulty'") || strstr(rest, "value allowed")))
        return hc_strprintf("%s must be 1, 2 or 3", where);
    if (strcmp(attribute, "id") == 0 && strstr(rest, "exceeds the allowed maximum length"))
        return hc_strprintf("%s is too long: an id has at most 64 characters", where);
    if (strstr(rest, "accepted by the pattern") && sscanf(rest, "The value '%79[^']'", value) == 1)
        return hc_strprintf("%s: '%s' is not a valid id; use lowercase letters, digits and single "
                            "hyphens, like 'kyiv-metro'",
                            where, value);
    if (sscanf(rest, "Duplicate key-sequence ['%79[^']']", value) == 1)
        return hc_strprintf("question id '%s' is used more than once in this bank", value);
    if (starts_with(rest, "Character content other than whitespace"))
        return hc_strprintf("%s cannot hold text directly; text goes inside an element such as "
                            "<prompt> or <choice>",
                            where);
    if (sscanf(rest, "The value has a length of '%d'; this underruns%n", &limit, &have) == 1 &&
        have > 0 && limit == 0)
        return hc_strprintf("%s is empty", where);
    have = 0;
    if (sscanf(rest,
               "The value has a length of '%d'; this exceeds the allowed maximum length of"
               " '%d'",
               &have, &limit) == 2)
        return hc_strprintf("%s is too long: %d characters, at most %d are allowed", where, have,
                            limit);
    return hc_strprintf("%s: %s", where, rest);
}

/* Parser messages recognised by their words, for errors whose codes several mistakes share. */
static const struct {
    const char *starts;
    const char *message;
} plain_words[] = {
    {"Input is not proper UTF-8",
     "the file is not saved as UTF-8; save it as UTF-8 in your editor"},
    {"AttValue: \" or ' expected", "an attribute value must be in straight quotes, like "
                                   "correct=\"true\""},
    {"Double hyphen within comment", "a comment (<!-- ... -->) cannot contain --"},
    {"StartTag: invalid element name", "a '<' that does not start a tag must be written &lt;"},
    {"Specification mandates value for attribute", "an attribute needs a value, like "
                                                   "correct=\"true\""},
    {"attributes construct error", "a tag is not closed properly: check its quotes and its '>'"},
    {"Couldn't find end of Start Tag", "a tag is not closed properly: check its quotes and its "
                                       "'>'"},
};

/* libxml2's parser messages for the mistakes people make most, in plainer words. */
static char *parser_message(const xmlError *err, const char *raw)
{
    for (size_t i = 0; i < sizeof plain_words / sizeof plain_words[0]; i++)
        if (starts_with(raw, plain_words[i].starts))
            return hc_strdup(plain_words[i].message);
    switch (err->code) {
    case XML_ERR_TAG_NAME_MISMATCH:
        if (err->str1 && err->str2)
            return hc_strprintf("the end tag </%s> does not match the start tag <%s> on line %d",
                                err->str2, err->str1, err->int1);
        break;
    case XML_ERR_TAG_NOT_FINISHED:
        if (err->str1)
            return hc_strprintf("the file ends before <%s> (opened on line %d) is closed",
                                err->str1, err->int1);
        break;
    case XML_ERR_DOCUMENT_EMPTY: return hc_strdup("the file is empty or is not XML");
    case XML_ERR_UNDECLARED_ENTITY:
        if (err->str1)
            return hc_strprintf("&%s; is not known in XML; type the character itself (XML knows "
                                "only &amp; &lt; &gt; &quot; &apos;)",
                                err->str1);
        break;
    case XML_ERR_NAME_REQUIRED:
    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
        if (strstr(raw, "EntityRef"))
            return hc_strdup("a lone '&' must be written &amp; (or the entity lacks its ';')");
        break;
    case XML_ERR_LT_IN_ATTRIBUTE: return hc_strdup("write '<' as &lt; inside an attribute value");
    case XML_ERR_DOCUMENT_END:
        return hc_strdup("there is more after the end of the bank; a file holds one <bank>");
    default: break;
    }
    return hc_strprintf("%s", raw);
}

char *loader_message(const xmlError *err)
{
    char *raw = hc_strdup(err->message ? err->message : "unknown XML error");
    if (!raw)
        return NULL;
    size_t len = strlen(raw);
    while (len > 0 && (raw[len - 1] == '\n' || raw[len - 1] == ' '))
        raw[--len] = '\0';
    char *text =
        err->domain == XML_FROM_SCHEMASV ? schema_message(err, raw) : parser_message(err, raw);
    hc_free(raw);
    return text;
}
