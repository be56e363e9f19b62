/* Moodle XML text: HTML fragments into plain text, names into ids, lengths as the schema counts. */
#include "moodle_text.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "herocity/alloc.h"
#include "text_space.h"

/* Tags that start a new line in a browser: removing them must leave a space between words. */
static const char *const block_tags[] = {
    "address", "article",    "blockquote", "br",    "caption", "dd",    "div", "dl",
    "dt",      "figcaption", "footer",     "h1",    "h2",      "h3",    "h4",  "h5",
    "h6",      "header",     "hr",         "li",    "ol",      "p",     "pre", "section",
    "table",   "tbody",      "td",         "tfoot", "th",      "thead", "tr",  "ul",
};

/* Tags whose content is a picture or a player: the text alone would not make sense. */
static const char *const media_tags[] = {
    "audio", "canvas", "embed", "iframe", "img", "math", "object", "picture", "svg", "video",
};

/* Named entities that editors (TinyMCE, Atto, Word pastes) actually leave in Moodle text. */
static const struct {
    const char *name;
    const char *utf8;
} entities[] = {
    {"amp", "&"},         {"lt", "<"},          {"gt", ">"},          {"quot", "\""},
    {"apos", "'"},        {"nbsp", " "},        {"ndash", "\u2013"},  {"mdash", "\u2014"},
    {"hellip", "\u2026"}, {"laquo", "\u00ab"},  {"raquo", "\u00bb"},  {"lsquo", "\u2018"},
    {"rsquo", "\u2019"},  {"sbquo", "\u201a"},  {"ldquo", "\u201c"},  {"rdquo", "\u201d"},
    {"bdquo", "\u201e"},  {"copy", "\u00a9"},   {"reg", "\u00ae"},    {"deg", "\u00b0"},
    {"times", "\u00d7"},  {"divide", "\u00f7"}, {"middot", "\u00b7"}, {"euro", "\u20ac"},
    {"minus", "\u2212"},  {"plusmn", "\u00b1"}, {"sect", "\u00a7"},   {"numero", "\u2116"},
    {"shy", ""},
};

/* Browsers read &#128;..&#159; as Windows-1252, and text pasted from Word relies on it. */
static const uint16_t cp1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
static bool is_alpha(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }
static char lower(char ch) { return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch; }

static bool in_list(const char *name, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(name, list[i]) == 0)
            return true;
    return false;
}

/* Writes code point cp as UTF-8; anything XML 1.0 cannot carry becomes a space or U+FFFD, so
 * the bank written from it is still well-formed. Returns the bytes written (at most 4). */
static size_t put_utf8(uint32_t cp, char *out)
{
    if (cp >= 0x80 && cp <= 0x9F)
        cp = cp1252[cp - 0x80];
    if (cp < 0x20 || cp == 0x7F)
        cp = ' ';
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF || cp > 0x10FFFF)
        cp = 0xFFFD;
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* p points at '&'. Decodes one entity into out and returns the input bytes it used, or 0 when
 * this is not an entity we know (the '&' is then kept as written). Every entity is at least as
 * long as its UTF-8, so the output never outgrows the input. */
static size_t decode_entity(const char *p, char *out, size_t *written)
{
    if (p[1] == '#') {
        bool hex = p[2] == 'x' || p[2] == 'X';
        size_t i = hex ? 3 : 2, digits = 0;
        uint32_t cp = 0;
        for (;; i++, digits++) {
            char ch = p[i];
            int value = is_digit(ch)                                  ? ch - '0'
                        : hex && lower(ch) >= 'a' && lower(ch) <= 'f' ? lower(ch) - 'a' + 10
                                                                      : -1;
            if (value < 0)
                break;
            /* Saturate: anything past U+10FFFF is invalid whatever its size. */
            cp = cp > 0x10FFFF ? cp : cp * (hex ? 16u : 10u) + (uint32_t)value;
        }
        if (digits == 0 || p[i] != ';')
            return 0;
        *written = put_utf8(cp, out);
        return i + 1;
    }
    size_t len = 0;
    while (len < 8 && (is_alpha(p[1 + len]) || is_digit(p[1 + len])))
        len++;
    if (len == 0 || p[1 + len] != ';')
        return 0;
    for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++)
        if (strlen(entities[i].name) == len && strncmp(p + 1, entities[i].name, len) == 0) {
            size_t n = strlen(entities[i].utf8);
            memcpy(out, entities[i].utf8, n);
            *written = n;
            return len + 2;
        }
    return 0;
}

/* Where the case-insensitive `needle` starts in text, or NULL. */
static const char *find_ci(const char *text, const char *needle)
{
    size_t n = strlen(needle);
    for (; *text; text++) {
        size_t i = 0;
        while (i < n && lower(text[i]) == needle[i])
            i++;
        if (i == n)
            return text;
    }
    return NULL;
}

/* p points at '<' that opens a tag, comment or declaration. Returns where text resumes, and
 * whether the tag separates words (`block`) or is media. */
static const char *skip_markup(const char *p, bool *block, bool *media)
{
    *block = false;
    *media = false;
    if (strncmp(p, "<!--", 4) == 0) {
        const char *end = strstr(p + 4, "-->");
        return end ? end + 3 : p + strlen(p);
    }
    const char *q = p + 1 + (p[1] == '/');
    char name[12] = "";
    size_t len = 0;
    while ((is_alpha(*q) || is_digit(*q)) && len < sizeof name) {
        name[len++] = lower(*q);
        q++;
    }
    bool named = len > 0 && len < sizeof name && !is_alpha(*q) && !is_digit(*q);
    name[named ? len : 0] = '\0';
    /* The tag ends at the first '>' outside a quoted attribute value. */
    char quote = 0;
    for (; *q && (quote || *q != '>'); q++)
        if (quote ? *q == quote : (*q == '"' || *q == '\''))
            quote = quote ? 0 : *q;
    const char *after = *q ? q + 1 : q;
    *block = in_list(name, block_tags, sizeof block_tags / sizeof block_tags[0]);
    *media = in_list(name, media_tags, sizeof media_tags / sizeof media_tags[0]);
    if (p[1] != '/' && (strcmp(name, "script") == 0 || strcmp(name, "style") == 0)) {
        /* Code and style sheets are not text; skip to the end of their closing tag. */
        const char *close = find_ci(after, strcmp(name, "script") == 0 ? "</script" : "</style");
        const char *end = close ? strchr(close, '>') : NULL;
        return end ? end + 1 : after + strlen(after);
    }
    return after;
}

char *moodle_plain_text(const char *raw)
{
    char *text = hc_strdup(raw ? raw : "");
    if (text)
        text_collapse_space(text);
    return text;
}

char *moodle_clean_text(const char *raw, bool html, TextFindings *findings)
{
    if (findings)
        *findings = (TextFindings){0};
    if (!html)
        return moodle_plain_text(raw);
    raw = raw ? raw : "";
    char *out = hc_malloc(strlen(raw) + 1);
    if (!out)
        return NULL;
    size_t len = 0;
    for (const char *p = raw; *p;) {
        if (*p == '<' && (is_alpha(p[1]) || p[1] == '/' || p[1] == '!' || p[1] == '?')) {
            bool block = false, media = false;
            p = skip_markup(p, &block, &media);
            if (block)
                out[len++] = ' ';
            if (media && findings)
                findings->media = true;
        } else if (*p == '&') {
            size_t written = 0, used = decode_entity(p, out + len, &written);
            if (used == 0) {
                out[len++] = *p++;
            } else {
                len += written;
                p += used;
            }
        } else {
            out[len++] = *p++;
        }
    }
    out[len] = '\0';
    text_collapse_space(out);
    return out;
}

char *moodle_slug(const char *text, size_t max_len)
{
    char *slug = hc_malloc(max_len + 1);
    if (!slug)
        return NULL;
    size_t len = 0;
    bool gap = false;
    for (const char *p = text ? text : ""; *p && len < max_len; p++) {
        char ch = lower(*p);
        if (is_alpha(ch) || is_digit(ch)) {
            if (gap && len > 0 && len + 1 < max_len)
                slug[len++] = '-';
            else if (gap && len > 0)
                break; /* no room for the next word */
            gap = false;
            slug[len++] = ch;
        } else if ((unsigned char)ch < 0x80) {
            gap = true;
        }
    }
    slug[len] = '\0';
    return slug;
}

size_t moodle_utf8_length(const char *text)
{
    size_t count = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        count += (*p & 0xC0) != 0x80;
    return count;
}

void moodle_utf8_truncate(char *text, size_t max_chars)
{
    size_t count = 0;
    for (char *p = text; *p; p++) {
        if ((*(unsigned char *)p & 0xC0) != 0x80 && count++ == max_chars) {
            *p = '\0';
            return;
        }
    }
}

const char *moodle_type_label(const char *type)
{
    static const char *const labels[][2] = {
        {"match", "matching"},
        {"shortanswer", "short answer"},
        {"multianswer", "embedded answers (Cloze)"},
        {"randomsamatch", "random short-answer matching"},
        {"ddwtos", "drag and drop into text"},
        {"gapselect", "select missing words"},
        {"calculatedmulti", "calculated multichoice"},
        {"calculatedsimple", "simple calculated"},
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (strcmp(type, labels[i][0]) == 0)
            return labels[i][1];
    return type;
}

char *moodle_file_base(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t len = strlen(base);
    /* The longest ending a bank file's name may have (loader_format_of), case aside. */
    static const char *const endings[] = {".gift.txt", ".aiken.txt", ".aiken",
                                          ".gift",     ".xml",       ".csv"};
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t ending = strlen(endings[i]);
        if (len > ending && strcasecmp(base + len - ending, endings[i]) == 0) {
            len -= ending;
            break;
        }
    }
    return hc_strndup(base, len);
}

char *moodle_category_title(const char *path)
{
    size_t start = 0;
    for (size_t i = 0; path[i]; i++)
        if (path[i] == '/') {
            if (path[i + 1] == '/')
                i++;
            else
                start = i + 1;
        }
    char *part = hc_malloc(strlen(path + start) + 1);
    if (!part)
        return NULL;
    size_t len = 0;
    for (size_t i = start; path[i]; i++) {
        part[len++] = path[i];
        i += path[i] == '/' && path[i + 1] == '/';
    }
    part[len] = '\0';
    text_collapse_space(part);
    /* Moodle's hidden "top" category and "$course$" alone say nothing about the questions. */
    if (part[0] == '$' || strcmp(part, "top") == 0)
        part[0] = '\0';
    return part;
}
