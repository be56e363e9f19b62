/* Fuzz target for the bank readers: bytes a teacher might drop in the questions folder, read as
 * the file name FUZZ_FILE_NAME says (native or Moodle XML, GIFT, Aiken, Kahoot CSV), as
 * loader_load_file does after reading the file. Beyond the reader, everything the program then
 * does with untrusted text runs too: each message is formatted with its source line and caret
 * (what --validate prints), and a bank that loads is written back out in every format
 * (--convert), and what --convert writes as a native bank must load again, whole: the promise
 * that a converted file is one the schema and the checks accept. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "herocity/bank_export.h"
#include "herocity/bank_xml.h"
#include "herocity/diag.h"
#include "herocity/loader.h"
#include "herocity/source.h"

#include "fuzz_target.h"

/* Compiling the schema takes milliseconds: once per process, not once per input. */
static BankLoader *shared_loader(void)
{
    static BankLoader *loader;
    if (!loader) {
        Diagnostics *diags = diags_new();
        loader = loader_new(HEROCITY_SCHEMA_PATH, diags);
        diags_free(diags);
        if (!loader) {
            fprintf(stderr, "fuzz: cannot compile %s\n", HEROCITY_SCHEMA_PATH);
            abort();
        }
    }
    return loader;
}

static void format_messages(const Diagnostics *diags, const uint8_t *data, size_t size)
{
    SourceText *source = source_text_new((const char *)data, size);
    char line[4096], excerpt[4096];
    for (size_t i = 0; i < diags_count(diags); i++) {
        const Diagnostic *diag = diags_get(diags, i);
        diag_format(diag, line, sizeof line);
        size_t length = 0;
        const char *text = source ? source_text_line(source, diag->line, &length) : NULL;
        if (text)
            diag_format_excerpt(diag->line, diag->column, text, length, excerpt, sizeof excerpt);
    }
    source_text_free(source);
}

static void fail(const char *what)
{
    fprintf(stderr, "fuzz: %s\n", what);
    abort();
}

/* The native bank --convert writes loads again with as many questions. */
static void check_native_round_trip(const Bank *bank)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    if (!out)
        return;
    bool written = bank_write_xml(bank, out);
    if (fclose(out) != 0 || !written)
        fail("a loaded bank could not be written as a native bank");
    Diagnostics *diags = diags_new();
    Bank *again =
        diags ? loader_load_memory(shared_loader(), "converted.xml", text, size, diags) : NULL;
    if (diags && (!again || bank_question_count(again) != bank_question_count(bank))) {
        char line[4096];
        for (size_t i = 0; i < diags_count(diags); i++)
            fprintf(stderr, "%s\n", diag_format(diags_get(diags, i), line, sizeof line));
        fprintf(stderr, "%.*s\n", (int)size, text);
        fail("the native bank --convert wrote does not load again whole");
    }
    bank_free(again);
    diags_free(diags);
    free(text);
}

/* The other writers' output goes nowhere; what matters is that they neither crash nor fail. */
static void write_everywhere(const Bank *bank)
{
    FILE *sink = fopen("/dev/null", "w");
    if (!sink)
        return;
    bool written = bank_write_moodle(bank, sink) && bank_write_gift(bank, sink);
    fclose(sink);
    if (!written)
        fail("a loaded bank could not be written as Moodle XML or GIFT");
    check_native_round_trip(bank);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Diagnostics *diags = diags_new();
    if (!diags)
        return 0;
    Bank *bank =
        loader_load_memory(shared_loader(), FUZZ_FILE_NAME, (const char *)data, size, diags);
    format_messages(diags, data, size);
    if (bank)
        write_everywhere(bank);
    bank_free(bank);
    diags_free(diags);
    return 0;
}
