/* Fit checks with a fake font (every character 10 px wide, lines 1.2 x the size, no glyphs for
 * CJK): what an author sees when a text is too long or cannot be drawn. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "herocity/bank.h"
#include "herocity/fit.h"

static int fake_measure(void *context, bool bold, int px, const char *text, size_t len)
{
    (void)context;
    (void)bold;
    int chars = 0;
    for (size_t i = 0; i < len; i++)
        chars += ((unsigned char)text[i] & 0xC0) != 0x80;
    return chars * px / 2;
}

static int fake_line_height(void *context, bool bold, int px)
{
    (void)context;
    (void)bold;
    return px * 6 / 5;
}

static bool fake_has_glyph(void *context, uint32_t code_point)
{
    (void)context;
    return code_point < 0x3000; /* no CJK */
}

static const FontMetrics metrics = {NULL, fake_measure, fake_line_height, fake_has_glyph};

static Bank *one_question_bank(const char *prompt, const char *choice, const char *explanation)
{
    Bank *bank = bank_new("quiz.xml");
    bank_set_info(bank, "quiz", "Quiz", "", "en");
    QuestionSpec spec = {.id = "quiz-q",
                         .prompt = prompt,
                         .explanation = explanation,
                         .source = "Hero City (Wikipedia mirror, piglix)",
                         .difficulty = 2,
                         .shuffle = true,
                         .choice_count = 3,
                         .choices = {"1965", choice, "1945"},
                         .correct_index = 0,
                         .line = 12};
    assert_true(bank_add_question(bank, &spec));
    return bank;
}

static char *repeat(const char *word, int times)
{
    static char buf[4096];
    buf[0] = '\0';
    for (int i = 0; i < times; i++) {
        strcat(buf, word);
        strcat(buf, " ");
    }
    return buf;
}

static void check_one(const char *prompt, const char *choice, const char *explanation,
                      size_t errors, const char *phrase)
{
    Bank *bank = one_question_bank(prompt, choice, explanation);
    Diagnostics *diags = diags_new();
    assert_int_equal(fit_check_bank(bank, &metrics, diags), errors);
    assert_int_equal(diags_count(diags), errors);
    if (errors) {
        const Diagnostic *d = diags_get(diags, 0);
        assert_string_equal(d->file, "quiz.xml");
        assert_int_equal(d->line, 12);
        if (!strstr(d->message, phrase))
            fail_msg("'%s' not in '%s'", phrase, d->message);
    }
    diags_free(diags);
    bank_free(bank);
}

static void test_short_question_fits(void **state)
{
    (void)state;
    check_one("In which year was the statute approved?", "1961",
              "A decree of 8 May 1965 approved the statute.", 0, NULL);
}

static void test_long_prompt_is_reported_with_how_much_to_cut(void **state)
{
    (void)state;
    check_one(repeat("siege", 60), "1961", "Short.", 1,
              "the prompt is too long to fit on screen at 800x600: shorten it by about");
}

static void test_long_answer_is_reported_by_letter(void **state)
{
    (void)state;
    check_one("Which year?", repeat("Leningrad", 20), "Short.", 1, "the answer B is too long");
}

static void test_long_explanation_is_reported(void **state)
{
    (void)state;
    check_one("Which year?", "1961", repeat("memorial", 160), 1, "the explanation is too long");
}

static void test_character_the_font_lacks_is_named(void **state)
{
    (void)state;
    check_one("Which year? 英雄", "1961", "Short.", 1,
              "the character '英' (U+82F1) cannot be drawn");
}

static void test_cyrillic_is_drawable(void **state)
{
    (void)state;
    check_one("Город-герой: в каком году?", "1961", "Коротко.", 0, NULL);
}

static void test_big_text_setting_steps_down_on_a_small_window(void **state)
{
    (void)state;
    Bank *bank = one_question_bank(
        "Beside Moscow's Tomb of the Unknown Soldier stand granite blocks. Which has none?",
        "Murmansk", "The blocks hold urns of soil from the Hero Cities and the Brest Fortress.");
    const Question *q = bank_question(bank, 0);
    int small = fit_best_scale(&metrics, q, q->choices, 800, 600, 200, 100);
    assert_true(small < 200);
    assert_true(small >= 100);
    assert_int_equal(fit_best_scale(&metrics, q, q->choices, 800, 600, 100, 100), 100);
    /* A larger window keeps more of the setting (sizes grow with the height as well). */
    assert_true(fit_best_scale(&metrics, q, q->choices, 3840, 2160, 200, 100) > small);
    bank_free(bank);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_question_fits),
        cmocka_unit_test(test_long_prompt_is_reported_with_how_much_to_cut),
        cmocka_unit_test(test_long_answer_is_reported_by_letter),
        cmocka_unit_test(test_long_explanation_is_reported),
        cmocka_unit_test(test_character_the_font_lacks_is_named),
        cmocka_unit_test(test_cyrillic_is_drawable),
        cmocka_unit_test(test_big_text_setting_steps_down_on_a_small_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
