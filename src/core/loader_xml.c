/* Reading XML for the loader: files, libxml2's parser on a context of its own, and libxml2's
 * messages turned into file:line:col diagnostics. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <libxml/SAX2.h>
#include <libxml/parser.h>

#include "herocity/alloc.h"
#include "herocity/loader.h"
#include "herocity/regular_file.h"
#include "loader_internal.h"

/* The character just before a 1-based column of a line, or '\0'. */
static char character_before(LoadState *state, int line, int column)
{
    size_t length = 0;
    const SourceText *source = column > 1 ? loader_source(state) : NULL;
    const char *text = source ? source_text_line(source, line, &length) : NULL;
    int seen = 0;
    for (size_t i = 0; text && i < length; i++) {
        if (((unsigned char)text[i] & 0xC0) == 0x80)
            continue;
        if (++seen == column - 1)
            return text[i];
    }
    return '\0';
}

static void add_xml_error(LoadState *state, const xmlError *err)
{
    if (!err || err->level == XML_ERR_NONE || !state->diags)
        return;
    state->all_messages++;
    if (err->domain == XML_FROM_SCHEMASV && state->file) {
        loader_report_schema_error(state, err);
        return;
    }
    DiagSeverity severity = err->level == XML_ERR_WARNING ? DIAG_WARNING : DIAG_ERROR;
    const char *file = state->file            ? state->file
                       : err->file            ? err->file
                       : state->fallback_file ? state->fallback_file
                                              : "";
    bool from_parser = err->domain == XML_FROM_PARSER || err->domain == XML_FROM_NAMESPACE;
    if (from_parser && state->parser_failed)
        return;
    state->parser_failed = state->parser_failed || (from_parser && err->level == XML_ERR_FATAL);
    /* err->int2 is the column for parser errors; tree validation has none and leaves 0. */
    int column = err->int2 > 0 ? err->int2 : 0;
    char before = character_before(state, err->line, column);
    char *text = loader_parser_message(err, before);
    /* libxml2 stands just past a '<' or '&' that starts no name; the caret goes on it. */
    if (err->code == XML_ERR_NAME_REQUIRED && (before == '<' || before == '&'))
        column--;
    diags_add(state->diags, severity, file, err->line, column, "%s",
              text ? text : "XML error (and no memory left to describe it)");
    hc_free(text);
}

void loader_on_error(void *user_data, xmlErrorPtr err) { add_xml_error(user_data, err); }

/* Handler set on our own parser context: libxml2 passes ctxt->userData, the context itself. */
static void on_parser_error(void *user_data, xmlErrorPtr err)
{
    xmlParserCtxtPtr ctxt = user_data;
    add_xml_error(ctxt->_private, err);
}

/* Called by the parser as soon as it has read "<!DOCTYPE name ...", before any of the internal
 * subset. Stopping here means no entity is ever declared, expanded or fetched. */
static void stop_at_doctype(void *user_data, const xmlChar *name, const xmlChar *public_id,
                            const xmlChar *system_id)
{
    (void)name;
    (void)public_id;
    (void)system_id;
    xmlParserCtxtPtr ctxt = user_data;
    LoadState *state = ctxt->_private;
    xmlParserInputPtr input = ctxt->input;
    state->doctype = true;
    state->doctype_line = input ? input->line : 0;
    state->doctype_column = 0;
    if (input && input->base && input->cur) {
        /* The parser is past the name and ids; walk back to where "<!DOCTYPE" starts. */
        const xmlChar *p = input->cur;
        while (p > input->base && !(p[0] == '<' && xmlStrncmp(p, BAD_CAST "<!DOCTYPE", 9) == 0))
            p--;
        if (xmlStrncmp(p, BAD_CAST "<!DOCTYPE", 9) == 0) {
            for (const xmlChar *q = p; q < input->cur; q++)
                state->doctype_line -= *q == '\n';
            const xmlChar *line_start = p;
            while (line_start > input->base && line_start[-1] != '\n')
                line_start--;
            state->doctype_column = (int)(p - line_start) + 1;
        }
    }
    xmlStopParser(ctxt);
}

/* libxml2's own start-element handler, followed by a note of where the start tag begins. The
 * parser stands at the tag's '>' now, and the tag's '<' is still in its buffer (it keeps what
 * it reads of a tag until the tag ends). The offset goes in the node's _private field, which
 * libxml2 leaves to applications (one past it, so that 0 means "none"), and the node's line
 * becomes the line the tag starts on: libxml2 gives the line it ends on. */
static void start_element_noting_position(void *user_data, const xmlChar *localname,
                                          const xmlChar *prefix, const xmlChar *uri,
                                          int namespace_count, const xmlChar **namespaces,
                                          int attribute_count, int defaulted_count,
                                          const xmlChar **attributes)
{
    xmlParserCtxtPtr ctxt = user_data;
    xmlSAX2StartElementNs(ctxt, localname, prefix, uri, namespace_count, namespaces,
                          attribute_count, defaulted_count, attributes);
    xmlParserInputPtr input = ctxt->input;
    long end = xmlByteConsumed(ctxt);
    if (!ctxt->node || !input || !input->cur || !input->base || end < 0)
        return;
    const xmlChar *start = input->cur;
    int lines = 0;
    while (start > input->base && *start != '<')
        lines += *start-- == '\n';
    if (*start != '<')
        return;
    ctxt->node->_private = (void *)(uintptr_t)((size_t)end - (size_t)(input->cur - start) + 1);
    if (input->line - lines > 0 && input->line - lines < 65535)
        ctxt->node->line = (unsigned short)(input->line - lines);
}

const char *loader_utf8_text(LoadState *state, const char *name, const char *data, size_t *size,
                             char **owned)
{
    *owned = NULL;
    char encoding[LOADER_ENCODING_NAME_SIZE];
    if (!loader_encoding_of(data, *size, encoding)) {
        diags_add(state->diags, DIAG_ERROR, name, 1, 0,
                  "the file is not saved as UTF-8; save it as UTF-8 in your editor");
        return NULL;
    }
    if (!encoding[0])
        return data;
    *owned = loader_to_utf8(name, encoding, data, size, state->diags);
    return *owned;
}

/* The text handed to libxml2 in chunks, as a file would be: xmlCtxtReadMemory would copy it
 * whole first. */
typedef struct {
    const char *data;
    size_t left;
} ChunkReader;

static int read_chunk(void *context, char *buffer, int length)
{
    ChunkReader *reader = context;
    size_t count = length > 0 && (size_t)length < reader->left ? (size_t)length : reader->left;
    memcpy(buffer, reader->data, count);
    reader->data += count;
    reader->left -= count;
    return (int)count;
}

static int close_chunks(void *context)
{
    (void)context;
    return 0;
}

xmlDocPtr loader_parse_io(LoadState *state, const char *url, xmlInputReadCallback read,
                          void *context, int options, bool refuse_doctype)
{
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return NULL;
    ctxt->_private = state;
    ctxt->sax->serror = on_parser_error;
    if (refuse_doctype)
        ctxt->sax->internalSubset = stop_at_doctype;
    if (state->record_positions)
        ctxt->sax->startElementNs = start_element_noting_position;
    /* The text is UTF-8, whatever its declaration still says. */
    xmlDocPtr doc =
        xmlCtxtReadIO(ctxt, read, close_chunks, context, url, NULL, options | XML_PARSE_IGNORE_ENC);
    xmlFreeParserCtxt(ctxt);
    return doc;
}

xmlDocPtr loader_parse(LoadState *state, const char *url, const char *utf8, size_t size,
                       int options, bool refuse_doctype)
{
    ChunkReader reader = {utf8, size};
    return loader_parse_io(state, url, read_chunk, &reader, options, refuse_doctype);
}

/* What to allocate first: the file's size (and a byte for the terminator) when it says so. */
static size_t first_capacity(FILE *file)
{
    struct stat info;
    if (fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) && info.st_size >= 0 &&
        (unsigned long long)info.st_size <= LOADER_MAX_FILE_BYTES)
        return (size_t)info.st_size + 1;
    return 64 * 1024;
}

char *loader_read_file(const char *path, size_t *size, Diagnostics *diags)
{
    const char *why = NULL;
    FILE *file = regular_file_open(path, &why);
    if (!file) {
        diags_add(diags, DIAG_ERROR, path, 0, 0, "cannot open the file: %s", why);
        return NULL;
    }
    size_t len = 0, capacity = first_capacity(file);
    char *data = hc_malloc(capacity);
    for (;;) {
        if (!data) {
            diags_add(diags, DIAG_ERROR, path, 0, 0, "ran out of memory reading the file");
            goto fail;
        }
        len += fread(data + len, 1, capacity - 1 - len, file);
        int next = len < capacity - 1 ? EOF : fgetc(file);
        if (next == EOF)
            break;
        if (len + 1 > LOADER_MAX_FILE_BYTES) {
            diags_add(diags, DIAG_ERROR, path, 0, 0, "file is larger than the %u MiB limit",
                      LOADER_MAX_FILE_BYTES / (1024u * 1024u));
            goto fail;
        }
        size_t grown =
            capacity * 2 < LOADER_MAX_FILE_BYTES + 2u ? capacity * 2 : LOADER_MAX_FILE_BYTES + 2u;
        char *bigger = hc_realloc(data, grown);
        if (!bigger)
            hc_free(data);
        data = bigger;
        capacity = grown;
        if (data)
            data[len++] = (char)next;
    }
    if (ferror(file)) {
        diags_add(diags, DIAG_ERROR, path, 0, 0, "cannot read the file: %s", strerror(errno));
        goto fail;
    }
    if (len > LOADER_MAX_FILE_BYTES) {
        diags_add(diags, DIAG_ERROR, path, 0, 0, "file is larger than the %u MiB limit",
                  LOADER_MAX_FILE_BYTES / (1024u * 1024u));
        goto fail;
    }
    fclose(file);
    *size = len;
    return data;

fail:
    fclose(file);
    hc_free(data);
    return NULL;
}
