/* The loader and libxml2's error handlers: a broken bank or schema is reported as file:line:col
 * diagnostics, nothing is written to stderr, and the process-wide handlers a program has set
 * are neither replaced nor called. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <libxml/xmlerror.h>

#include "herocity/diag.h"
#include "herocity/loader.h"
#include "loader_fixture.h"

#define SCHEMA_DIR TEST_DATA_DIR "/schema/"

/* Each is refused, for a different reason, by a different part of libxml2 or of the loader. */
static const struct {
    const char *name;
    const char *text;
    size_t size; /* 0: strlen(text) */
} broken_banks[] = {
    {"unclosed.xml", "<?xml version=\"1.0\"?>\n<bank><oops></bank>\n", 0},
    {"invalid.xml",
     "<bank id=\"t\" version=\"1\"><title>T</title><question id=\"x\" difficulty=\"9\"/></bank>",
     0},
    {"doctype.xml", "<!DOCTYPE bank [<!ENTITY a \"b\">]><bank/>", 0},
    {"unknown-encoding.xml", "<?xml version=\"1.0\" encoding=\"no-such\"?><bank/>", 0},
    {"shift-jis.xml", "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<bank>\x81\xff\xfe</bank>",
     0},
    {"utf-16.xml",
     "\xff\xfe<\0b\0>\0\0\xd8"
     "A\0<\0/\0b\0>\0",
     20},
    {"ascii.xml", "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<bank>\xe9</bank>", 0},
    {"moodle.xml", "<quiz><question type=\"essay\"><name><text>E</text></name></question></quiz>",
     0},
};

static const char *const broken_schemas[] = {
    "malformed.xsd",          "imports-broken.xsd",
    "includes-missing.xsd",   "imports-from-network.xsd",
    "includes-shift-jis.xsd", "unknown-type.xsd",
};

enum { BROKEN_BANKS = sizeof broken_banks / sizeof broken_banks[0] };
enum { BROKEN_SCHEMAS = sizeof broken_schemas / sizeof broken_schemas[0] };

/* Loads every broken bank and schema, checking that each one is refused with an error. */
static void load_broken_files(Fixture *f)
{
    for (size_t i = 0; i < BROKEN_BANKS; i++) {
        diags_clear(f->diags);
        const char *text = broken_banks[i].text;
        size_t size = broken_banks[i].size ? broken_banks[i].size : strlen(text);
        assert_null(loader_load_memory(f->loader, broken_banks[i].name, text, size, f->diags));
        if (diags_error_count(f->diags) == 0)
            print_message("no error for %s\n", broken_banks[i].name);
        assert_true(diags_error_count(f->diags) > 0);
    }
    for (size_t i = 0; i < BROKEN_SCHEMAS; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s%s", SCHEMA_DIR, broken_schemas[i]);
        diags_clear(f->diags);
        BankLoader *loader = loader_new(path, f->diags);
        loader_free(loader);
        if (loader || diags_error_count(f->diags) == 0)
            print_message("%s was not refused with an error\n", broken_schemas[i]);
        assert_null(loader);
        assert_true(diags_error_count(f->diags) > 0);
    }
}

static void nothing_reaches_stderr(void **state)
{
    char path[] = "/tmp/herocity-stderr-XXXXXX";
    int capture = mkstemp(path);
    assert_true(capture >= 0);
    unlink(path);
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    assert_true(saved >= 0);
    assert_true(dup2(capture, STDERR_FILENO) >= 0);
    load_broken_files(*state);
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    off_t written = lseek(capture, 0, SEEK_END);
    char head[512] = "";
    if (written > 0 && pread(capture, head, sizeof head - 1, 0) < 0)
        head[0] = '\0';
    close(capture);
    if (written != 0)
        print_message("written to stderr: %s\n", head);
    assert_int_equal(written, 0);
}

static int structured_calls;
static int generic_calls;

static void count_structured(void *context, xmlErrorPtr err)
{
    (void)context;
    (void)err;
    structured_calls++;
}

static void count_generic(void *context, const char *message, ...)
{
    (void)context;
    (void)message;
    generic_calls++;
}

/* A program's own handlers stay installed, and libxml2 never falls back to them. */
static void process_wide_handlers_are_left_alone(void **state)
{
    int structured_context = 0, generic_context = 0;
    xmlSetStructuredErrorFunc(&structured_context, count_structured);
    xmlSetGenericErrorFunc(&generic_context, count_generic);
    structured_calls = generic_calls = 0;

    Fixture *f = *state;
    BankLoader *loader = loader_new(SCHEMA_PATH, f->diags);
    assert_non_null(loader);
    loader_free(loader);
    load_broken_files(f);

    bool same = xmlStructuredError == count_structured &&
                xmlStructuredErrorContext == &structured_context &&
                xmlGenericError == count_generic && xmlGenericErrorContext == &generic_context;
    int structured = structured_calls, generic = generic_calls;
    xmlSetStructuredErrorFunc(NULL, NULL);
    xmlSetGenericErrorFunc(NULL, NULL);
    assert_true(same);
    assert_int_equal(structured, 0);
    assert_int_equal(generic, 0);
}

/* The first error, formatted as the author sees it. */
static const char *first_error(const Diagnostics *diags, char *line, size_t size)
{
    for (size_t i = 0; i < diags_count(diags); i++)
        if (diags_get(diags, i)->severity == DIAG_ERROR)
            return diag_format(diags_get(diags, i), line, size);
    print_diags(diags);
    fail();
    return "";
}

static void expect_first_error(const Diagnostics *diags, const char *start, const char *phrase)
{
    char line[1024];
    const char *text = first_error(diags, line, sizeof line);
    if (strncmp(text, start, strlen(start)) != 0 || !strstr(text, phrase))
        print_message("expected \"%s...%s...\", got \"%s\"\n", start, phrase, text);
    assert_int_equal(strncmp(text, start, strlen(start)), 0);
    assert_non_null(strstr(text, phrase));
}

static void messages_say_file_line_and_column(void **state)
{
    Fixture *f = *state;
    const char *text = "<?xml version=\"1.0\"?>\n<bank><oops></bank>\n";
    assert_null(fixture_load(f, "unclosed.xml", text));
    expect_first_error(f->diags, "unclosed.xml:2:20: error: ", "does not match");

    diags_clear(f->diags);
    text = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<bank>\x81\xff\xfe</bank>";
    assert_null(fixture_load(f, "shift-jis.xml", text));
    expect_first_error(f->diags, "shift-jis.xml:2:7: error: ", "not valid Shift_JIS");

    diags_clear(f->diags);
    assert_null(loader_new(SCHEMA_DIR "malformed.xsd", f->diags));
    expect_first_error(f->diags, SCHEMA_DIR "malformed.xsd:5:13: error: ",
                       "does not match the start tag <element> on line 4");

    diags_clear(f->diags);
    assert_null(loader_new(SCHEMA_DIR "imports-broken.xsd", f->diags));
    expect_first_error(f->diags, SCHEMA_DIR "broken-part.xsd:6:13: error: ",
                       "does not match the start tag <attribute> on line 5");

    diags_clear(f->diags);
    assert_null(loader_new(SCHEMA_DIR "unknown-type.xsd", f->diags));
    expect_first_error(f->diags, SCHEMA_DIR "unknown-type.xsd:4: error: ", "NoSuchType");
}

/* Files in other encodings than UTF-8 are still read, converted by the loader itself. */
static void other_encodings_still_load(void **state)
{
    Fixture *f = *state;
    const char latin1[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                          "<bank id=\"latin\" version=\"1\"><title>Caf\xe9</title>"
                          "<question id=\"q\"><prompt>Where?</prompt>"
                          "<choice correct=\"true\">Caf\xe9</choice><choice>Bar</choice>"
                          "</question></bank>\n";
    Bank *bank = fixture_load(f, "latin1.xml", latin1);
    print_diags(f->diags);
    assert_non_null(bank);
    assert_string_equal(bank_title(bank), "Caf\xc3\xa9");
    bank_free(bank);

    const char utf16[] = "\xff\xfe<\0b\0a\0n\0k\0 \0i\0d\0=\0\"\0u\0\"\0 \0v\0e\0r\0s\0i\0o\0n\0=\0"
                         "\"\0"
                         "1\0\"\0>\0<\0t\0i\0t\0l\0e\0>\0\x16\x04<\0/\0t\0i\0t\0l\0e\0>\0"
                         "<\0/\0b\0a\0n\0k\0>\0";
    diags_clear(f->diags);
    assert_null(loader_load_memory(f->loader, "utf-16.xml", utf16, sizeof utf16 - 1, f->diags));
    /* Read as far as the schema, which misses the questions: the text itself was fine. */
    expect_first_error(f->diags, "utf-16.xml:1:1: error: ", "<bank> is incomplete");
}

#define TEST(name) cmocka_unit_test_setup_teardown(name, fixture_setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(nothing_reaches_stderr),
        TEST(process_wide_handlers_are_left_alone),
        TEST(messages_say_file_line_and_column),
        TEST(other_encodings_still_load),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
