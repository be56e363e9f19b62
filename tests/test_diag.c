/* Diagnostics: the GNU "file:line:col: error: message" form authors and editors rely on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/alloc.h"
#include "herocity/diag.h"
#include "herocity/source.h"

static void test_format_and_counts(void **state)
{
    (void)state;
    Diagnostics *d = diags_new();
    assert_true(diags_add(d, DIAG_ERROR, "questions/kyiv.xml", 12, 5, "no correct %s", "answer"));
    assert_true(diags_add(d, DIAG_WARNING, "quiz.xml", 3, 0, "question skipped"));
    assert_true(diags_add(d, DIAG_ERROR, "big.xml", 0, 0, "too large"));
    assert_int_equal(diags_count(d), 3);
    assert_int_equal(diags_error_count(d), 2);
    char buf[128];
    assert_string_equal(diag_format(diags_get(d, 0), buf, sizeof buf),
                        "questions/kyiv.xml:12:5: error: no correct answer");
    assert_string_equal(diag_format(diags_get(d, 1), buf, sizeof buf),
                        "quiz.xml:3: warning: question skipped");
    assert_string_equal(diag_format(diags_get(d, 2), buf, sizeof buf), "big.xml: error: too large");
    assert_null(diags_get(d, 3));
    diags_free(d);
}

static void test_take_moves_messages(void **state)
{
    (void)state;
    Diagnostics *a = diags_new(), *b = diags_new();
    diags_add(b, DIAG_ERROR, "x.xml", 1, 1, "bad");
    assert_true(diags_take(a, b));
    assert_int_equal(diags_count(a), 1);
    assert_int_equal(diags_error_count(a), 1);
    assert_int_equal(diags_count(b), 0);
    diags_free(a);
    diags_free(b);
}

static void test_out_of_memory_is_remembered(void **state)
{
    (void)state;
    Diagnostics *d = diags_new();
    alloc_fail_after(0);
    assert_false(diags_add(d, DIAG_ERROR, "x.xml", 1, 1, "lost"));
    alloc_fail_after(-1);
    assert_true(diags_lost(d));
    assert_int_equal(diags_count(d), 0);
    diags_free(d);
}

/* A file's messages are put in line order, equal places keeping their order, and capped. */
static void test_sort_and_cap(void **state)
{
    (void)state;
    Diagnostics *d = diags_new();
    diags_add(d, DIAG_ERROR, "other.xml", 9, 1, "from an earlier file");
    diags_add(d, DIAG_ERROR, "a.xml", 7, 3, "schema, line 7");
    diags_add(d, DIAG_ERROR, "a.xml", 2, 5, "schema, line 2");
    diags_add(d, DIAG_WARNING, "a.xml", 7, 0, "check, line 7");
    diags_add(d, DIAG_ERROR, "a.xml", 2, 5, "check, line 2, same place");
    diags_add(d, DIAG_ERROR, "a.xml", 30, 1, "line 30");
    diags_sort_and_cap(d, 1, 4);
    const char *order[] = {"from an earlier file", "schema, line 2", "check, line 2, same place",
                           "check, line 7", "schema, line 7"};
    for (size_t i = 0; i < 5; i++)
        assert_string_equal(diags_get(d, i)->message, order[i]);
    const Diagnostic *note = diags_get(d, 5);
    assert_int_equal(note->severity, DIAG_NOTE);
    assert_string_equal(note->message,
                        "1 more problem is not shown; fix the ones above and check the file again");
    char buf[160];
    assert_string_equal(diag_format(note, buf, sizeof buf),
                        "a.xml: note: 1 more problem is not shown; fix the ones above and check "
                        "the file again");
    assert_int_equal(diags_count(d), 6);
    assert_int_equal(diags_error_count(d), 4);
    assert_int_equal(diags_warning_count(d), 1);
    assert_int_equal(diags_hidden_count(d), 1);
    diags_free(d);
}

static void test_excerpt_has_a_caret_under_the_column(void **state)
{
    (void)state;
    char buf[512];
    const char *line = "\t<choice>Ёлка & ели</choice>";
    /* Columns count characters: the caret stands under '&' after two Cyrillic words. */
    assert_string_equal(diag_format_excerpt(12, 16, line, strlen(line), buf, sizeof buf),
                        "   12 | \t<choice>Ёлка & ели</choice>\n"
                        "      | \t              ^");
    /* No column: the line alone. */
    assert_string_equal(diag_format_excerpt(3, 0, "<bank>", 6, buf, sizeof buf), "    3 | <bank>");
    assert_string_equal(diag_format_excerpt(0, 4, "x", 1, buf, sizeof buf), "");
}

static void test_long_line_is_shown_around_the_column(void **state)
{
    (void)state;
    char line[1001], buf[1024];
    memset(line, 'a', 1000);
    line[1000] = '\0';
    line[500] = '&';
    diag_format_excerpt(1, 501, line, 1000, buf, sizeof buf);
    const char *caret_line = strchr(buf, '\n') + 1;
    const char *amp = strchr(buf, '&');
    assert_non_null(amp);
    assert_int_equal(strchr(caret_line, '^') - caret_line, amp - buf);
    assert_true(strlen(buf) < 2 * 200);
    assert_non_null(strstr(buf, "   1 | ...a"));
}

static void test_source_lines_and_positions(void **state)
{
    (void)state;
    const char text[] = "\xEF\xBB\xBFone\r\nдва три\n\nfour";
    SourceText *source = source_text_new(text, sizeof text - 1);
    assert_non_null(source);
    assert_int_equal(source_text_line_count(source), 4);
    size_t length = 0;
    const char *line = source_text_line(source, 1, &length);
    assert_int_equal(length, 3);
    assert_memory_equal(line, "one", 3); /* without the byte order mark and the "\r" */
    line = source_text_line(source, 4, &length);
    assert_memory_equal(line, "four", 4);
    assert_null(source_text_line(source, 5, &length));
    int row = 0, column = 0;
    source_text_position(source, (size_t)(strstr(text, "три") - text), &row, &column);
    assert_int_equal(row, 2);
    assert_int_equal(column, 5);
    source_text_position(source, 3, &row, &column);
    assert_int_equal(row, 1);
    assert_int_equal(column, 1);
    source_text_free(source);
    assert_null(source_text_read("/no/such/file.xml"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_and_counts),
        cmocka_unit_test(test_take_moves_messages),
        cmocka_unit_test(test_out_of_memory_is_remembered),
        cmocka_unit_test(test_sort_and_cap),
        cmocka_unit_test(test_excerpt_has_a_caret_under_the_column),
        cmocka_unit_test(test_long_line_is_shown_around_the_column),
        cmocka_unit_test(test_source_lines_and_positions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
