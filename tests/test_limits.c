/* Limits that fit real banks: 10,000 questions a bank, found by id at once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/bank.h"
#include "herocity/diag.h"
#include "herocity/limits.h"
#include "herocity/loader.h"
#include "loader_fixture.h"

/* A bank of `count` valid questions, q1..qN, one per line from line 3. Caller frees. */
static char *bank_of(int count)
{
    size_t capacity = 256 + (size_t)count * 200, size = 0;
    char *text = malloc(capacity);
    assert_non_null(text);
    size +=
        (size_t)snprintf(text, capacity, "<bank id=\"big\" version=\"1\">\n<title>Big</title>\n");
    for (int i = 1; i <= count; i++)
        size += (size_t)snprintf(text + size, capacity - size,
                                 "<question id=\"q%d\"><prompt>Question %d?</prompt><choice "
                                 "correct=\"true\">Yes</choice><choice>No</choice><explanation>E"
                                 "</explanation><source>S</source></question>\n",
                                 i, i);
    snprintf(text + size, capacity - size, "</bank>\n");
    return text;
}

static void a_bank_holds_ten_thousand_questions(void **state)
{
    Fixture *f = *state;
    char *text = bank_of(LIMIT_QUESTIONS_PER_BANK);
    Bank *bank = fixture_load(f, "big.xml", text);
    free(text);
    print_diags(f->diags);
    assert_non_null(bank);
    assert_int_equal(diags_count(f->diags), 0);
    assert_int_equal(bank_question_count(bank), LIMIT_QUESTIONS_PER_BANK);
    const Question *last = bank_find_question(bank, "q10000");
    assert_non_null(last);
    assert_int_equal(last->line, LIMIT_QUESTIONS_PER_BANK + 2);
    assert_string_equal(bank_find_question(bank, "q1")->prompt, "Question 1?");
    assert_null(bank_find_question(bank, "q10001"));
    bank_free(bank);
}

static void one_question_more_is_refused(void **state)
{
    Fixture *f = *state;
    char *text = bank_of(LIMIT_QUESTIONS_PER_BANK + 1);
    assert_null(fixture_load(f, "too-big.xml", text));
    free(text);
    assert_int_equal(diags_count(f->diags), 1);
    const Diagnostic *d = diags_get(f->diags, 0);
    assert_int_equal(d->line, LIMIT_QUESTIONS_PER_BANK + 3);
    assert_int_equal(d->column, 1);
    assert_string_equal(d->message,
                        "<question> is not expected here (a bank holds at most 10000 questions)");
}

#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(a_bank_holds_ten_thousand_questions),
        TEST(one_question_more_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
