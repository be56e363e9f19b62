/* --progress, --export-progress and --import-progress: a learner's progress printed, written to a
 * file and merged from one, without opening a window. */
#include "progress_cli.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "herocity/alloc.h"
#include "herocity/day.h"
#include "herocity/library.h"
#include "herocity/progress_file.h"
#include "herocity/store_study.h"
#include "validate.h"

int progress_cli_today(const CliOptions *options, int64_t now)
{
    if (options->today_given)
        return options->today;
    time_t seconds = (time_t)now;
    struct tm local;
    int today = 0;
    if (localtime_r(&seconds, &local))
        day_from_date(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday, &today);
    return today;
}

bool progress_cli_handles(CliMode mode)
{
    return mode == MODE_PROGRESS || mode == MODE_EXPORT_PROGRESS || mode == MODE_IMPORT_PROGRESS;
}

static Store *open_store(const GameConfig *config)
{
    char message[512] = "";
    StoreOpenStatus status;
    Store *store = store_open(config->data_dir, &status, message, sizeof message);
    if (message[0])
        fprintf(stderr, "herocity: %s\n", message);
    return store;
}

/* The learner called `name`; on failure says so, naming who there is. */
static bool find_learner(Store *store, const char *name, Learner *out)
{
    if (store_find_learner(store, name, out) == LEARNER_OK)
        return true;
    Learner list[16];
    size_t count = store_list_learners(store, list, sizeof list / sizeof list[0]);
    fprintf(stderr, "herocity: no learner is called '%s'", name);
    for (size_t i = 0; i < count; i++)
        fprintf(stderr, "%s%s", i == 0 ? "; there are: " : ", ", list[i].name);
    fprintf(stderr, count == 0 ? "; nobody has studied yet\n" : "\n");
    return false;
}

static void print_bank_line(const Bank *bank, const StudyRecords *records, int today)
{
    StudyProgress progress;
    study_progress(bank, records, today, &progress);
    int permille = study_accuracy_permille(&progress);
    char accuracy[16] = "-";
    if (permille >= 0)
        snprintf(accuracy, sizeof accuracy, "%d.%d", permille / 10, permille % 10);
    printf("%s\t%zu\t%zu\t%zu\t%s\n", bank_id(bank), progress.seen, progress.mastered, progress.due,
           accuracy);
}

static int print_progress(Store *store, const Learner *learner, const GameConfig *config, int today)
{
    StudyRecords records = {0};
    if (!store_load_records(store, learner->id, &records)) {
        fprintf(stderr, "herocity: cannot read %s's progress\n", learner->name);
        return 1;
    }
    BankLoader *loader = NULL;
    BankLibrary *library = NULL;
    char user_dir[1200];
    int status = 1;
    if (load_configured_banks(config, &loader, &library, user_dir, sizeof user_dir)) {
        printf("bank\tseen\tmastered\tdue\taccuracy\n");
        for (size_t i = 0; i < library_bank_count(library); i++)
            print_bank_line(library_bank(library, i), &records, today);
        status = fflush(stdout) == 0 ? 0 : 1;
    }
    library_free(library);
    loader_free(loader);
    study_records_free(&records);
    return status;
}

static int export_progress(Store *store, const Learner *learner, const char *path)
{
    StudyRecords records = {0};
    StudyTallies tallies = {0};
    if (!store_load_records(store, learner->id, &records) ||
        !store_load_tallies(store, learner->id, &tallies)) {
        fprintf(stderr, "herocity: cannot read %s's progress\n", learner->name);
        study_records_free(&records);
        return 1;
    }
    /* "x": created here or not at all, so an existing file is never replaced. */
    FILE *file = fopen(path, "wx");
    int status = 1;
    if (!file && errno == EEXIST) {
        fprintf(stderr,
                "herocity: %s already exists; it was left as it is (choose another "
                "name or move it away)\n",
                path);
    } else if (!file) {
        fprintf(stderr, "herocity: cannot create %s: %s\n", path, strerror(errno));
    } else {
        bool written = progress_write(file, learner->name, &records, &tallies);
        if (fclose(file) != 0 || !written) {
            fprintf(stderr, "herocity: could not write all of %s; it was removed\n", path);
            unlink(path);
        } else {
            printf("wrote the progress of %s (%zu questions) to %s\n", learner->name, records.count,
                   path);
            status = 0;
        }
    }
    study_records_free(&records);
    study_tallies_free(&tallies);
    return status;
}

/* The learner to import into: --learner, else the file's, added when there is none yet. */
static bool learner_for_import(Store *store, const char *name, const char *path, Learner *out)
{
    LearnerStatus found = store_find_learner(store, name, out);
    if (found == LEARNER_NOT_FOUND)
        found = store_add_learner(store, name, out);
    if (found == LEARNER_OK)
        return true;
    fprintf(stderr, "herocity: %s: the learner '%s' %s\n", path, name,
            found == LEARNER_BAD_NAME ? "cannot be a learner's name" : "cannot be saved");
    return false;
}

static int import_progress(Store *store, const CliOptions *options)
{
    const char *path = options->import_file;
    FILE *file = fopen(path, "r");
    if (!file) {
        fprintf(stderr, "herocity: cannot open %s: %s\n", path, strerror(errno));
        return 1;
    }
    ProgressFile progress;
    Diagnostics *diags = diags_new();
    bool read = diags && progress_read(file, path, &progress, diags);
    fclose(file);
    char line[2048];
    for (size_t i = 0; diags && i < diags_count(diags); i++)
        fprintf(stderr, "%s\n", diag_format(diags_get(diags, i), line, sizeof line));
    diags_free(diags);
    if (!read) {
        fprintf(stderr, "herocity: %s was not imported: nothing was changed\n", path);
        return 1;
    }
    const char *name = options->learner ? options->learner : progress.learner;
    Learner learner;
    StoreMergeCounts counts;
    int status = 1;
    if (learner_for_import(store, name, path, &learner)) {
        if (store_merge_progress(store, learner.id, &progress.records, &progress.tallies,
                                 &counts)) {
            printf("imported %s into %s: %zu questions taken, %zu kept as they were, %zu "
                   "answers added\n",
                   path, learner.name, counts.records_taken, counts.records_kept,
                   counts.answers_added);
            status = 0;
        } else {
            fprintf(stderr, "herocity: %s could not be saved: nothing was changed\n", path);
        }
    }
    progress_file_free(&progress);
    return status;
}

int progress_cli_run(const CliOptions *options, const GameConfig *config)
{
    Store *store = open_store(config);
    if (!store)
        return 1;
    int status = 1;
    Learner learner;
    if (options->mode == MODE_IMPORT_PROGRESS)
        status = import_progress(store, options);
    else if (find_learner(store, options->learner, &learner))
        status = options->mode == MODE_PROGRESS
                     ? print_progress(store, &learner, config,
                                      progress_cli_today(options, config->start_time))
                     : export_progress(store, &learner, options->files[0]);
    store_close(store);
    return status;
}
