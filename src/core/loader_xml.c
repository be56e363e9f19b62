/* Reading XML for the loader: files, libxml2's parser on a context of its own, and libxml2's
 * messages turned into file:line:col diagnostics. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

#include "herocity/alloc.h"
#include "herocity/loader.h"
#include "loader_internal.h"

/* A broken file can produce hundreds of schema errors; the first few are what an author needs. */
enum { MAX_XML_MESSAGES = 25 };

static void add_xml_error(LoadState *state, const xmlError *err)
{
    if (!err || err->level == XML_ERR_NONE || !state->diags)
        return;
    state->all_messages++;
    /* libxml2 adds this after a value it already reported as invalid; it says nothing new. */
    if (err->message && strstr(err->message, "No precomputed value available"))
        return;
    DiagSeverity severity = err->level == XML_ERR_WARNING ? DIAG_WARNING : DIAG_ERROR;
    const char *file = state->file            ? state->file
                       : err->file            ? err->file
                       : state->fallback_file ? state->fallback_file
                                              : "";
    bool from_parser = err->domain == XML_FROM_PARSER || err->domain == XML_FROM_NAMESPACE;
    if (from_parser && state->parser_failed)
        return;
    state->parser_failed = state->parser_failed || (from_parser && err->level == XML_ERR_FATAL);
    if (++state->xml_messages > MAX_XML_MESSAGES) {
        if (state->xml_messages == MAX_XML_MESSAGES + 1)
            diags_add(state->diags, DIAG_ERROR, file, 0, 0,
                      "too many problems; fix the ones above and load the file again");
        return;
    }
    char *text = loader_message(err);
    /* err->int2 is the column for parser errors; tree validation has none and leaves 0. */
    diags_add(state->diags, severity, file, err->line, err->int2 > 0 ? err->int2 : 0, "%s",
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

xmlDocPtr loader_parse(LoadState *state, const char *url, const char *data, size_t size,
                       int options, bool refuse_doctype)
{
    const char *name = state->file ? state->file : url;
    char encoding[LOADER_ENCODING_NAME_SIZE];
    if (!loader_encoding_of(data, size, encoding)) {
        diags_add(state->diags, DIAG_ERROR, name, 1, 0,
                  "the file is not saved as UTF-8; save it as UTF-8 in your editor");
        return NULL;
    }
    char *converted = NULL;
    if (encoding[0]) {
        converted = loader_to_utf8(name, encoding, data, &size, state->diags);
        if (!converted)
            return NULL;
        data = converted;
    }
    xmlDocPtr doc = NULL;
    xmlParserCtxtPtr ctxt = size <= INT_MAX ? xmlNewParserCtxt() : NULL;
    if (ctxt) {
        ctxt->_private = state;
        ctxt->sax->serror = on_parser_error;
        if (refuse_doctype)
            ctxt->sax->internalSubset = stop_at_doctype;
        /* The text is UTF-8 now, whatever its declaration still says. */
        doc = xmlCtxtReadMemory(ctxt, data, (int)size, url, NULL, options | XML_PARSE_IGNORE_ENC);
        xmlFreeParserCtxt(ctxt);
    }
    hc_free(converted);
    return doc;
}

char *loader_read_file(const char *path, size_t *size, Diagnostics *diags)
{
    FILE *file = fopen(path, "rb");
    if (!file) {
        diags_add(diags, DIAG_ERROR, path, 0, 0, "cannot open the file: %s", strerror(errno));
        return NULL;
    }
    char *data = NULL;
    size_t len = 0, capacity = 0;
    for (;;) {
        if (len == capacity) {
            if (capacity > LOADER_MAX_FILE_BYTES) {
                diags_add(diags, DIAG_ERROR, path, 0, 0, "file is larger than the 4 MiB limit");
                goto fail;
            }
            size_t grown = capacity ? capacity * 2 : 64 * 1024;
            if (grown > LOADER_MAX_FILE_BYTES + 1u)
                grown = LOADER_MAX_FILE_BYTES + 1u;
            char *bigger = hc_realloc(data, grown);
            if (!bigger) {
                diags_add(diags, DIAG_ERROR, path, 0, 0, "ran out of memory reading the file");
                goto fail;
            }
            data = bigger;
            capacity = grown;
        }
        size_t got = fread(data + len, 1, capacity - len, file);
        len += got;
        if (got == 0)
            break;
    }
    if (ferror(file)) {
        diags_add(diags, DIAG_ERROR, path, 0, 0, "cannot read the file: %s", strerror(errno));
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
