/* Text encodings: the loader hands libxml2 only UTF-8. libxml2 2.9's own converters report a
 * byte they cannot convert through its process-wide handler (stderr by default), so files in
 * other encodings are converted here, where a bad byte becomes a message with its line. */
#include <errno.h>
#include <iconv.h>
#include <string.h>
#include <strings.h>

#include "herocity/alloc.h"
#include "loader_internal.h"

static bool starts_with_bytes(const char *data, size_t size, const char *bytes, size_t count)
{
    return size >= count && memcmp(data, bytes, count) == 0;
}

/* The encoding an XML declaration names; "" when there is no declaration or it names none. */
static void declared_encoding(const char *data, size_t size, char name[LOADER_ENCODING_NAME_SIZE])
{
    name[0] = '\0';
    if (size < 6 || memcmp(data, "<?xml", 5) != 0 || !strchr(" \t\r\n", data[5]))
        return;
    size_t end = 5;
    while (end + 1 < size && !(data[end] == '?' && data[end + 1] == '>'))
        end++;
    const char *key = NULL;
    for (size_t i = 5; i + 8 <= end && !key; i++)
        if (memcmp(data + i, "encoding", 8) == 0)
            key = data + i + 8;
    const char *stop = data + end;
    while (key && key < stop && strchr(" \t\r\n=", *key))
        key++;
    if (!key || key >= stop || (*key != '"' && *key != '\''))
        return;
    char quote = *key++;
    size_t len = 0;
    while (key + len < stop && key[len] != quote && len + 1 < LOADER_ENCODING_NAME_SIZE)
        len++;
    memcpy(name, key, len);
    name[len] = '\0';
}

bool loader_encoding_of(const char *data, size_t size, char name[LOADER_ENCODING_NAME_SIZE])
{
    /* The first bytes libxml2 itself recognises (xmlDetectCharEncoding): it would convert
     * all of these, so each is converted here or refused. */
    static const struct {
        const char *bytes;
        size_t count;
        const char *encoding; /* NULL: not read */
    } signatures[] = {
        {"\x00\x00\x00\x3C", 4, "UCS-4BE"},  {"\x3C\x00\x00\x00", 4, "UCS-4LE"},
        {"\x00\x00\x3C\x00", 4, NULL},       {"\x00\x3C\x00\x00", 4, NULL},
        {"\x4C\x6F\xA7\x94", 4, NULL},       {"\x3C\x00\x3F\x00", 4, "UTF-16LE"},
        {"\x00\x3C\x00\x3F", 4, "UTF-16BE"}, {"\xEF\xBB\xBF", 3, ""},
        {"\xFE\xFF", 2, "UTF-16BE"},         {"\xFF\xFE", 2, "UTF-16LE"},
    };
    name[0] = '\0';
    for (size_t i = 0; i < sizeof signatures / sizeof signatures[0]; i++) {
        if (!starts_with_bytes(data, size, signatures[i].bytes, signatures[i].count))
            continue;
        if (!signatures[i].encoding)
            return false;
        strcpy(name, signatures[i].encoding);
        return true;
    }
    declared_encoding(data, size, name);
    if (strcasecmp(name, "UTF-8") == 0 || strcasecmp(name, "UTF8") == 0)
        name[0] = '\0';
    return true;
}

/* Where the conversion stopped, as a 1-based line and column of the text converted so far. */
static void position_of(const char *text, size_t len, int *line, int *column)
{
    *line = 1;
    *column = 1;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') {
            ++*line;
            *column = 1;
        } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
            ++*column;
        }
    }
}

/* Converts all of `in` into *out (grown as needed); false when a byte is not valid in the
 * encoding (then *done says how far it got) or memory ran out (then *out is NULL). */
static bool convert(iconv_t converter, const char *data, size_t size, char **out, size_t *done)
{
    size_t capacity = size + size / 2 + 16;
    *out = hc_malloc(capacity);
    *done = 0;
    char *in = (char *)data; /* iconv's signature; it does not write the input */
    size_t in_left = size;
    while (*out) {
        char *next = *out + *done;
        size_t out_left = capacity - *done;
        size_t rc = iconv(converter, &in, &in_left, &next, &out_left);
        int error = errno;
        *done = (size_t)(next - *out);
        if (rc != (size_t)-1)
            return true;
        if (error != E2BIG)
            return false;
        char *bigger = hc_realloc(*out, capacity * 2);
        if (!bigger)
            hc_free(*out);
        *out = bigger;
        capacity *= 2;
    }
    return false;
}

char *loader_to_utf8(const char *file, const char *encoding, const char *data, size_t *size,
                     Diagnostics *diags)
{
    /* A declaration of UTF-16 on bytes that read as ASCII cannot be true (libxml2 refuses it
     * too); converting them would only give a page of nonsense. */
    bool says_utf16 =
        strncasecmp(encoding, "UTF-16", 6) == 0 || strncasecmp(encoding, "UTF16", 5) == 0;
    if (says_utf16 && starts_with_bytes(data, *size, "<?xml", 5)) {
        diags_add(diags, DIAG_ERROR, file, 1, 0,
                  "the first line says the file is saved as %s, but it is not; write "
                  "encoding=\"UTF-8\" there and save the file as UTF-8",
                  encoding);
        return NULL;
    }
    iconv_t converter = iconv_open("UTF-8", encoding);
    if (converter == (iconv_t)-1) {
        diags_add(diags, DIAG_ERROR, file, 1, 0,
                  "the file says it is saved as '%s', an encoding the game does not know; "
                  "save it as UTF-8 in your editor",
                  encoding);
        return NULL;
    }
    char *out = NULL;
    size_t done = 0;
    bool ok = convert(converter, data, *size, &out, &done);
    iconv_close(converter);
    if (!out) {
        diags_add(diags, DIAG_ERROR, file, 0, 0, "ran out of memory reading the file");
        return NULL;
    }
    if (!ok) {
        int line, column;
        position_of(out, done, &line, &column);
        diags_add(diags, DIAG_ERROR, file, line, column,
                  "this is not valid %s, the encoding the file is saved in; save the file as "
                  "UTF-8 in your editor",
                  encoding);
        hc_free(out);
        return NULL;
    }
    *size = done;
    return out;
}
