/* Word wrapping with a fake fixed-width font: 10 px per character (UTF-8 aware). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/wrap.h"

static int measure_chars(void *context, const char *text, size_t len)
{
    (void)context;
    int chars = 0;
    for (size_t i = 0; i < len; i++)
        chars += ((unsigned char)text[i] & 0xC0) != 0x80;
    return chars * 10;
}

/* Wraps text at `width` and joins the lines with '|' for easy comparison. */
static size_t wrap_joined(const char *text, int width, char *out, size_t out_size)
{
    WrapLine lines[32];
    size_t n = wrap_text(text, width, measure_chars, NULL, lines, 32);
    out[0] = '\0';
    for (size_t i = 0; i < n && i < 32; i++) {
        if (i)
            strncat(out, "|", out_size - strlen(out) - 1);
        size_t room = out_size - strlen(out) - 1;
        size_t take = lines[i].length < room ? lines[i].length : room;
        strncat(out, text + lines[i].start, take);
    }
    return n;
}

static void test_wraps_at_spaces(void **state)
{
    (void)state;
    char out[256];
    assert_int_equal(wrap_joined("How many days did the siege last?", 120, out, sizeof out), 3);
    assert_string_equal(out, "How many|days did the|siege last?");
}

static void test_short_text_is_one_line(void **state)
{
    (void)state;
    char out[256];
    assert_int_equal(wrap_joined("872", 120, out, sizeof out), 1);
    assert_string_equal(out, "872");
    assert_int_equal(wrap_joined("", 120, out, sizeof out), 0);
    assert_int_equal(wrap_joined("   ", 120, out, sizeof out), 0);
}

static void test_long_word_is_split_on_character_boundary(void **state)
{
    (void)state;
    char out[256];
    /* 12 Cyrillic letters (2 bytes each) into 5-character lines. */
    assert_int_equal(wrap_joined("Севастопольц", 50, out, sizeof out), 3);
    assert_string_equal(out, "Севас|топол|ьц");
    WrapLine lines[4];
    wrap_text("Севастопольц", 50, measure_chars, NULL, lines, 4);
    assert_int_equal(lines[0].length, 10); /* 5 letters x 2 bytes */
    assert_int_equal(lines[1].start, 10);
}

static void test_newline_forces_break(void **state)
{
    (void)state;
    char out[256];
    assert_int_equal(wrap_joined("One\nTwo three", 200, out, sizeof out), 2);
    assert_string_equal(out, "One|Two three");
}

static void test_reports_lines_needed_beyond_buffer(void **state)
{
    (void)state;
    WrapLine lines[2];
    size_t n = wrap_text("a b c d e f", 10, measure_chars, NULL, lines, 2);
    assert_int_equal(n, 6);
    assert_int_equal(lines[1].start, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wraps_at_spaces),
        cmocka_unit_test(test_short_text_is_one_line),
        cmocka_unit_test(test_long_word_is_split_on_character_boundary),
        cmocka_unit_test(test_newline_forces_break),
        cmocka_unit_test(test_reports_lines_needed_beyond_buffer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
