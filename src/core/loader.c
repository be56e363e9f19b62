/* Bank loader: reads a file safely, parses and validates it with libxml2, reports file:line:col.
 * libxml2 gets handlers on its own contexts only, never process-wide ones (loader_xml.c). */
#include "herocity/loader.h"

#include <limits.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "herocity/alloc.h"
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
    size_t errors_before = diags_error_count(diags);
    Bank *bank = NULL;
    /* A whitelist: no entity substitution, no DTD loading, no network, no XInclude. */
    xmlDocPtr doc =
        loader_parse(&state, file, data, size, XML_PARSE_NONET | XML_PARSE_NOWARNING, true);
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
    return bank;
}
