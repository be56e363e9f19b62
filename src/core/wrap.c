/* Word wrapping over UTF-8 with a caller-supplied measure (see wrap.h). */
#include "herocity/wrap.h"

#include <stdbool.h>

static bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

static size_t next_char(const char *text, size_t pos)
{
    pos++;
    while (text[pos] && is_continuation((unsigned char)text[pos]))
        pos++;
    return pos;
}

static void emit(WrapLine *lines, size_t max_lines, size_t count, size_t start, size_t end)
{
    if (count < max_lines) {
        lines[count].start = start;
        lines[count].length = end - start;
    }
}

/* The longest prefix of text[start..end) that fits, at least one character so that progress
 * is always made. */
static size_t fit_chars(const char *text, size_t start, size_t end, int max_width,
                        TextMeasureFn measure, void *context)
{
    size_t good = next_char(text, start);
    for (size_t pos = good; pos < end; pos = next_char(text, pos)) {
        size_t candidate = next_char(text, pos);
        if (measure(context, text + start, candidate - start) > max_width)
            break;
        good = candidate;
    }
    return good < end ? good : end;
}

size_t wrap_text(const char *text, int max_width, TextMeasureFn measure, void *context,
                 WrapLine *lines, size_t max_lines)
{
    size_t count = 0;
    size_t pos = 0;
    while (text[pos]) {
        while (text[pos] == ' ')
            pos++;
        if (!text[pos])
            break;
        if (text[pos] == '\n') { /* an empty line between paragraphs */
            emit(lines, max_lines, count++, pos, pos);
            pos++;
            continue;
        }
        size_t line_start = pos;
        size_t line_end = pos; /* end of the last word that fits */
        size_t scan = pos;
        for (;;) {
            size_t word_end = scan;
            while (text[word_end] && text[word_end] != ' ' && text[word_end] != '\n')
                word_end++;
            if (measure(context, text + line_start, word_end - line_start) > max_width) {
                if (line_end == line_start) /* one word wider than the line: split it */
                    line_end = fit_chars(text, line_start, word_end, max_width, measure, context);
                break;
            }
            line_end = word_end;
            size_t next = word_end;
            while (text[next] == ' ')
                next++;
            if (!text[next] || text[next] == '\n')
                break;
            scan = next;
        }
        emit(lines, max_lines, count++, line_start, line_end);
        pos = line_end;
        while (text[pos] == ' ')
            pos++;
        if (text[pos] == '\n')
            pos++;
    }
    return count;
}
