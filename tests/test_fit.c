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
#include "herocity/round_plan.h"

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
    check_one(repeat("siege", 150), "1961", "Short.", 1,
              "the prompt is too long to fit on screen at 800x600 (100 %): shorten it by about");
}

static void test_long_answer_is_reported_by_letter(void **state)
{
    (void)state;
    check_one("Which year?", repeat("Leningrad", 60), "Short.", 1, "the answer B is too long");
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

/* A one-question bank and the texts its round screens show. */
static Bank *bank_and_texts(const char *prompt, const char *choice, const char *explanation,
                            RoundTexts *texts)
{
    Bank *bank = one_question_bank(prompt, choice, explanation);
    const Question *q = bank_question(bank, 0);
    round_texts_make(q, q->choices, q->correct_index, texts);
    return bank;
}

static void test_big_text_setting_steps_down_on_a_small_window(void **state)
{
    (void)state;
    RoundTexts texts;
    Bank *bank = bank_and_texts(
        "Beside Moscow's Tomb of the Unknown Soldier stand granite blocks. Which has none?",
        "Murmansk", repeat("The blocks hold urns of soil from the Hero Cities.", 5), &texts);
    RoundPlan plan;
    assert_true(
        round_plan_for_setting(&metrics, 800, 600, 200, &texts, ROUND_PHASE_FEEDBACK, &plan));
    int small = plan.scale * plan.growth;
    assert_true(small < 200 * 100);
    assert_true(
        round_plan_for_setting(&metrics, 800, 600, 100, &texts, ROUND_PHASE_FEEDBACK, &plan));
    assert_int_equal(plan.scale, 100);
    /* A larger window never keeps less of the setting (sizes grow with the window; prose keeps
     * its line length, so a long explanation may need the same step down). */
    assert_true(
        round_plan_for_setting(&metrics, 3840, 2160, 200, &texts, ROUND_PHASE_FEEDBACK, &plan));
    assert_true(plan.scale * plan.growth >= small);
    bank_free(bank);
}

static void test_room_to_spare_grows_the_text(void **state)
{
    (void)state;
    RoundTexts texts;
    Bank *bank = bank_and_texts("Which year?", "1961", "Short.", &texts);
    RoundPlan plan;
    assert_true(round_plan_layout(&metrics, 1920, 1080, 100, &texts, ROUND_PHASE_QUESTION, &plan));
    assert_int_equal(plan.growth, 150);
    assert_int_equal(plan.columns, 2);
    /* The question screen keeps the panel's room but shows nothing there. */
    assert_int_equal(plan.panel.h, 0);
    assert_true(plan.badge >= LAYOUT_MIN_MARKER_PX);
    bank_free(bank);
}

static void test_text_that_does_not_fit_is_cut_in_its_box(void **state)
{
    (void)state;
    RoundTexts texts;
    Bank *bank = bank_and_texts("Which year?", "1961", repeat("memorial", 160), &texts);
    RoundPlan plan;
    assert_false(
        round_plan_for_setting(&metrics, 800, 600, 100, &texts, ROUND_PHASE_FEEDBACK, &plan));
    assert_int_equal(plan.scale, LIMIT_TEXT_SCALE_MIN);
    assert_false(plan.explanation.fits);
    assert_true(plan.prompt.fits);
    /* Squeezed to whole lines, inside the window. */
    int line = fake_line_height(NULL, false, plan.explanation.px);
    assert_int_equal(plan.explanation.box.h % line, 0);
    assert_true(plan.panel.y + plan.panel.h <= plan.footer.y);
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
        cmocka_unit_test(test_room_to_spare_grows_the_text),
        cmocka_unit_test(test_text_that_does_not_fit_is_cut_in_its_box),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
