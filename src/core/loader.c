/* Bank loader: reads a file safely, parses and validates it with libxml2, reports file:line:col. */
#include "herocity/loader.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include "herocity/alloc.h"
#include "loader_internal.h"
#include "moodle.h"

/* A broken file can produce hundreds of schema errors; the first few are what an author needs. */
enum { MAX_XML_MESSAGES = 25 };

struct BankLoader {
    xmlSchemaPtr schema;
};

/* Where libxml2's messages for one call go. */
typedef struct {
    const char *file; /* name used in messages; NULL: the file named by each error */
    Diagnostics *diags;
    const char *fallback_file; /* when neither of the above names one */
    int xml_messages;
    bool parser_failed; /* after a fatal parse error the rest is mostly its echo */
    bool doctype;
    int doctype_line;
    int doctype_column;
} LoadState;

/* libxml2's process-wide handlers as they were before our call, to put back afterwards. */
typedef struct {
    xmlStructuredErrorFunc structured;
    void *structured_context;
    xmlGenericErrorFunc generic;
    void *generic_context;
} SavedHandlers;

static void add_xml_error(LoadState *state, const xmlError *err)
{
    if (!err || err->level == XML_ERR_NONE || !state->diags)
        return;
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

/* Structured handler for schema contexts and the process-wide slot: userData is our state. */
static void on_error(void *user_data, xmlErrorPtr err) { add_xml_error(user_data, err); }

/* Handler set on our own parser context: libxml2 passes ctxt->userData, the context itself. */
static void on_parser_error(void *user_data, xmlErrorPtr err)
{
    xmlParserCtxtPtr ctxt = user_data;
    add_xml_error(ctxt->_private, err);
}

/* libxml2 also prints some internal messages through the generic handler; the core never
 * writes to stderr, so those are dropped while we run. */
static void ignore_generic(void *context, const char *message, ...)
{
    (void)context;
    (void)message;
}

static void install_handlers(SavedHandlers *saved, LoadState *state)
{
    saved->structured = xmlStructuredError;
    saved->structured_context = xmlStructuredErrorContext;
    saved->generic = xmlGenericError;
    saved->generic_context = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(state, on_error);
    xmlSetGenericErrorFunc(NULL, ignore_generic);
}

static void restore_handlers(const SavedHandlers *saved)
{
    xmlSetStructuredErrorFunc(saved->structured_context, saved->structured);
    xmlSetGenericErrorFunc(saved->generic_context, saved->generic);
}

/* Called by the parser as soon as it has read "<!DOCTYPE name ...", before any of the internal
 * subset. Stopping here means no entity is ever declared, expanded or fetched. */
static void refuse_doctype(void *user_data, const xmlChar *name, const xmlChar *public_id,
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

static xmlDocPtr parse(LoadState *state, const char *data, size_t size)
{
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return NULL;
    ctxt->_private = state;
    ctxt->sax->serror = on_parser_error;
    ctxt->sax->internalSubset = refuse_doctype;
    /* A whitelist: no entity substitution, no DTD loading, no network, no XInclude. */
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)size, state->file, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOWARNING);
    xmlFreeParserCtxt(ctxt);
    return doc;
}

static bool validate(const BankLoader *loader, LoadState *state, xmlDocPtr doc)
{
    size_t errors_before = diags_error_count(state->diags);
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(loader->schema);
    if (!vctxt) {
        diags_add(state->diags, DIAG_ERROR, state->file, 0, 0, "ran out of memory");
        return false;
    }
    xmlSchemaSetValidStructuredErrors(vctxt, on_error, state);
    int rc = xmlSchemaValidateDoc(vctxt, doc);
    xmlSchemaFreeValidCtxt(vctxt);
    if (rc < 0)
        diags_add(state->diags, DIAG_ERROR, state->file, 0, 0,
                  "the bank could not be checked against the schema (internal error %d)", rc);
    else if (rc > 0 && diags_error_count(state->diags) == errors_before)
        diags_add(state->diags, DIAG_ERROR, state->file, 0, 0,
                  "the file does not follow the bank format");
    return rc == 0;
}

BankLoader *loader_new(const char *schema_path, Diagnostics *diags)
{
    xmlInitParser();
    BankLoader *loader = hc_calloc(1, sizeof(BankLoader));
    if (!loader) {
        diags_add(diags, DIAG_ERROR, schema_path, 0, 0, "ran out of memory");
        return NULL;
    }
    LoadState state = {.diags = diags, .fallback_file = schema_path};
    SavedHandlers saved;
    install_handlers(&saved, &state);
    size_t errors_before = diags_error_count(diags);
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewParserCtxt(schema_path);
    if (pctxt) {
        xmlSchemaSetParserStructuredErrors(pctxt, on_error, &state);
        loader->schema = xmlSchemaParse(pctxt);
        xmlSchemaFreeParserCtxt(pctxt);
    }
    restore_handlers(&saved);
    if (!loader->schema) {
        if (diags_error_count(diags) == errors_before)
            diags_add(diags, DIAG_ERROR, schema_path, 0, 0,
                      "the question schema could not be read");
        hc_free(loader);
        return NULL;
    }
    return loader;
}

void loader_free(BankLoader *loader)
{
    if (!loader)
        return;
    xmlSchemaFree(loader->schema);
    hc_free(loader);
}

/* Reads at most LOADER_MAX_FILE_BYTES + 1 bytes, so an oversized file is never held whole. */
static char *read_file(const char *path, size_t *size, Diagnostics *diags)
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

Bank *loader_load_file(BankLoader *loader, const char *path, Diagnostics *diags)
{
    size_t size = 0;
    char *data = read_file(path, &size, diags);
    if (!data)
        return NULL;
    Bank *bank = loader_load_memory(loader, path, data, size, diags);
    hc_free(data);
    return bank;
}

Bank *loader_load_memory(BankLoader *loader, const char *name, const char *data, size_t size,
                         Diagnostics *diags)
{
    const char *file = name ? name : "(memory)";
    if (!loader) {
        diags_add(diags, DIAG_ERROR, file, 0, 0, "no loader: the question schema was not loaded");
        return NULL;
    }
    if (size > LOADER_MAX_FILE_BYTES) {
        diags_add(diags, DIAG_ERROR, file, 0, 0, "file is larger than the 4 MiB limit");
        return NULL;
    }
    if (size == 0 || !data) {
        diags_add(diags, DIAG_ERROR, file, 0, 0, "the file is empty");
        return NULL;
    }
    LoadState state = {.file = file, .diags = diags};
    SavedHandlers saved;
    install_handlers(&saved, &state);
    size_t errors_before = diags_error_count(diags);
    Bank *bank = NULL;
    xmlDocPtr doc = parse(&state, data, size);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;

    if (state.doctype || (doc && (doc->intSubset || doc->extSubset))) {
        diags_add(diags, DIAG_ERROR, file, state.doctype_line, state.doctype_column,
                  "<!DOCTYPE ...> is not allowed in a question bank; delete it (banks need no "
                  "DTD or entities)");
        goto done;
    }
    if (!root) {
        if (diags_error_count(diags) == errors_before)
            diags_add(diags, DIAG_ERROR, file, 0, 0, "the file could not be read as XML");
        goto done;
    }
    if (root->ns == NULL && xmlStrEqual(root->name, BAD_CAST "quiz")) {
        bank = moodle_import(doc, file, diags);
        goto done;
    }
    if (!xmlStrEqual(root->name, BAD_CAST "bank")) {
        long line = xmlGetLineNo(root);
        diags_add(diags, DIAG_ERROR, file, line > 0 && line <= INT_MAX ? (int)line : 0, 0,
                  "the file starts with <%s>, but a question bank starts with <bank>",
                  (const char *)root->name);
        goto done;
    }
    if (!validate(loader, &state, doc))
        goto done;
    bank = loader_check_bank(doc, file, diags);

done:
    xmlFreeDoc(doc);
    restore_handlers(&saved);
    return bank;
}
