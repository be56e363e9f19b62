/* Diagnostics: the GNU "file:line:col: error: message" form authors and editors rely on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "herocity/alloc.h"
#include "herocity/diag.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_and_counts),
        cmocka_unit_test(test_take_moves_messages),
        cmocka_unit_test(test_out_of_memory_is_remembered),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
