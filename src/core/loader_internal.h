/* Private to the loader files: reading XML (loader_xml.c, loader_encoding.c), the schema
 * (loader_schema.c), bank checks (loader_check.c) and messages (loader_messages.c). */
#ifndef HEROCITY_LOADER_INTERNAL_H
#define HEROCITY_LOADER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include "herocity/bank.h"
#include "herocity/diag.h"

/* Turns a <bank> document that already passed bank-1.xsd into a new Bank read from `name`
 * (caller frees). Checks what the schema cannot: exactly one correct choice per question, no
 * duplicate or blank choices, no blank prompt or title, unique question ids. Every problem is
 * added to diags with its line; returns NULL when there was any, or when memory ran out.
 * `doc` is borrowed. */
Bank *loader_check_bank(xmlDocPtr doc, const char *name, Diagnostics *diags);

/* The message for one libxml2 error, in words a bank author understands (what is wrong and,
 * where cheap, how to fix it); no position, the caller adds file:line:col. New string, caller
 * hc_frees; NULL when memory runs out. */
char *loader_message(const xmlError *err);

/* Where libxml2's messages for one call go. libxml2 is only ever given handlers on its own
 * contexts, never process-wide ones, so a program that set its own keeps them. */
typedef struct {
    const char *file; /* name used in messages; NULL: the file named by each error */
    Diagnostics *diags;
    const char *fallback_file; /* when neither of the above names one */
    int xml_messages;          /* shown, up to a cap */
    int all_messages;          /* every message libxml2 gave, shown or not */
    bool parser_failed;        /* after a fatal parse error the rest is mostly its echo */
    bool doctype;
    int doctype_line;
    int doctype_column;
} LoadState;

/* Structured error handler for libxml2's schema contexts; user_data is the LoadState. */
void loader_on_error(void *user_data, xmlErrorPtr err);

/* Parses a document on a parser context of its own, whose handlers report into state. The
 * text is first made UTF-8 (loader_encoding_of), so that libxml2 never converts an encoding
 * itself: its converters report failures only process-wide. `url` names the document in
 * messages and is the base of its relative references. options are XML_PARSE_* flags. With
 * refuse_doctype, parsing stops at "<!DOCTYPE" and state->doctype says where it stood. NULL
 * when no document could be read. */
xmlDocPtr loader_parse(LoadState *state, const char *url, const char *data, size_t size,
                       int options, bool refuse_doctype);

/* Reads a whole file of at most LOADER_MAX_FILE_BYTES, never holding more than one byte over.
 * NULL, with the reason in diags, when it cannot. Caller hc_frees. */
char *loader_read_file(const char *path, size_t *size, Diagnostics *diags);

enum { LOADER_ENCODING_NAME_SIZE = 48 };

/* What the document is saved in, by its first bytes, else by the encoding its XML declaration
 * names: "" for UTF-8 (and for no declaration, which means UTF-8), else an iconv name. Returns
 * false when the first bytes show an encoding the loader does not read (EBCDIC, unusual UCS-4
 * byte orders). */
bool loader_encoding_of(const char *data, size_t size, char name[LOADER_ENCODING_NAME_SIZE]);

/* `data` converted from `encoding` to UTF-8, with *size updated; NULL, with the reason and
 * where it stands in diags, when the file is not valid in that encoding. Caller hc_frees. */
char *loader_to_utf8(const char *file, const char *encoding, const char *data, size_t *size,
                     Diagnostics *diags);

/* Compiles the bank schema at `path`, and every document it includes or imports, reporting
 * into state. *doc receives the main schema document, which must outlive the schema (libxml2
 * keeps pointers into it); free it after xmlSchemaFree. NULL when the schema is unusable. */
xmlSchemaPtr loader_compile_schema(LoadState *state, const char *path, xmlDocPtr *doc);

#endif
