/* The Moodle XML writer: a Bank as a <quiz> that Moodle and moodle.c both read back. */
#include "herocity/bank_export.h"

#include <string.h>

#include "text_out.h"

/* <name><text>...</text></name> with the text as HTML. */
static void put_field(TextOut *w, const char *name, const char *format, const char *text)
{
    out_put(w, "    <");
    out_put(w, name);
    out_put(w, format);
    out_put(w, ">\n      <text>");
    out_html_in_xml(w, text);
    out_put(w, "</text>\n    </");
    out_put(w, name);
    out_put(w, ">\n");
}

/* The category path: Moodle writes a '/' inside a name as "//". */
static void put_category(TextOut *w, const Bank *bank)
{
    out_put(w, "  <question type=\"category\">\n    <category>\n      <text>$course$/top/");
    for (const char *p = bank_title(bank); *p && w->ok; p++) {
        char one[2] = {*p, '\0'};
        out_xml(w, *p == '/' ? "//" : one, false);
    }
    out_put(w, "</text>\n    </category>\n");
    put_field(w, "info", " format=\"html\"", bank_description(bank));
    out_put(w, "    <idnumber>");
    out_xml(w, bank_id(bank), false);
    out_put(w, "</idnumber>\n  </question>\n");
}

/* A question's name in Moodle's list: the start of its prompt. */
static void put_name(TextOut *w, const char *prompt)
{
    enum { NAME_CHARACTERS = 60 };
    size_t end = 0;
    for (int characters = 0; prompt[end] && characters <= NAME_CHARACTERS; end++)
        characters += ((unsigned char)prompt[end] & 0xC0) != 0x80;
    if (prompt[end]) /* cut before the character that went over */
        while (end > 0 && ((unsigned char)prompt[--end] & 0xC0) == 0x80)
            ;
    char name[4 * NAME_CHARACTERS + 8];
    snprintf(name, sizeof name, "%.*s%s", (int)end, prompt, prompt[end] ? "..." : "");
    out_put(w, "    <name>\n      <text>");
    out_xml(w, name, false);
    out_put(w, "</text>\n    </name>\n");
}

/* The explanation, and the source as a last paragraph of its own. */
static void put_feedback(TextOut *w, const Question *q)
{
    out_put(w, "    <generalfeedback format=\"html\">\n      <text>");
    if (q->source[0]) {
        out_put(w, "&lt;p&gt;");
        out_html_in_xml(w, q->explanation);
        out_put(w, "&lt;/p&gt;&lt;p&gt;Source: ");
        out_html_in_xml(w, q->source);
        out_put(w, "&lt;/p&gt;");
    } else {
        out_html_in_xml(w, q->explanation);
    }
    out_put(w, "</text>\n    </generalfeedback>\n");
}

static void put_question(TextOut *w, const Question *q)
{
    out_put(w, "\n  <question type=\"multichoice\">\n");
    put_name(w, q->prompt);
    put_field(w, "questiontext", " format=\"html\"", q->prompt);
    put_feedback(w, q);
    out_put(w, "    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n"
               "    <hidden>0</hidden>\n    <idnumber>");
    out_xml(w, q->id, false);
    out_put(w, "</idnumber>\n    <single>true</single>\n    <shuffleanswers>");
    out_put(w, q->shuffle ? "true" : "false");
    out_put(w, "</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n");
    for (int i = 0; i < q->choice_count; i++) {
        out_put(w, i == q->correct_index ? "    <answer fraction=\"100\" format=\"html\">\n"
                                         : "    <answer fraction=\"0\" format=\"html\">\n");
        out_put(w, "      <text>");
        out_html_in_xml(w, q->choices[i]);
        out_put(w, "</text>\n      <feedback format=\"html\">\n        <text></text>\n"
                   "      </feedback>\n    </answer>\n");
    }
    if (q->difficulty != BANK_DEFAULT_DIFFICULTY) {
        char tag[128];
        snprintf(tag, sizeof tag,
                 "    <tags>\n      <tag><text>difficulty-%d</text></tag>\n"
                 "    </tags>\n",
                 q->difficulty);
        out_put(w, tag);
    }
    out_put(w, "  </question>\n");
}

bool bank_write_moodle(const Bank *bank, FILE *out)
{
    TextOut w = {out, out != NULL && bank != NULL};
    if (!w.ok)
        return false;
    out_put(&w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz");
    if (bank_language(bank)[0]) {
        out_put(&w, " xml:lang=\"");
        out_xml(&w, bank_language(bank), true);
        out_put(&w, "\"");
    }
    out_put(&w,
            ">\n<!-- A Hero City Quiz bank in Moodle XML: import it into a question bank. -->\n");
    put_category(&w, bank);
    for (size_t i = 0; i < bank_question_count(bank) && w.ok; i++)
        put_question(&w, bank_question(bank, i));
    out_put(&w, "</quiz>\n");
    return out_finish(&w);
}
