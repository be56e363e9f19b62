/* Output for the bank writers: one flag for every write, and each format's escapes. */
#include "text_out.h"

#include <string.h>

void out_put(TextOut *w, const char *text)
{
    if (w->ok && fputs(text, w->out) == EOF)
        w->ok = false;
}

static void out_char(TextOut *w, char ch)
{
    if (w->ok && fputc((unsigned char)ch, w->out) == EOF)
        w->ok = false;
}

void out_xml(TextOut *w, const char *text, bool attribute)
{
    for (const unsigned char *p = (const unsigned char *)text; *p && w->ok; p++) {
        switch (*p) {
        case '&': out_put(w, "&amp;"); break;
        case '<': out_put(w, "&lt;"); break;
        case '>': out_put(w, "&gt;"); break;
        case '"': out_put(w, attribute ? "&quot;" : "\""); break;
        case '\t': out_put(w, attribute ? "&#9;" : "\t"); break;
        case '\n': out_put(w, attribute ? "&#10;" : "\n"); break;
        case '\r': out_put(w, "&#13;"); break;
        default:
            if (*p < 0x20)
                w->ok = false; /* not representable in XML 1.0, even as a reference */
            else
                out_char(w, (char)*p);
        }
    }
}

void out_html_in_xml(TextOut *w, const char *text)
{
    for (const char *p = text; *p && w->ok; p++) {
        switch (*p) {
        case '&': out_put(w, "&amp;amp;"); break;
        case '<': out_put(w, "&amp;lt;"); break;
        case '>': out_put(w, "&amp;gt;"); break;
        default: {
            char one[2] = {*p, '\0'};
            out_xml(w, one, false);
        }
        }
    }
}

void out_html_in_gift(TextOut *w, const char *text)
{
    for (const char *p = text; *p && w->ok; p++) {
        if (*p == '&')
            out_put(w, "&amp;");
        else if (*p == '<')
            out_put(w, "&lt;");
        else if (*p == '>')
            out_put(w, "&gt;");
        else if (*p == '\n' || *p == '\r')
            out_put(w, " "); /* a line break would end the question's line */
        else if (strchr("~=#{}:\\", *p)) {
            out_char(w, '\\');
            out_char(w, *p);
        } else {
            out_char(w, *p);
        }
    }
}

bool out_finish(TextOut *w) { return w->ok && fflush(w->out) == 0 && !ferror(w->out); }
