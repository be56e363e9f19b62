/* Bank loader: reads a file safely, parses and validates it with libxml2, reports file:line:col.
 * libxml2 gets handlers on its own contexts only, never process-wide ones (loader_xml.c). */
#include "herocity/loader.h"

#include <limits.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "herocity/alloc.h"
#include "herocity/limits.h"
#include "loader_internal.h"
#include "moodle.h"

struct BankLoader {
    xmlSchemaPtr schema;
    xmlDocPtr schema_doc; /* libxml2 keeps pointers into it; freed after the schema */
};

static bool validate(const BankLoader *loader, LoadState *state, xmlDocPtr doc)
{
    size_t errors_before = diags_error_count(state->diags);
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(loader->schema);
    if (!vctxt) {
        diags_add(state->diags, DIAG_ERROR, state->file, 0, 0, "ran out of memory");
        return false;
    }
    xmlSchemaSetValidStructuredErrors(vctxt, loader_on_error, state);
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

/* The schema's findings and the checks' on one tree: the checks run even when the schema
 * refused the bank, so that one run shows every mistake; what the schema reported they do not
 * repeat, and what it could not judge they skip. */
static Bank *check(const BankLoader *loader, LoadState *state, xmlDocPtr doc)
{
    state->findings = findings_new();
    if (!state->findings) {
        diags_add(state->diags, DIAG_ERROR, state->file, 0, 0, "ran out of memory");
        return NULL;
    }
    bool valid = validate(loader, state, doc);
    Bank *bank = loader_check_bank(state, doc);
    findings_free(state->findings);
    state->findings = NULL;
    if (!valid) {
        bank_free(bank);
        return NULL;
    }
    return bank;
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
    size_t errors_before = diags_error_count(diags);
    loader->schema = loader_compile_schema(&state, schema_path, &loader->schema_doc);
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
    xmlFreeDoc(loader->schema_doc);
    hc_free(loader);
}

Bank *loader_load_file(BankLoader *loader, const char *path, Diagnostics *diags)
{
    size_t size = 0;
    char *data = loader_read_file(path, &size, diags);
    if (!data)
        return NULL;
    Bank *bank = loader_load_memory(loader, path, data, size, diags);
    hc_free(data);
    return bank;
}

/* Everything between the raw bytes and a Bank; messages in the order found. */
static Bank *read_bank(const BankLoader *loader, LoadState *state, const char *data, size_t size)
{
    const char *file = state->file;
    Diagnostics *diags = state->diags;
    size_t errors_before = diags_error_count(diags);
    char *converted = NULL;
    const char *utf8 = loader_utf8_text(state, file, data, &size, &converted);
    if (!utf8)
        return NULL;
    state->source = source_text_new(utf8, size);
    Bank *bank = NULL;
    /* A whitelist: no entity substitution, no DTD loading, no network, no XInclude. */
    xmlDocPtr doc = loader_parse(state, file, utf8, size,
                                 XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES, true);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;

    if (state->doctype || (doc && (doc->intSubset || doc->extSubset))) {
        diags_add(diags, DIAG_ERROR, file, state->doctype_line, state->doctype_column,
                  "<!DOCTYPE ...> is not allowed in a question bank; delete it (banks need no "
                  "DTD or entities)");
        goto done;
    }
    if (!root) {
        if (diags_error_count(diags) == errors_before)
            diags_add(diags, DIAG_ERROR, file, 0, 0, "the file could not be read as XML");
        goto done;
    }
    SourcePos pos = loader_element_position(state, root);
    if (root->ns == NULL && xmlStrEqual(root->name, BAD_CAST "quiz")) {
        bank = moodle_import(doc, file, diags);
    } else if (!xmlStrEqual(root->name, BAD_CAST "bank")) {
        diags_add(diags, DIAG_ERROR, file, pos.line, pos.column,
                  "the file starts with <%s>, but a question bank starts with <bank>",
                  (const char *)root->name);
    } else if (root->ns) {
        /* Every element would be foreign to the format: nothing else can be judged. */
        diags_add(diags, DIAG_ERROR, file, pos.line, pos.column,
                  "<bank> must not have a namespace: remove its xmlns=\"...\"");
    } else {
        bank = check(loader, state, doc);
    }

done:
    xmlFreeDoc(doc);
    source_text_free(state->source);
    state->source = NULL;
    hc_free(converted);
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
        diags_add(diags, DIAG_ERROR, file, 0, 0, "file is larger than the %u MiB limit",
                  LOADER_MAX_FILE_BYTES / (1024u * 1024u));
        return NULL;
    }
    if (size == 0 || !data) {
        diags_add(diags, DIAG_ERROR, file, 0, 0, "the file is empty");
        return NULL;
    }
    size_t first = diags_count(diags);
    LoadState state = {.file = file, .diags = diags, .record_positions = true};
    Bank *bank = read_bank(loader, &state, data, size);
    diags_sort_and_cap(diags, first, LIMIT_MESSAGES_PER_FILE);
    return bank;
}
