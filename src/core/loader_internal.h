/* Private to the loader files: reading XML (loader_xml.c, loader_encoding.c), the schema
 * (loader_schema.c), bank checks (loader_check.c) and messages (loader_messages.c). */
#ifndef HEROCITY_LOADER_INTERNAL_H
#define HEROCITY_LOADER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/source.h"

typedef struct Findings Findings;
typedef struct LoadState LoadState;

/* Turns a <bank> document into a new Bank read from state->file (caller frees). Checks what the
 * schema cannot: exactly one correct choice per question, no duplicate or blank choices, no
 * blank prompt or title, unique question ids; and what the schema can, when the schema has not
 * already reported it (state->findings), so that one run finds every mistake even in a file the
 * schema refused. Every problem is added to state->diags with its line and column; returns NULL
 * when there was any (schema problems included), or when memory ran out. `doc` is borrowed. */
Bank *loader_check_bank(LoadState *state, xmlDocPtr doc);

/* A libxml2 parser message in words a bank author understands (what is wrong and, where cheap,
 * how to fix it), chosen by the error's code and data, never by its English text. `before` is
 * the character just before the error's column in the source ('\0' when unknown): some codes
 * cover several mistakes, told apart by it. No position: the caller adds file:line:col. New
 * string, caller hc_frees; NULL when memory runs out. */
char *loader_parser_message(const xmlError *err, char before);
/* libxml2's own message, for codes the two above do not know, without its line end. */
char *loader_own_words(const xmlError *err);

/* Reports one libxml2 schema validation error on a bank: the message is made from the error's
 * code, its node and the bank format (loader_format.c), pointed at the element, attribute or
 * text concerned, and recorded in state->findings; a problem already reported on the same node
 * is not reported again. */
void loader_report_schema_error(LoadState *state, const xmlError *err);

/* What the schema found, by node, so the checks neither repeat it nor draw conclusions from a
 * part the schema could not judge. */
typedef enum {
    FINDING_CONTENT,           /* element out of place, or missing children (on that element) */
    FINDING_ATTRIBUTE,         /* an attribute banks do not use (on its element) */
    FINDING_MISSING_ATTRIBUTE, /* (on the element) */
    FINDING_VALUE,             /* a value the format does not allow (on the attribute or element) */
    FINDING_TEXT,              /* text or tags where they cannot be (on the element) */
    FINDING_DUPLICATE_ID,      /* (on the question) */
    FINDING_IN_QUESTION,       /* any problem inside a question (on the question) */
    FINDING_CHILDREN,          /* children that cannot be counted (on their parent) */
} FindingKind;

Findings *findings_new(void);
void findings_free(Findings *findings);
/* Records the finding; false when it was recorded already. */
bool findings_add(Findings *findings, const void *node, FindingKind kind);
bool findings_has(const Findings *findings, const void *node, FindingKind kind);
/* Reads the optional <place> of a schema-valid <bank> root into the bank (loader_place.c).
 * Returns how many errors it added to diags (each with its line): an id that is not one of
 * places.h's thirteen, or neither or both of an id and lat/lon. A place of one's own outside
 * the map is a warning. */
size_t loader_read_place(const xmlNode *root, Bank *bank, const char *file, Diagnostics *diags);

/* The message for one libxml2 error, in words a bank author understands (what is wrong and,
 * where cheap, how to fix it); no position, the caller adds file:line:col. New string, caller
 * hc_frees; NULL when memory runs out. */
char *loader_message(const xmlError *err);

/* Where libxml2's messages for one call go. libxml2 is only ever given handlers on its own
 * contexts, never process-wide ones, so a program that set its own keeps them. */
struct LoadState {
    const char *file; /* name used in messages; NULL: the file named by each error */
    Diagnostics *diags;
    const char *fallback_file; /* when neither of the above names one */
    int all_messages;          /* every message libxml2 gave */
    bool parser_failed;        /* after a fatal parse error the rest is mostly its echo */
    bool doctype;
    int doctype_line;
    int doctype_column;
    bool record_positions; /* loader_parse notes where each start tag is, for messages */
    const char *text;      /* the bank's text as parsed (UTF-8), for positions; may be NULL */
    size_t text_size;
    const char *source_path; /* without text: the file to read it from when needed */
    SourceText *source;      /* its lines, indexed when first needed (loader_source) */
    Findings *findings;      /* what the schema reported; may be NULL */
};

typedef struct {
    int line;   /* 0: unknown */
    int column; /* 0: unknown */
} SourcePos;

/* Where an element's start tag begins ("<"), found through the position loader_parse recorded;
 * the line alone (from libxml2) when none was recorded. */
SourcePos loader_element_position(LoadState *state, const xmlNode *node);
/* Where an attribute's name stands in its element's start tag. */
SourcePos loader_attribute_position(LoadState *state, const xmlAttr *attr);
/* Where the first text of `element` that is not whitespace begins. */
SourcePos loader_text_position(LoadState *state, const xmlNode *element);
/* The line the element's start tag begins on (loader_parse corrects libxml2's own, which is
 * where it ends; past line 65535 libxml2 keeps only the latter). */
int loader_line_of(const xmlNode *node);
/* state->text's lines, indexed on first use; NULL without text or memory. */
const SourceText *loader_source(LoadState *state);

/* The bank format's content model, as bank-1.xsd states it: which children <bank> and
 * <question> have, in which order and how many. The schema says that an element is out of place
 * or incomplete; this says what was expected there, in the schema's own terms. */
enum { FORMAT_MAX_EXPECTED = 4 };
typedef struct {
    const xmlNode *out_of_place; /* the first child the format does not allow where it is */
    bool incomplete;             /* all children fit, but more are needed */
    const char *expected[FORMAT_MAX_EXPECTED]; /* what could come at that point */
    int expected_count;
} ContentFit;
/* False when the format gives `element` no children of its own (a text element). */
bool loader_content_fit(const xmlNode *element, ContentFit *out);

/* Structured error handler for libxml2's schema contexts; user_data is the LoadState. */
void loader_on_error(void *user_data, xmlErrorPtr err);

/* The text as UTF-8: `data` itself when it is UTF-8 already, else a converted copy left in
 * *owned (caller hc_frees), with *size updated. libxml2 then never converts an encoding itself:
 * its converters report failures only process-wide. NULL, reported into state, when the text
 * cannot be made UTF-8. */
const char *loader_utf8_text(LoadState *state, const char *name, const char *data, size_t *size,
                             char **owned);

/* Parses UTF-8 text (see loader_utf8_text) on a parser context of its own, whose handlers report
 * into state. `url` names the document in messages and is the base of its relative references.
 * options are XML_PARSE_* flags. With refuse_doctype, parsing stops at "<!DOCTYPE" and
 * state->doctype says where it stood. libxml2 reads the text in chunks, as it reads a file,
 * rather than copying it whole: a large bank is then held in memory once. NULL when no
 * document could be read. */
xmlDocPtr loader_parse(LoadState *state, const char *url, const char *utf8, size_t size,
                       int options, bool refuse_doctype);
/* The same, for UTF-8 text that `read` hands over in chunks (see xmlInputReadCallback). */
xmlDocPtr loader_parse_io(LoadState *state, const char *url, xmlInputReadCallback read,
                          void *context, int options, bool refuse_doctype);

/* Reads a whole file of at most LOADER_MAX_FILE_BYTES, never holding more than one byte over.
 * NULL, with the reason in diags (which may be NULL), when it cannot. Caller hc_frees. */
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
