/* Private to the Moodle importer: HTML fragments into plain text, names into ids. */
#ifndef HEROCITY_MOODLE_TEXT_H
#define HEROCITY_MOODLE_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* What cleaning found that plain text cannot carry. */
typedef struct {
    bool media; /* <img>, <video>, <audio>, <object>, <embed>, <iframe>, <svg>, <picture> */
} TextFindings;

/* The text a player should see. When `html`, tags are removed (block tags such as <p> and <br>
 * leave a space so words do not run together; <script>, <style> and comments vanish whole) and
 * HTML entities are decoded into UTF-8. In every case whitespace is collapsed to single spaces
 * and trimmed, the way the native loader normalises text. Never longer than `raw`. New string,
 * caller hc_frees; NULL when memory runs out. `findings` may be NULL. */
char *moodle_clean_text(const char *raw, bool html, TextFindings *findings);

/* Collapses whitespace runs to one space and trims; the plain-text half of the above. */
char *moodle_plain_text(const char *raw);

/* Lowercase ASCII letters and digits joined by single hyphens, at most max_len bytes, never
 * ending in a hyphen. Non-ASCII bytes are dropped, other ASCII separates words. May be "".
 * New string, caller hc_frees; NULL when memory runs out. */
char *moodle_slug(const char *text, size_t max_len);

/* Characters (code points) in valid UTF-8, which is how bank-1.xsd's maxLength counts. */
size_t moodle_utf8_length(const char *text);

/* Cuts text after max_chars code points, in place, never inside a character. */
void moodle_utf8_truncate(char *text, size_t max_chars);

/* Moodle's question type name in the words its editor uses: "match" -> "matching". */
const char *moodle_type_label(const char *type);

/* "dir/Hero Cities.xml" -> "Hero Cities", and the same for the other bank files' endings
 * (.gift, .gift.txt, .aiken, .aiken.txt, .csv). New string, caller hc_frees; NULL when out of
 * memory. */
char *moodle_file_base(const char *path);

/* A category path's last part: "$course$/top/Hero Cities" -> "Hero Cities" (Moodle writes a
 * '/' inside a name as "//"). "" when that part names nothing ("top", "$course$"). New string,
 * caller hc_frees; NULL when memory runs out. */
char *moodle_category_title(const char *path);

#endif
