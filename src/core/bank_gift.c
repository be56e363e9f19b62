/* The GIFT writer: a Bank as Moodle's text format, each question in the [html] format so that
 * its general feedback can hold the explanation and the source as two paragraphs. */
#include "herocity/bank_export.h"

#include "text_out.h"

static void put_question(TextOut *w, const Question *q)
{
    out_put(w, "\n::");
    out_html_in_gift(w, q->id);
    out_put(w, "::[html]");
    out_html_in_gift(w, q->prompt);
    out_put(w, " {\n");
    for (int i = 0; i < q->choice_count; i++) {
        out_put(w, i == q->correct_index ? "\t=" : "\t~");
        out_html_in_gift(w, q->choices[i]);
        out_put(w, "\n");
    }
    if (q->explanation[0] || q->source[0]) {
        out_put(w, "\t####");
        if (q->source[0]) {
            out_put(w, "<p>");
            out_html_in_gift(w, q->explanation);
            out_put(w, "</p><p>Source\\: ");
            out_html_in_gift(w, q->source);
            out_put(w, "</p>");
        } else {
            out_html_in_gift(w, q->explanation);
        }
        out_put(w, "\n");
    }
    out_put(w, "}\n");
}

bool bank_write_gift(const Bank *bank, FILE *out)
{
    TextOut w = {out, out != NULL && bank != NULL};
    if (!w.ok)
        return false;
    out_put(&w, "// A Hero City Quiz bank in GIFT: import it into a Moodle question bank.\n"
                "$CATEGORY: $course$/top/");
    /* The rest of the line is the category's path, in which Moodle reads "//" as a '/'. */
    for (const char *p = bank_title(bank); *p && w.ok; p++) {
        char one[2] = {*p, '\0'};
        out_put(&w, *p == '/' ? "//" : one);
    }
    out_put(&w, "\n");
    for (size_t i = 0; i < bank_question_count(bank) && w.ok; i++)
        put_question(&w, bank_question(bank, i));
    return out_finish(&w);
}
