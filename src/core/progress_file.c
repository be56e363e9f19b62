/* Progress files (see progress_file.h and docs/PROGRESS.md): written and read line by line, every
 * field checked, so a damaged or hand-edited file is refused with its line rather than taken in
 * part. */
#include "herocity/progress_file.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/day.h"
#include "progress_internal.h"

static const char header[] =
    "# Hero City Quiz progress file (docs/PROGRESS.md). Tab-separated; days are YYYY-MM-DD.\n"
    "# record: question, first day, last day, due day, difficulty, stability, reviews, lapses,\n"
    "#         right, wrong, last answer\n"
    "# answers: question, day, right, wrong\n";

/* FSRS keeps difficulty and stability rounded to 8 decimals, so this fixed-point text is exact
 * and, unlike printf's %f, never depends on the locale. */
static void format_fixed(double value, char *out, size_t size)
{
    long long scaled = llround(value * 1e8);
    snprintf(out, size, "%lld.%08lld", scaled / 100000000, scaled % 100000000);
}

bool progress_write(FILE *out, const char *learner, const StudyRecords *records,
                    const StudyTallies *tallies)
{
    if (!out || !learner || !records || !tallies)
        return false;
    bool ok = fprintf(out, "%s%s\t%d\nlearner\t%s\n", header, PROGRESS_FILE_MAGIC,
                      PROGRESS_FILE_VERSION, learner) > 0;
    for (size_t i = 0; ok && i < records->count; i++) {
        const StudyRecord *r = &records->items[i];
        char first[DAY_TEXT_SIZE], last[DAY_TEXT_SIZE], due[DAY_TEXT_SIZE];
        char difficulty[32], stability[32];
        ok = day_format(r->first_day, first) && day_format(r->card.last_review_day, last) &&
             day_format(r->card.due_day, due);
        format_fixed(r->card.difficulty, difficulty, sizeof difficulty);
        format_fixed(r->card.stability, stability, sizeof stability);
        ok = ok &&
             fprintf(out, "record\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n", r->question_id,
                     first, last, due, difficulty, stability, r->card.reps, r->card.lapses,
                     r->right, r->wrong, r->last_right ? "right" : "wrong") > 0;
    }
    for (size_t i = 0; ok && i < tallies->count; i++) {
        const StudyTally *t = &tallies->items[i];
        char day[DAY_TEXT_SIZE];
        ok = day_format(t->day, day) &&
             fprintf(out, "answers\t%s\t%s\t%d\t%d\n", t->question_id, day, t->right, t->wrong) > 0;
    }
    return ok && fflush(out) == 0 && !ferror(out);
}

/* ---- reading ---- */

static int compare_read_records(const void *a, const void *b)
{
    const ReadRecord *x = a, *y = b;
    int order = strcmp(x->record.question_id, y->record.question_id);
    return order ? order : (x->line > y->line) - (x->line < y->line);
}

static int compare_read_tallies(const void *a, const void *b)
{
    const ReadTally *x = a, *y = b;
    int order = strcmp(x->tally.question_id, y->tally.question_id);
    if (order == 0)
        order = (x->tally.day > y->tally.day) - (x->tally.day < y->tally.day);
    return order ? order : (x->line > y->line) - (x->line < y->line);
}

static int compare_id_to_read_record(const void *key, const void *item)
{
    return strcmp(key, ((const ReadRecord *)item)->record.question_id);
}

/* Once every line is read: each question and each question's day once, and every answers line
 * about a question the file has a record of. */
static void check_whole_file(ProgressReader *reader)
{
    if (reader->has_magic && !reader->has_learner)
        progress_complain(reader, reader->line, "no learner line");
    /* qsort and bsearch want a real array even for no items. */
    if (reader->record_count > 1)
        qsort(reader->records, reader->record_count, sizeof *reader->records, compare_read_records);
    if (reader->tally_count > 1)
        qsort(reader->tallies, reader->tally_count, sizeof *reader->tallies, compare_read_tallies);
    for (size_t i = 1; i < reader->record_count; i++) {
        const ReadRecord *a = &reader->records[i - 1], *b = &reader->records[i];
        if (strcmp(a->record.question_id, b->record.question_id) == 0)
            progress_complain(reader, b->line, "a second record of %s (the first is on line %d)",
                              b->record.question_id, a->line);
    }
    for (size_t i = 0; i < reader->tally_count; i++) {
        const ReadTally *t = &reader->tallies[i];
        if (i > 0 && strcmp(t[-1].tally.question_id, t->tally.question_id) == 0 &&
            t[-1].tally.day == t->tally.day)
            progress_complain(reader, t->line, "a second answers line for %s on that day (line %d)",
                              t->tally.question_id, t[-1].line);
        if (reader->record_count == 0 ||
            !bsearch(t->tally.question_id, reader->records, reader->record_count,
                     sizeof *reader->records, compare_id_to_read_record))
            progress_complain(reader, t->line, "answers to %s, which has no record line",
                              t->tally.question_id);
    }
}

/* Moves what was read into *out; false when memory runs out. */
static bool hand_over(ProgressReader *reader, ProgressFile *out)
{
    size_t records = reader->record_count, tallies = reader->tally_count;
    out->records.items = hc_malloc((records ? records : 1) * sizeof *out->records.items);
    out->tallies.items = hc_malloc((tallies ? tallies : 1) * sizeof *out->tallies.items);
    if (!out->records.items || !out->tallies.items) {
        progress_file_free(out);
        return progress_complain(reader, 0, "out of memory");
    }
    for (size_t i = 0; i < records; i++)
        out->records.items[i] = reader->records[i].record;
    for (size_t i = 0; i < tallies; i++)
        out->tallies.items[i] = reader->tallies[i].tally;
    out->records.count = records;
    out->tallies.count = tallies;
    memcpy(out->learner, reader->learner, sizeof out->learner);
    return true;
}

bool progress_read(FILE *in, const char *path, ProgressFile *out, Diagnostics *diags)
{
    if (!out)
        return false;
    memset(out, 0, sizeof *out);
    if (!in)
        return false;
    ProgressReader reader = {.path = path ? path : "progress file", .diags = diags};
    char line[PROGRESS_FILE_MAX_LINE + 1];
    size_t total = 0;
    while (reader.errors < PROGRESS_MAX_ERRORS && !reader.out_of_memory &&
           fgets(line, sizeof line, in)) {
        reader.line++;
        size_t length = strlen(line);
        total += length;
        if (total > PROGRESS_FILE_MAX_BYTES) {
            progress_complain(&reader, reader.line, "the file is larger than %d MiB",
                              PROGRESS_FILE_MAX_BYTES / (1024 * 1024));
            break;
        }
        if (length == 0 || line[length - 1] != '\n') {
            if (!feof(in)) {
                progress_complain(&reader, reader.line, "line longer than %d bytes",
                                  PROGRESS_FILE_MAX_LINE - 1);
                break;
            }
        } else {
            line[--length] = '\0';
        }
        if (length > 0 && line[length - 1] == '\r') /* written on Windows */
            line[--length] = '\0';
        if (length > 0 && line[0] != '#')
            progress_parse_line(&reader, line);
    }
    if (ferror(in))
        progress_complain(&reader, reader.line, "cannot read the file");
    if (reader.errors == 0 && !reader.has_magic)
        progress_complain(&reader, reader.line, "empty: not a progress file");
    if (reader.errors == 0)
        check_whole_file(&reader);
    bool ok = reader.errors == 0 && hand_over(&reader, out);
    hc_free(reader.records);
    hc_free(reader.tallies);
    return ok;
}

void progress_file_free(ProgressFile *file)
{
    if (!file)
        return;
    study_records_free(&file->records);
    study_tallies_free(&file->tallies);
}
