/* The native bank writer: a Bank back into bank-1.xsd XML (for --convert and round trips). */
#include "herocity/bank_xml.h"

/* Every write is checked through one flag, so a full disk or closed pipe is reported once. */
typedef struct {
    FILE *out;
    bool ok;
} Writer;

static void put(Writer *w, const char *text)
{
    if (w->ok && fputs(text, w->out) == EOF)
        w->ok = false;
}

/* Escapes what XML requires; in attributes also quotes and the whitespace that attribute
 * normalisation would otherwise turn into spaces. */
static void put_escaped(Writer *w, const char *text, bool attribute)
{
    for (const unsigned char *p = (const unsigned char *)text; *p && w->ok; p++) {
        switch (*p) {
        case '&': put(w, "&amp;"); break;
        case '<': put(w, "&lt;"); break;
        case '>': put(w, "&gt;"); break;
        case '"': put(w, attribute ? "&quot;" : "\""); break;
        case '\t': put(w, attribute ? "&#9;" : "\t"); break;
        case '\n': put(w, attribute ? "&#10;" : "\n"); break;
        case '\r': put(w, "&#13;"); break;
        default:
            if (*p < 0x20)
                w->ok = false; /* not representable in XML 1.0, even as a reference */
            else if (fputc(*p, w->out) == EOF)
                w->ok = false;
        }
    }
}

/* <name>text</name> on its own line, at `indent` spaces. */
static void put_element(Writer *w, int indent, const char *name, const char *text)
{
    for (int i = 0; i < indent; i++)
        put(w, " ");
    put(w, "<");
    put(w, name);
    put(w, ">");
    put_escaped(w, text, false);
    put(w, "</");
    put(w, name);
    put(w, ">\n");
}

static void put_question(Writer *w, const Question *q)
{
    put(w, "  <question id=\"");
    put_escaped(w, q->id, true);
    put(w, "\"");
    if (q->difficulty != BANK_DEFAULT_DIFFICULTY) {
        char number[16];
        snprintf(number, sizeof number, "%d", q->difficulty);
        put(w, " difficulty=\"");
        put(w, number);
        put(w, "\"");
    }
    if (!q->shuffle)
        put(w, " shuffle=\"false\"");
    put(w, ">\n");
    put_element(w, 4, "prompt", q->prompt);
    for (int i = 0; i < q->choice_count; i++) {
        put(w, i == q->correct_index ? "    <choice correct=\"true\">" : "    <choice>");
        put_escaped(w, q->choices[i], false);
        put(w, "</choice>\n");
    }
    if (q->explanation[0])
        put_element(w, 4, "explanation", q->explanation);
    if (q->source[0])
        put_element(w, 4, "source", q->source);
    put(w, "  </question>\n");
}

bool bank_write_xml(const Bank *bank, FILE *out)
{
    Writer w = {out, out != NULL && bank != NULL};
    put(&w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bank id=\"");
    put_escaped(&w, bank ? bank_id(bank) : "", true);
    put(&w, "\" version=\"1\"");
    if (bank && bank_language(bank)[0]) {
        put(&w, " xml:lang=\"");
        put_escaped(&w, bank_language(bank), true);
        put(&w, "\"");
    }
    /* Editors that know XSD check and complete the file as it is edited. */
    put(&w, "\n      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
            "      xsi:noNamespaceSchemaLocation=\"schema/bank-1.xsd\">\n");
    if (!w.ok)
        return false;
    put_element(&w, 2, "title", bank_title(bank));
    if (bank_description(bank)[0])
        put_element(&w, 2, "description", bank_description(bank));
    for (size_t i = 0; i < bank_question_count(bank) && w.ok; i++) {
        put(&w, "\n");
        put_question(&w, bank_question(bank, i));
    }
    put(&w, "</bank>\n");
    return w.ok && fflush(out) == 0 && !ferror(out);
}
