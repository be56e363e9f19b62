/* What the text formats share: decoding to UTF-8, lines, names. */
#include "text_import.h"

#include <string.h>

#include "herocity/alloc.h"
#include "loader_internal.h"

/* Length of the valid UTF-8 sequence at p (1 to 4), or 0 when the bytes there are not one. */
static size_t utf8_sequence(const unsigned char *p, size_t left)
{
    if (p[0] < 0x80)
        return 1;
    size_t length = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC2 ? 2 : 0;
    if (length == 0 || length > left || p[0] > 0xF4)
        return 0;
    for (size_t i = 1; i < length; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    /* Overlong forms, surrogates and code points past U+10FFFF. */
    if ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] >= 0xA0) ||
        (p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] >= 0x90))
        return 0;
    return length;
}

/* Where the first byte that is not UTF-8 stands; size when all are. */
static size_t first_invalid(const char *text, size_t size)
{
    size_t at = 0;
    while (at < size) {
        size_t length = utf8_sequence((const unsigned char *)text + at, size - at);
        if (length == 0)
            return at;
        at += length;
    }
    return size;
}

char *text_import_utf8(const char *name, const char *data, size_t *size, const char *hint,
                       Diagnostics *diags)
{
    char encoding[LOADER_ENCODING_NAME_SIZE];
    char *text = NULL;
    if (!loader_encoding_of(data, *size, encoding)) {
        diags_add(diags, DIAG_ERROR, name, 1, 0, "the file is not saved as UTF-8; %s", hint);
        return NULL;
    }
    text =
        encoding[0] ? loader_to_utf8(name, encoding, data, size, diags) : hc_strndup(data, *size);
    if (!text) {
        if (!encoding[0])
            diags_add(diags, DIAG_ERROR, name, 0, 0, "ran out of memory reading the file");
        return NULL;
    }
    size_t bad = first_invalid(text, *size);
    if (bad < *size) {
        SourceText *source = source_text_new(text, *size);
        int line = 0, column = 0;
        if (source)
            source_text_position(source, bad, &line, &column);
        source_text_free(source);
        diags_add(diags, DIAG_ERROR, name, line, column, "the file is not saved as UTF-8; %s",
                  hint);
        hc_free(text);
        return NULL;
    }
    if (*size >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        memmove(text, text + 3, *size - 3 + 1);
        *size -= 3;
    }
    return text;
}

bool text_next_line(LineReader *reader, const char **line, size_t *length)
{
    if (reader->next >= reader->size)
        return false;
    const char *start = reader->text + reader->next;
    const char *end = memchr(start, '\n', reader->size - reader->next);
    size_t len = end ? (size_t)(end - start) : reader->size - reader->next;
    reader->next += len + (end ? 1 : 0);
    reader->number++;
    if (len > 0 && start[len - 1] == '\r')
        len--;
    *line = start;
    *length = len;
    return true;
}

bool text_line_blank(const char *line, size_t length)
{
    for (size_t i = 0; i < length; i++)
        if (line[i] != ' ' && line[i] != '\t')
            return false;
    return true;
}

char *text_name_from(const char *prompt)
{
    enum { NAME_CHARACTERS = 40 };
    size_t end = 0;
    for (int characters = 0; prompt[end]; end++) {
        bool starts = ((unsigned char)prompt[end] & 0xC0) != 0x80;
        if (starts && characters++ == NAME_CHARACTERS)
            break;
    }
    return hc_strndup(prompt, end);
}
