/* --validate, --convert and --list: what an author runs to check or convert a bank without
 * opening a window. */
#include "validate.h"

#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/bank_export.h"
#include "herocity/bank_xml.h"
#include "herocity/fit.h"
#include "herocity/loader.h"
#include "herocity/source.h"
#include "text.h"

/* The file the last excerpt came from, kept while its messages are printed. */
typedef struct {
    char *path;
    SourceText *source;
} SourceCache;

static const SourceText *source_of(SourceCache *cache, const char *path)
{
    if (cache->path && strcmp(cache->path, path) == 0)
        return cache->source;
    free(cache->path);
    source_text_free(cache->source);
    cache->path = strdup(path);
    cache->source = cache->path ? source_text_read(path) : NULL;
    return cache->source;
}

static void print_diag(const Diagnostic *diag, SourceCache *cache)
{
    static char line[4096], excerpt[4096];
    fprintf(stderr, "%s\n", diag_format(diag, line, sizeof line));
    if (!cache || diag->line <= 0 || diag->severity == DIAG_NOTE)
        return;
    const SourceText *source = source_of(cache, diag->file);
    size_t length = 0;
    const char *text = source ? source_text_line(source, diag->line, &length) : NULL;
    if (text)
        fprintf(
            stderr, "%s\n",
            diag_format_excerpt(diag->line, diag->column, text, length, excerpt, sizeof excerpt));
}

/* Each message, and unless quiet the line of the file it points at, with a caret. */
static void print_diags(const Diagnostics *diags, bool quiet)
{
    SourceCache cache = {NULL, NULL};
    for (size_t i = 0; i < diags_count(diags); i++)
        print_diag(diags_get(diags, i), quiet ? NULL : &cache);
    free(cache.path);
    source_text_free(cache.source);
}

void print_library_problems(const BankLibrary *library, bool quiet)
{
    print_diags(library_diagnostics(library), quiet);
}

static BankLoader *open_loader(const char *schema_path)
{
    Diagnostics *diags = diags_new();
    BankLoader *loader = loader_new(schema_path, diags);
    if (!loader) {
        print_diags(diags, true);
        if (diags_count(diags) == 0)
            fprintf(stderr, "%s: error: cannot read the bank schema\n", schema_path);
    }
    diags_free(diags);
    return loader;
}

/* A loader and an empty library; false (both NULL, the reason printed) when either fails. */
static bool open_tools(const char *schema_path, BankLoader **loader, BankLibrary **library)
{
    *loader = open_loader(schema_path);
    *library = library_new();
    if (*loader && *library)
        return true;
    loader_free(*loader);
    library_free(*library);
    *loader = NULL;
    *library = NULL;
    return false;
}

/* Measures every loaded bank with the game's real font. Returns how many banks do not fit. */
static size_t check_fit(const BankLibrary *library, const char *font_path, bool quiet)
{
    if (TTF_Init() != 0) {
        fprintf(stderr, "herocity: warning: text sizes not checked: %s\n", TTF_GetError());
        return 0;
    }
    char error[512] = "";
    TextSystem *text = text_create(NULL, font_path, error, sizeof error);
    size_t failed = 0;
    if (!text) {
        fprintf(stderr, "herocity: warning: text sizes not checked: %s\n", error);
    } else {
        FontMetrics metrics = text_metrics(text);
        Diagnostics *diags = diags_new();
        for (size_t i = 0; i < library_bank_count(library); i++) {
            if (fit_check_bank(library_bank(library, i), &metrics, diags) > 0)
                failed++;
        }
        print_diags(diags, quiet);
        diags_free(diags);
        text_destroy(text);
    }
    TTF_Quit();
    return failed;
}

int validate_files(const char *schema_path, const char *font_path, const char *const *files,
                   int count, bool quiet)
{
    BankLoader *loader = NULL;
    BankLibrary *library = NULL;
    if (!open_tools(schema_path, &loader, &library))
        return 2;
    /* One library for all the files, so an id used in two of them is caught too. */
    for (int i = 0; i < count; i++)
        library_add_file(library, loader, files[i]);
    print_library_problems(library, quiet);
    size_t too_long = check_fit(library, font_path, quiet);
    size_t failed = library_failure_count(library) + too_long;
    const Diagnostics *found = library_diagnostics(library);
    size_t warnings = diags_warning_count(found);
    printf("%d file%s checked: %zu valid, %zu with errors, %zu warning%s", count,
           count == 1 ? "" : "s", library_bank_count(library) - too_long, failed, warnings,
           warnings == 1 ? "" : "s");
    /* Each left-out question has its warning above; the total says how much of a Moodle
     * quiz is missing. */
    size_t left_out = library_left_out_count(library);
    if (left_out > 0)
        printf(" (%zu question%s left out)", left_out, left_out == 1 ? "" : "s");
    printf("\n");
    library_free(library);
    loader_free(loader);
    return failed > 0 ? 1 : 0;
}

/* Writes the bank in the format asked for. */
static bool write_bank(const Bank *bank, ConvertTarget target, FILE *out)
{
    switch (target) {
    case CONVERT_TO_MOODLE: return bank_write_moodle(bank, out);
    case CONVERT_TO_GIFT: return bank_write_gift(bank, out);
    case CONVERT_TO_NATIVE: break;
    }
    return bank_write_xml(bank, out);
}

int convert_file(const char *schema_path, const char *file, bool quiet, ConvertTarget target)
{
    BankLoader *loader = open_loader(schema_path);
    Diagnostics *diags = diags_new();
    if (!loader || !diags) {
        loader_free(loader);
        diags_free(diags);
        return 2;
    }
    Bank *bank = loader_load_file(loader, file, diags);
    print_diags(diags, quiet);
    if (diags_lost(diags))
        fprintf(stderr, "%s: warning: some messages were lost (out of memory)\n", file);
    int status = 0;
    if (!bank) {
        status = 1;
    } else if (!write_bank(bank, target, stdout)) {
        fprintf(stderr, "herocity: could not write the converted bank to standard output\n");
        status = 1;
    }
    bank_free(bank);
    diags_free(diags);
    loader_free(loader);
    return status;
}

bool load_configured_banks(const GameConfig *config, BankLoader **loader, BankLibrary **library,
                           char *user_dir, size_t user_dir_size)
{
    if (!open_tools(config->schema_path, loader, library))
        return false;
    for (int i = 0; i < config->question_dir_count; i++)
        library_add_dir(*library, *loader, config->question_dirs[i]);
    user_dir[0] = '\0';
    if (config->data_dir) {
        snprintf(user_dir, user_dir_size, "%s/questions", config->data_dir);
        library_add_dir(*library, *loader, user_dir);
    }
    return true;
}

int list_banks(const GameConfig *config)
{
    BankLoader *loader = NULL;
    BankLibrary *library = NULL;
    char user_dir[1200];
    if (!load_configured_banks(config, &loader, &library, user_dir, sizeof user_dir))
        return 2;
    for (size_t i = 0; i < library_bank_count(library); i++) {
        const Bank *bank = library_bank(library, i);
        printf("%-16s %4zu questions  %s  (%s)\n", bank_id(bank), bank_question_count(bank),
               bank_title(bank), bank_path(bank));
    }
    for (size_t i = 0; i < library_failure_count(library); i++) {
        const Diagnostic *reason = library_failure_reason(library, i);
        char line[2048];
        printf("not loaded: %s\n",
               reason ? diag_format(reason, line, sizeof line) : library_failure_path(library, i));
    }
    printf("%zu banks, %zu questions", library_bank_count(library),
           library_question_total(library));
    if (user_dir[0])
        printf("; your own banks go in %s", user_dir);
    printf("\n");
    library_free(library);
    loader_free(loader);
    return 0;
}
