/* The bank schema, compiled from documents the loader has read itself. libxml2 reads a
 * document that the schema includes or imports on a parser context of its own, with the
 * default handlers: any message about it would go to stderr. So each such document is read
 * here first, with our handlers, and the schema is compiled only when every one of them reads
 * without a single message; libxml2's second reading then has nothing to say. */
#include <limits.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/uri.h>

#include "herocity/alloc.h"
#include "loader_internal.h"

/* libxml2's options for schema documents (SCHEMAS_PARSE_OPTIONS), and never the network. */
#define SCHEMA_PARSE_OPTIONS (XML_PARSE_NOENT | XML_PARSE_NONET)

/* The bank schema has two documents; this bounds a schema whose documents include each other. */
enum { MAX_SCHEMA_DOCUMENTS = 16 };

typedef struct {
    LoadState *state;
    char *paths[MAX_SCHEMA_DOCUMENTS]; /* every document read so far */
    int count;
} SchemaReader;

static int line_of(const xmlNode *node)
{
    long line = xmlGetLineNo(node);
    return line > 0 && line <= INT_MAX ? (int)line : 0;
}

static void report(const SchemaReader *reader, const xmlNode *node, const xmlChar *location,
                   const char *problem)
{
    diags_add(reader->state->diags, DIAG_ERROR, (const char *)node->doc->URL, line_of(node), 0,
              "schemaLocation '%s' %s", (const char *)location, problem);
}

/* <xs:include>, <xs:import> and <xs:redefine>: the elements that make libxml2 read a file. */
static bool names_a_document(const xmlNode *node)
{
    return node->type == XML_ELEMENT_NODE && node->ns &&
           xmlStrEqual(node->ns->href, BAD_CAST "http://www.w3.org/2001/XMLSchema") &&
           (xmlStrEqual(node->name, BAD_CAST "include") ||
            xmlStrEqual(node->name, BAD_CAST "import") ||
            xmlStrEqual(node->name, BAD_CAST "redefine"));
}

/* The local file a schemaLocation names, resolved against the document as libxml2 resolves it
 * (xmlSchemaBuildAbsoluteURI). NULL, reported, for anything but a local file. */
static char *document_path(const SchemaReader *reader, const xmlNode *node, const xmlChar *location)
{
    xmlChar *base = xmlNodeGetBase(node->doc, node);
    xmlChar *uri = xmlBuildURI(location, base ? base : node->doc->URL);
    xmlFree(base);
    if (!uri) {
        report(reader, node, location, "cannot be resolved");
        return NULL;
    }
    const char *path = (const char *)uri;
    if (strncmp(path, "file://localhost/", 17) == 0)
        path += 16;
    else if (strncmp(path, "file:///", 8) == 0)
        path += 7;
    char *copy = NULL;
    if (strstr(path, "://"))
        report(reader, node, location, "is not a local file");
    else if (!(copy = hc_strdup(path)))
        report(reader, node, location, "could not be read: out of memory");
    xmlFree(uri);
    return copy;
}

/* Reads one schema document. One that another includes must be UTF-8: libxml2 reads it again
 * itself, and would convert any other encoding itself. */
static xmlDocPtr read_document(SchemaReader *reader, const char *path, bool included)
{
    size_t size = 0;
    char *data = loader_read_file(path, &size, reader->state->diags);
    if (!data)
        return NULL;
    char encoding[LOADER_ENCODING_NAME_SIZE] = "";
    xmlDocPtr doc = NULL;
    if (included && (!loader_encoding_of(data, size, encoding) || encoding[0]))
        diags_add(reader->state->diags, DIAG_ERROR, path, 1, 0,
                  "a schema document that another one includes or imports must be saved as "
                  "UTF-8");
    else {
        char *converted = NULL;
        const char *utf8 = loader_utf8_text(reader->state, path, data, &size, &converted);
        if (utf8)
            doc = loader_parse(reader->state, path, utf8, size, SCHEMA_PARSE_OPTIONS, false);
        hc_free(converted);
    }
    hc_free(data);
    return doc;
}

static bool documents_read_cleanly(SchemaReader *reader, const xmlDoc *doc);

/* Reads the document `node` names, unless it was read already, and the ones it names. */
static bool document_reads_cleanly(SchemaReader *reader, const xmlNode *node,
                                   const xmlChar *location)
{
    char *path = document_path(reader, node, location);
    if (!path)
        return false;
    for (int i = 0; i < reader->count; i++) {
        if (strcmp(reader->paths[i], path) == 0) {
            hc_free(path);
            return true;
        }
    }
    if (reader->count == MAX_SCHEMA_DOCUMENTS) {
        report(reader, node, location, "is one schema document too many");
        hc_free(path);
        return false;
    }
    reader->paths[reader->count++] = path;
    int messages_before = reader->state->all_messages;
    xmlDocPtr doc = read_document(reader, path, true);
    bool clean = doc && reader->state->all_messages == messages_before &&
                 documents_read_cleanly(reader, doc);
    xmlFreeDoc(doc);
    return clean;
}

static bool documents_read_cleanly(SchemaReader *reader, const xmlDoc *doc)
{
    const xmlNode *root = xmlDocGetRootElement(doc);
    bool clean = true;
    for (const xmlNode *node = root ? root->children : NULL; node && clean; node = node->next) {
        if (!names_a_document(node))
            continue;
        xmlChar *location = xmlGetNoNsProp(node, BAD_CAST "schemaLocation");
        if (location)
            clean = document_reads_cleanly(reader, node, location);
        xmlFree(location);
    }
    return clean;
}

xmlSchemaPtr loader_compile_schema(LoadState *state, const char *path, xmlDocPtr *doc)
{
    SchemaReader reader = {.state = state};
    xmlSchemaPtr schema = NULL;
    *doc = read_document(&reader, path, false);
    if (*doc && documents_read_cleanly(&reader, *doc)) {
        /* The main document is handed over parsed, so libxml2 never reads it itself. */
        xmlSchemaParserCtxtPtr parser = xmlSchemaNewDocParserCtxt(*doc);
        if (parser) {
            xmlSchemaSetParserStructuredErrors(parser, loader_on_error, state);
            schema = xmlSchemaParse(parser);
            xmlSchemaFreeParserCtxt(parser);
        }
    }
    for (int i = 0; i < reader.count; i++)
        hc_free(reader.paths[i]);
    if (!schema) {
        xmlFreeDoc(*doc);
        *doc = NULL;
    }
    return schema;
}
