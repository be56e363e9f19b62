/* Where a node of a parsed bank stands in its text. libxml2 keeps only a line per element (and
 * caps it at 65535), so loader_parse notes where each start tag begins, and the column is read
 * from the text, indexed on the first message that needs it: a bank without mistakes is never
 * indexed. */
#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "loader_internal.h"

static SourcePos line_only(const xmlNode *node)
{
    long line = node ? xmlGetLineNo(node) : 0;
    return (SourcePos){line > 0 && line <= INT_MAX ? (int)line : 0, 0};
}

const SourceText *loader_source(LoadState *state)
{
    if (!state->source && state->text)
        state->source = source_text_new(state->text, state->text_size);
    else if (!state->source && state->source_path)
        state->source = source_text_read(state->source_path);
    state->text = state->source_path = NULL; /* one try only */
    return state->source;
}

static SourcePos position_at(LoadState *state, size_t offset)
{
    SourcePos pos;
    source_text_position(state->source, offset, &pos.line, &pos.column);
    return pos;
}

/* The start tag's bounds: from its '<' to its '>', quoted values skipped. */
static bool start_tag(LoadState *state, const xmlNode *node, size_t *start, size_t *end)
{
    if (!node || node->type != XML_ELEMENT_NODE || !node->_private || !loader_source(state))
        return false;
    const char *text = source_text_data(state->source);
    size_t size = source_text_size(state->source);
    *start = (size_t)(uintptr_t)node->_private - 1;
    if (*start >= size || text[*start] != '<')
        return false;
    char quote = 0;
    size_t p = *start;
    while (p < size && (quote || text[p] != '>')) {
        if (quote ? text[p] == quote : text[p] == '"' || text[p] == '\'')
            quote = quote ? 0 : text[p];
        p++;
    }
    *end = p;
    return true;
}

SourcePos loader_element_position(LoadState *state, const xmlNode *node)
{
    size_t start, end;
    return start_tag(state, node, &start, &end) ? position_at(state, start) : line_only(node);
}

int loader_line_of(const xmlNode *node) { return line_only(node).line; }

static bool is_blank(char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; }

static bool ends_name(char ch) { return is_blank(ch) || ch == '=' || ch == '/' || ch == '>'; }

/* Whether text[p..) starts with the attribute's name as written: prefix:name or name. */
static bool names_attribute(const char *text, size_t p, size_t len, const xmlAttr *attr)
{
    const char *prefix = attr->ns && attr->ns->prefix ? (const char *)attr->ns->prefix : NULL;
    const char *name = (const char *)attr->name;
    size_t want = (prefix ? strlen(prefix) + 1 : 0) + strlen(name);
    if (len != want)
        return false;
    if (prefix) {
        size_t prefix_len = strlen(prefix);
        if (strncmp(text + p, prefix, prefix_len) != 0 || text[p + prefix_len] != ':')
            return false;
        p += prefix_len + 1;
    }
    return strncmp(text + p, name, strlen(name)) == 0;
}

SourcePos loader_attribute_position(LoadState *state, const xmlAttr *attr)
{
    const xmlNode *element = attr ? attr->parent : NULL;
    size_t p, end;
    if (!start_tag(state, element, &p, &end))
        return line_only(element);
    const char *text = source_text_data(state->source);
    for (p++; p < end && !ends_name(text[p]); p++) /* the element's name */
        ;
    while (p < end) {
        while (p < end && is_blank(text[p]))
            p++;
        size_t name = p;
        while (p < end && !ends_name(text[p]))
            p++;
        if (p == name)
            break;
        if (names_attribute(text, name, p - name, attr))
            return position_at(state, name);
        while (p < end && (is_blank(text[p]) || text[p] == '='))
            p++;
        if (p < end && (text[p] == '"' || text[p] == '\'')) {
            const char *close = memchr(text + p + 1, text[p], end - p - 1);
            p = close ? (size_t)(close - text) + 1 : end;
        }
    }
    return loader_element_position(state, element);
}

/* How far past its line's start to look for a text: it begins on that line or soon after. */
enum { TEXT_SEARCH_BYTES = 64 * 1024, TEXT_PROBE_BYTES = 16 };

SourcePos loader_text_position(LoadState *state, const xmlNode *element)
{
    const xmlNode *text_node = element ? element->children : NULL;
    const char *content = NULL;
    for (; text_node && !content; text_node = text_node->next) {
        if (text_node->type != XML_TEXT_NODE || !text_node->content)
            continue;
        const char *p = (const char *)text_node->content;
        p += strspn(p, " \t\r\n");
        if (*p) {
            content = p;
            break;
        }
    }
    if (!content || !loader_source(state))
        return loader_element_position(state, element);
    /* The text as written matches the parsed text up to the first character XML may have
     * written as a reference. */
    size_t probe = strcspn(content, "&<>\"'\r\n");
    if (probe > TEXT_PROBE_BYTES)
        probe = TEXT_PROBE_BYTES;
    SourcePos guess = line_only(text_node);
    if (probe == 0 || guess.line == 0)
        return guess.line ? guess : loader_element_position(state, element);
    /* libxml2 gives a text the line it ends on, which may be below where it starts. */
    int first_line = guess.line;
    for (const char *p = (const char *)text_node->content; *p && first_line > 1; p++)
        first_line -= *p == '\n';
    const char *text = source_text_data(state->source);
    size_t size = source_text_size(state->source);
    size_t from = source_text_line_start(state->source, first_line);
    size_t span = size - from < TEXT_SEARCH_BYTES ? size - from : TEXT_SEARCH_BYTES;
    for (size_t p = from; p + probe <= from + span; p++)
        if (memcmp(text + p, content, probe) == 0)
            return position_at(state, p);
    return guess;
}
