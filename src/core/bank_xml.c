/* The native bank writer: a Bank back into bank-1.xsd XML (for --convert and round trips). */
#include "herocity/bank_xml.h"

#include "text_out.h"

/* <name>text</name> on its own line, at `indent` spaces. */
static void put_element(TextOut *w, int indent, const char *name, const char *text)
{
    for (int i = 0; i < indent; i++)
        out_put(w, " ");
    out_put(w, "<");
    out_put(w, name);
    out_put(w, ">");
    out_xml(w, text, false);
    out_put(w, "</");
    out_put(w, name);
    out_put(w, ">\n");
}

static void put_question(TextOut *w, const Question *q)
{
    out_put(w, "  <question id=\"");
    out_xml(w, q->id, true);
    out_put(w, "\"");
    if (q->difficulty != BANK_DEFAULT_DIFFICULTY) {
        char number[16];
        snprintf(number, sizeof number, "%d", q->difficulty);
        out_put(w, " difficulty=\"");
        out_put(w, number);
        out_put(w, "\"");
    }
    if (!q->shuffle)
        out_put(w, " shuffle=\"false\"");
    out_put(w, ">\n");
    put_element(w, 4, "prompt", q->prompt);
    for (int i = 0; i < q->choice_count; i++) {
        out_put(w, i == q->correct_index ? "    <choice correct=\"true\">" : "    <choice>");
        out_xml(w, q->choices[i], false);
        out_put(w, "</choice>\n");
    }
    if (q->explanation[0])
        put_element(w, 4, "explanation", q->explanation);
    if (q->source[0])
        put_element(w, 4, "source", q->source);
    out_put(w, "  </question>\n");
}

bool bank_write_xml(const Bank *bank, FILE *out)
{
    TextOut w = {out, out != NULL && bank != NULL};
    out_put(&w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bank id=\"");
    out_xml(&w, bank ? bank_id(bank) : "", true);
    out_put(&w, "\" version=\"1\"");
    if (bank && bank_language(bank)[0]) {
        out_put(&w, " xml:lang=\"");
        out_xml(&w, bank_language(bank), true);
        out_put(&w, "\"");
    }
    /* Editors that know XSD check and complete the file as it is edited. */
    out_put(&w, "\n      xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                "      xsi:noNamespaceSchemaLocation=\"schema/bank-1.xsd\">\n");
    if (!w.ok)
        return false;
    put_element(&w, 2, "title", bank_title(bank));
    if (bank_description(bank)[0])
        put_element(&w, 2, "description", bank_description(bank));
    for (size_t i = 0; i < bank_question_count(bank) && w.ok; i++) {
        out_put(&w, "\n");
        put_question(&w, bank_question(bank, i));
    }
    out_put(&w, "</bank>\n");
    return out_finish(&w);
}
