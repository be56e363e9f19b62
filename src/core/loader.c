/* Bank loader: reads a file safely, parses and validates it with libxml2, reports file:line:col.
 * libxml2 gets handlers on its own contexts only, never process-wide ones (loader_xml.c). */
#include "herocity/loader.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "herocity/alloc.h"
#include "herocity/limits.h"
#include "herocity/regular_file.h"
#include "loader_internal.h"
#include "moodle.h"
#include "text_import.h"

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

/* What a parsed document becomes; messages in the order found. */
static Bank *bank_from(const BankLoader *loader, LoadState *state, xmlDocPtr doc,
                       size_t errors_before)
{
    const char *file = state->file;
    Diagnostics *diags = state->diags;
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (state->doctype || (doc && (doc->intSubset || doc->extSubset))) {
        diags_add(diags, DIAG_ERROR, file, state->doctype_line, state->doctype_column,
                  "<!DOCTYPE ...> is not allowed in a question bank; delete it (banks need no "
                  "DTD or entities)");
        return NULL;
    }
    if (!root) {
        if (diags_error_count(diags) == errors_before)
            diags_add(diags, DIAG_ERROR, file, 0, 0, "the file could not be read as XML");
        return NULL;
    }
    if (root->ns == NULL && xmlStrEqual(root->name, BAD_CAST "quiz"))
        return moodle_import(doc, file, diags);
    if (root->ns == NULL && xmlStrEqual(root->name, BAD_CAST "bank"))
        return check(loader, state, doc);
    SourcePos pos = loader_element_position(state, root);
    if (!xmlStrEqual(root->name, BAD_CAST "bank"))
        diags_add(diags, DIAG_ERROR, file, pos.line, pos.column,
                  "the file starts with <%s>, but a question bank starts with <bank>",
                  (const char *)root->name);
    else /* every element would be foreign to the format: nothing else can be judged */
        diags_add(diags, DIAG_ERROR, file, pos.line, pos.column,
                  "<bank> must not have a namespace: remove its xmlns=\"...\"");
    return NULL;
}

/* Where the first NUL byte is, counted as messages count: lines from 1, columns in characters
 * from 1, a UTF-8 byte order mark not counted. libxml2 stops at a NUL as at the file's end, so
 * what follows one (after </bank>, say) would be ignored: a bank with a NUL is refused. */
typedef struct {
    int line;
    int column;
    bool at_start;
    bool found;
} NulScan;

static void nul_scan_start(NulScan *scan) { *scan = (NulScan){.line = 1, .at_start = true}; }

/* Reads the next part of the text; true once a NUL has been found. */
static bool nul_scan(NulScan *scan, const char *text, size_t size)
{
    size_t i = 0;
    if (scan->at_start && size >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    scan->at_start = false;
    for (; i < size && !scan->found; i++) {
        unsigned char byte = (unsigned char)text[i];
        if (byte == '\n') {
            scan->line++;
            scan->column = 0;
        } else if ((byte & 0xC0) != 0x80) {
            scan->column++;
        }
        scan->found = byte == '\0';
    }
    return scan->found;
}

static bool refuse_nul(const NulScan *scan, const char *file, Diagnostics *diags)
{
    if (scan->found)
        diags_add(diags, DIAG_ERROR, file, scan->line, scan->column,
                  "the file holds a NUL byte here; a bank is text and cannot hold one "
                  "(remove it, or save the file again as UTF-8)");
    return scan->found;
}

/* The UTF-8 file from where it stands to its end, then back to its start. */
static bool file_has_nul(FILE *file, const char *path, Diagnostics *diags)
{
    NulScan scan;
    nul_scan_start(&scan);
    char chunk[64 * 1024];
    size_t got;
    while (!scan.found && (got = fread(chunk, 1, sizeof chunk, file)) > 0)
        nul_scan(&scan, chunk, got);
    rewind(file);
    return refuse_nul(&scan, path, diags);
}

static bool text_has_nul(const char *text, size_t size, const char *file, Diagnostics *diags)
{
    NulScan scan;
    nul_scan_start(&scan);
    nul_scan(&scan, text, size);
    return refuse_nul(&scan, file, diags);
}

/* A whitelist: no entity substitution, no DTD loading, no network, no XInclude. */
#define BANK_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES)

static Bank *read_text(const BankLoader *loader, LoadState *state, const char *data, size_t size)
{
    size_t errors_before = diags_error_count(state->diags);
    char *converted = NULL;
    const char *utf8 = loader_utf8_text(state, state->file, data, &size, &converted);
    if (!utf8 || text_has_nul(utf8, size, state->file, state->diags)) {
        hc_free(converted);
        return NULL;
    }
    state->text = utf8;
    state->text_size = size;
    xmlDocPtr doc = loader_parse(state, state->file, utf8, size, BANK_PARSE_OPTIONS, true);
    Bank *bank = bank_from(loader, state, doc, errors_before);
    xmlFreeDoc(doc);
    source_text_free(state->source);
    hc_free(converted);
    return bank;
}

/* libxml2 reads a UTF-8 file in chunks, as xmllint does: a large bank is never held whole
 * beside its tree. A message that needs a column reads the file again (loader_source). */
static int read_file_chunk(void *context, char *buffer, int length)
{
    FILE *file = context;
    size_t got = fread(buffer, 1, length > 0 ? (size_t)length : 0, file);
    return got == 0 && ferror(file) ? -1 : (int)got;
}

static Bank *read_stream(const BankLoader *loader, LoadState *state, FILE *file)
{
    size_t errors_before = diags_error_count(state->diags);
    state->source_path = state->file;
    xmlDocPtr doc =
        loader_parse_io(state, state->file, read_file_chunk, file, BANK_PARSE_OPTIONS, true);
    Bank *bank = bank_from(loader, state, doc, errors_before);
    xmlFreeDoc(doc);
    source_text_free(state->source);
    return bank;
}

/* Whether the file can be read in chunks: a regular file within the limit, in UTF-8 (what
 * needs converting is read whole). Leaves the file at its start. */
static bool streamable(FILE *file)
{
    struct stat info;
    if (fstat(fileno(file), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size <= 0 ||
        (unsigned long long)info.st_size > LOADER_MAX_FILE_BYTES)
        return false;
    char head[512], encoding[LOADER_ENCODING_NAME_SIZE];
    size_t got = fread(head, 1, sizeof head, file);
    bool utf8 = loader_encoding_of(head, got, encoding) && !encoding[0];
    return fseek(file, 0, SEEK_SET) == 0 && utf8;
}

static bool ends_with(const char *name, const char *ending)
{
    size_t name_len = strlen(name), ending_len = strlen(ending);
    return name_len > ending_len && strcasecmp(name + name_len - ending_len, ending) == 0;
}

BankFormat loader_format_of(const char *name)
{
    static const struct {
        const char *ending;
        BankFormat format;
    } endings[] = {
        {".xml", BANK_FORMAT_XML},         {".gift", BANK_FORMAT_GIFT},
        {".gift.txt", BANK_FORMAT_GIFT},   {".aiken", BANK_FORMAT_AIKEN},
        {".aiken.txt", BANK_FORMAT_AIKEN}, {".csv", BANK_FORMAT_KAHOOT_CSV},
    };
    for (size_t i = 0; name && i < sizeof endings / sizeof endings[0]; i++)
        if (ends_with(name, endings[i].ending))
            return endings[i].format;
    return BANK_FORMAT_NONE;
}

/* A GIFT, Aiken or Kahoot CSV file: text, made UTF-8, read by its own importer. */
static Bank *read_other_format(BankFormat format, const char *file, const char *data, size_t size,
                               Diagnostics *diags)
{
    const char *hint = format == BANK_FORMAT_KAHOOT_CSV
                           ? "in Excel, save it as \"CSV UTF-8 (Comma delimited)\""
                           : "save it as UTF-8 in your editor";
    char *text = text_import_utf8(file, data, &size, hint, diags);
    Bank *bank = !text || text_has_nul(text, size, file, diags) ? NULL
                 : format == BANK_FORMAT_GIFT  ? gift_import(text, size, file, diags)
                 : format == BANK_FORMAT_AIKEN ? aiken_import(text, size, file, diags)
                                               : kahoot_csv_import(text, size, file, diags);
    hc_free(text);
    return bank;
}

Bank *loader_load_file(BankLoader *loader, const char *path, Diagnostics *diags)
{
    bool xml = loader_format_of(path) <= BANK_FORMAT_XML;
    const char *why = NULL; /* said by loader_read_file below, which meets the same fault */
    FILE *file = loader && xml ? regular_file_open(path, &why) : NULL;
    if (file && streamable(file)) {
        if (file_has_nul(file, path, diags)) {
            fclose(file);
            return NULL;
        }
        size_t first = diags_count(diags);
        LoadState state = {.file = path, .diags = diags, .record_positions = true};
        Bank *bank = read_stream(loader, &state, file);
        fclose(file);
        diags_sort_and_cap(diags, first, LIMIT_MESSAGES_PER_FILE);
        return bank;
    }
    if (file)
        fclose(file);
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
        diags_add(diags, DIAG_ERROR, file, 0, 0, "file is larger than the %u MiB limit",
                  LOADER_MAX_FILE_BYTES / (1024u * 1024u));
        return NULL;
    }
    if (size == 0 || !data) {
        diags_add(diags, DIAG_ERROR, file, 0, 0, "the file is empty");
        return NULL;
    }
    size_t first = diags_count(diags);
    BankFormat format = loader_format_of(file);
    LoadState state = {.file = file, .diags = diags, .record_positions = true};
    Bank *bank = format > BANK_FORMAT_XML ? read_other_format(format, file, data, size, diags)
                                          : read_text(loader, &state, data, size);
    diags_sort_and_cap(diags, first, LIMIT_MESSAGES_PER_FILE);
    return bank;
}
