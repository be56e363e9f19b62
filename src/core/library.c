/* The bank library: every bank found in the question folders, and why the others failed. */
#include "herocity/library.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "herocity/alloc.h"

typedef struct {
    char *path;
    Diagnostic reason; /* a private copy: the shared list may move when it grows */
    bool has_reason;
    size_t problems; /* errors and warnings, those beyond the cap included */
} Failure;

struct BankLibrary {
    Bank **banks;
    size_t bank_count;
    size_t bank_capacity;
    Failure *failures;
    size_t failure_count;
    size_t failure_capacity;
    Diagnostics *diags;
};

BankLibrary *library_new(void)
{
    BankLibrary *library = hc_calloc(1, sizeof(BankLibrary));
    if (!library)
        return NULL;
    library->diags = diags_new();
    if (!library->diags) {
        hc_free(library);
        return NULL;
    }
    return library;
}

void library_free(BankLibrary *library)
{
    if (!library)
        return;
    for (size_t i = 0; i < library->bank_count; i++)
        bank_free(library->banks[i]);
    for (size_t i = 0; i < library->failure_count; i++) {
        hc_free(library->failures[i].path);
        hc_free(library->failures[i].reason.file);
        hc_free(library->failures[i].reason.message);
    }
    hc_free(library->banks);
    hc_free(library->failures);
    diags_free(library->diags);
    hc_free(library);
}

/* Grows an array of `size`-byte items so that one more fits; false when memory runs out. */
static bool reserve_one(void **items, size_t count, size_t *capacity, size_t size)
{
    if (count < *capacity)
        return true;
    size_t grown = *capacity ? *capacity * 2 : 8;
    void *bigger = hc_realloc(*items, grown * size);
    if (!bigger)
        return false;
    *items = bigger;
    *capacity = grown;
    return true;
}

/* Records that `path` was not used, with the first error of `diags` as the reason. */
static void add_failure(BankLibrary *library, const char *path, const Diagnostics *diags)
{
    void *items = library->failures;
    bool ok =
        reserve_one(&items, library->failure_count, &library->failure_capacity, sizeof(Failure));
    library->failures = items;
    Failure failure = {hc_strdup(path),
                       {DIAG_ERROR, NULL, 0, 0, NULL},
                       false,
                       diags_error_count(diags) + diags_warning_count(diags) +
                           diags_hidden_count(diags)};
    if (!ok || !failure.path) {
        hc_free(failure.path);
        return;
    }
    for (size_t i = 0; i < diags_count(diags); i++) {
        const Diagnostic *diag = diags_get(diags, i);
        if (diag->severity != DIAG_ERROR)
            continue;
        failure.reason = *diag;
        failure.reason.file = hc_strdup(diag->file);
        failure.reason.message = hc_strdup(diag->message);
        failure.has_reason = failure.reason.file && failure.reason.message;
        if (!failure.has_reason) {
            hc_free(failure.reason.file);
            hc_free(failure.reason.message);
            failure.reason.file = failure.reason.message = NULL;
        }
        break;
    }
    library->failures[library->failure_count++] = failure;
}

/* Ids name questions in saved progress, so they must be unique across every loaded bank. */
static bool ids_are_free(const BankLibrary *library, const Bank *bank, Diagnostics *diags)
{
    bool free_ids = true;
    for (size_t b = 0; b < library->bank_count; b++) {
        const Bank *other = library->banks[b];
        if (strcmp(bank_id(other), bank_id(bank)) == 0) {
            diags_add(diags, DIAG_ERROR, bank_path(bank), 0, 0,
                      "bank id '%s' is already used in %s", bank_id(bank), bank_path(other));
            free_ids = false;
        }
    }
    for (size_t q = 0; q < bank_question_count(bank); q++) {
        const Question *question = bank_question(bank, q);
        for (size_t b = 0; b < library->bank_count; b++) {
            const Bank *other = library->banks[b];
            const Question *first = bank_find_question(other, question->id);
            if (!first)
                continue;
            diags_add(diags, DIAG_ERROR, bank_path(bank), question->line, 0,
                      "question id '%s' is already used in %s:%d", question->id, bank_path(other),
                      first->line);
            free_ids = false;
            break;
        }
    }
    return free_ids;
}

bool library_add_file(BankLibrary *library, BankLoader *loader, const char *path)
{
    Diagnostics *found = diags_new();
    if (!found) {
        add_failure(library, path, NULL);
        return false;
    }
    Bank *bank = loader_load_file(loader, path, found);
    if (bank && !ids_are_free(library, bank, found)) {
        bank_free(bank);
        bank = NULL;
    }
    if (bank) {
        void *items = library->banks;
        bool ok = reserve_one(&items, library->bank_count, &library->bank_capacity, sizeof(Bank *));
        library->banks = items;
        if (ok) {
            library->banks[library->bank_count++] = bank;
        } else {
            diags_add(found, DIAG_ERROR, path, 0, 0, "ran out of memory");
            bank_free(bank);
            bank = NULL;
        }
    }
    if (!bank) {
        if (diags_error_count(found) == 0)
            diags_add(found, DIAG_ERROR, path, 0, 0, "the file could not be loaded");
        add_failure(library, path, found);
    }
    diags_take(library->diags, found);
    diags_free(found);
    return bank != NULL;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_bank_name(const char *name)
{
    /* Dot files are editor backups and lock files (".#kyiv.xml"), never banks. */
    return name[0] != '.' && loader_format_of(name) != BANK_FORMAT_NONE;
}

/* The names of bank files (loader_format_of) directly inside dir, sorted; NULL with *count 0 when
 * there are none. */
static char **list_bank_files(BankLibrary *library, const char *dir, size_t *count)
{
    *count = 0;
    DIR *stream = opendir(dir);
    if (!stream) {
        /* A folder that does not exist yet is normal (the user's own folder, first run). */
        if (errno != ENOENT)
            diags_add(library->diags, DIAG_ERROR, dir, 0, 0, "cannot read the folder: %s",
                      strerror(errno));
        return NULL;
    }
    char **names = NULL;
    size_t capacity = 0;
    const struct dirent *entry;
    while ((entry = readdir(stream)) != NULL) {
        if (!is_bank_name(entry->d_name))
            continue;
        void *items = names;
        bool ok = reserve_one(&items, *count, &capacity, sizeof(char *));
        names = items;
        char *name = ok ? hc_strdup(entry->d_name) : NULL;
        if (!name) {
            diags_add(library->diags, DIAG_ERROR, dir, 0, 0,
                      "ran out of memory listing the folder");
            break;
        }
        names[(*count)++] = name;
    }
    closedir(stream);
    if (*count > 1)
        qsort(names, *count, sizeof(char *), compare_names);
    return names;
}

void library_add_dir(BankLibrary *library, BankLoader *loader, const char *dir)
{
    size_t count = 0;
    char **names = list_bank_files(library, dir, &count);
    size_t dir_len = strlen(dir);
    bool slash = dir_len > 0 && dir[dir_len - 1] == '/';
    for (size_t i = 0; i < count; i++) {
        char *path = hc_strprintf("%s%s%s", dir, slash ? "" : "/", names[i]);
        struct stat info;
        if (!path)
            diags_add(library->diags, DIAG_ERROR, dir, 0, 0, "ran out of memory");
        else if (stat(path, &info) == 0 && S_ISREG(info.st_mode))
            library_add_file(library, loader, path);
        hc_free(path);
        hc_free(names[i]);
    }
    hc_free(names);
}

size_t library_bank_count(const BankLibrary *library) { return library->bank_count; }

const Bank *library_bank(const BankLibrary *library, size_t index)
{
    return index < library->bank_count ? library->banks[index] : NULL;
}

size_t library_question_total(const BankLibrary *library)
{
    size_t total = 0;
    for (size_t i = 0; i < library->bank_count; i++)
        total += bank_question_count(library->banks[i]);
    return total;
}

const Bank *library_bank_of(const BankLibrary *library, const Question *question)
{
    for (size_t b = 0; b < library->bank_count; b++) {
        const Bank *bank = library->banks[b];
        for (size_t q = 0; q < bank_question_count(bank); q++)
            if (bank_question(bank, q) == question)
                return bank;
    }
    return NULL;
}

const Question *library_find_question(const BankLibrary *library, const char *id)
{
    for (size_t b = 0; b < library->bank_count; b++) {
        const Question *q = bank_find_question(library->banks[b], id);
        if (q)
            return q;
    }
    return NULL;
}

size_t library_left_out_count(const BankLibrary *library)
{
    size_t total = 0;
    for (size_t i = 0; i < library->bank_count; i++)
        total += bank_left_out_count(library->banks[i]);
    return total;
}

size_t library_failure_count(const BankLibrary *library) { return library->failure_count; }

const char *library_failure_path(const BankLibrary *library, size_t index)
{
    return index < library->failure_count ? library->failures[index].path : NULL;
}

const Diagnostic *library_failure_reason(const BankLibrary *library, size_t index)
{
    if (index >= library->failure_count || !library->failures[index].has_reason)
        return NULL;
    return &library->failures[index].reason;
}

size_t library_failure_problem_count(const BankLibrary *library, size_t index)
{
    return index < library->failure_count ? library->failures[index].problems : 0;
}

const Diagnostics *library_diagnostics(const BankLibrary *library) { return library->diags; }
