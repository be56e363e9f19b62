/* One line of a progress file at a time (see docs/PROGRESS.md): every field checked, each
 * problem reported with its line. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/day.h"
#include "progress_internal.h"

enum {
    RECORD_FIELDS = 12,
    ANSWERS_FIELDS = 5,
    MAX_FIELDS = RECORD_FIELDS,
    FIXED_DIGITS = 8,
};

bool progress_complain(ProgressReader *reader, int line, const char *fmt, ...)
{
    char message[512];
    va_list args;
    va_start(args, fmt);
    vsnprintf(message, sizeof message, fmt, args);
    va_end(args);
    reader->errors++;
    diags_add(reader->diags, DIAG_ERROR, reader->path, line, 0, "%s", message);
    return false;
}

/* A whole number 0..INT_MAX written with digits only. */
static bool read_count(const char *text, int *out)
{
    long long value = 0;
    if (!*text || strlen(text) > 10)
        return false;
    for (const char *p = text; *p; p++) {
        if (*p < '0' || *p > '9')
            return false;
        value = value * 10 + (*p - '0');
    }
    if (value > INT_MAX)
        return false;
    *out = (int)value;
    return true;
}

/* Digits, then optionally '.' and 1..8 digits: the inverse of format_fixed. */
static bool read_fixed(const char *text, double *out)
{
    long long whole = 0, fraction = 0;
    const char *p = text;
    int digits = 0;
    for (; *p >= '0' && *p <= '9' && digits < 9; p++, digits++)
        whole = whole * 10 + (*p - '0');
    if (digits == 0)
        return false;
    if (*p == '.') {
        int places = 0;
        for (p++; *p >= '0' && *p <= '9' && places < FIXED_DIGITS; p++, places++)
            fraction = fraction * 10 + (*p - '0');
        if (places == 0)
            return false;
        for (; places < FIXED_DIGITS; places++)
            fraction *= 10;
    }
    if (*p != '\0')
        return false;
    *out = (double)(whole * 100000000 + fraction) / 1e8;
    return true;
}

static bool grow(ProgressReader *reader, void **items, size_t *capacity, size_t count, size_t size)
{
    if (count < *capacity)
        return true;
    size_t grown = *capacity ? *capacity * 2 : 64;
    void *bigger = hc_realloc(*items, grown * size);
    if (!bigger) {
        reader->out_of_memory = true;
        return progress_complain(reader, reader->line, "out of memory");
    }
    *items = bigger;
    *capacity = grown;
    return true;
}

static bool read_day(ProgressReader *reader, const char *text, const char *what, int *out)
{
    if (day_parse(text, out))
        return true;
    return progress_complain(reader, reader->line, "%s '%s' is not a date (YYYY-MM-DD)", what,
                             text);
}

static bool read_question(ProgressReader *reader, const char *text, char *out)
{
    if (!study_is_question_id(text))
        return progress_complain(reader, reader->line, "'%s' is not a question id", text);
    snprintf(out, LIMIT_ID_BYTES + 1, "%s", text);
    return true;
}

static bool read_counts(ProgressReader *reader, char **fields, int n, int *out[],
                        const char *names[])
{
    for (int i = 0; i < n; i++)
        if (!read_count(fields[i], out[i]))
            return progress_complain(reader, reader->line, "%s '%s' is not a whole number",
                                     names[i], fields[i]);
    return true;
}

static void parse_record(ProgressReader *reader, char **f)
{
    StudyRecord r;
    memset(&r, 0, sizeof r);
    r.card.phase = FSRS_REVIEW;
    int *counts[] = {&r.card.reps, &r.card.lapses, &r.right, &r.wrong};
    const char *names[] = {"reviews", "lapses", "right", "wrong"};
    if (!read_question(reader, f[1], r.question_id) ||
        !read_day(reader, f[2], "first day", &r.first_day) ||
        !read_day(reader, f[3], "last day", &r.card.last_review_day) ||
        !read_day(reader, f[4], "due day", &r.card.due_day) ||
        !read_counts(reader, f + 7, 4, counts, names))
        return;
    if (!read_fixed(f[5], &r.card.difficulty) || !read_fixed(f[6], &r.card.stability) ||
        !fsrs_card_is_valid(&r.card)) {
        progress_complain(
            reader, reader->line,
            "difficulty '%s' and stability '%s' are not a memory state (1 to 10, 0.001 to "
            "36500)",
            f[5], f[6]);
        return;
    }
    bool last_right = strcmp(f[11], "right") == 0;
    if (!last_right && strcmp(f[11], "wrong") != 0) {
        progress_complain(reader, reader->line, "last answer '%s' is neither 'right' nor 'wrong'",
                          f[11]);
        return;
    }
    r.last_right = last_right;
    if (r.first_day > r.card.last_review_day || r.card.due_day < r.card.last_review_day ||
        (long)r.right + r.wrong == 0 || (last_right ? r.right : r.wrong) == 0 ||
        r.card.reps > (long)r.right + r.wrong || r.card.lapses > r.wrong) {
        progress_complain(
            reader, reader->line,
            "record of %s does not add up (days in order, a right or wrong answer to match "
            "the last one, reviews and lapses within the answers)",
            r.question_id);
        return;
    }
    if (grow(reader, (void **)&reader->records, &reader->record_capacity, reader->record_count,
             sizeof *reader->records))
        reader->records[reader->record_count++] = (ReadRecord){r, reader->line};
}

static void parse_answers(ProgressReader *reader, char **f)
{
    StudyTally t;
    memset(&t, 0, sizeof t);
    int *counts[] = {&t.right, &t.wrong};
    const char *names[] = {"right", "wrong"};
    if (!read_question(reader, f[1], t.question_id) || !read_day(reader, f[2], "day", &t.day) ||
        !read_counts(reader, f + 3, 2, counts, names))
        return;
    if (t.right > LIMIT_ANSWERS_PER_DAY || t.wrong > LIMIT_ANSWERS_PER_DAY ||
        t.right + t.wrong == 0) {
        progress_complain(reader, reader->line,
                          "answers on one day: right and wrong are each at most %d, and not both 0",
                          LIMIT_ANSWERS_PER_DAY);
        return;
    }
    if (grow(reader, (void **)&reader->tallies, &reader->tally_capacity, reader->tally_count,
             sizeof *reader->tallies))
        reader->tallies[reader->tally_count++] = (ReadTally){t, reader->line};
}

/* Splits line at tabs into at most MAX_FIELDS + 1 fields; returns how many. */
static int split(char *line, char **fields)
{
    int n = 0;
    for (char *p = line;; p++) {
        fields[n++] = p;
        p += strcspn(p, "\t");
        if (*p == '\0' || n == MAX_FIELDS + 1)
            return n;
        *p = '\0';
    }
}

static void parse_learner(ProgressReader *reader, char **f)
{
    size_t length = strlen(f[1]);
    bool plain = length > 0 && length <= LIMIT_NAME_BYTES;
    for (const unsigned char *p = (const unsigned char *)f[1]; plain && *p; p++)
        plain = *p >= 0x20 && *p != 0x7f;
    if (!plain) {
        progress_complain(reader, reader->line,
                          "the learner's name must be 1 to %d bytes, no control "
                          "characters",
                          LIMIT_NAME_BYTES);
        return;
    }
    memcpy(reader->learner, f[1], length + 1);
    reader->has_learner = true;
}

void progress_parse_line(ProgressReader *reader, char *line)
{
    char *f[MAX_FIELDS + 1];
    int n = split(line, f);
    if (!reader->has_magic) {
        char version[16];
        snprintf(version, sizeof version, "%d", PROGRESS_FILE_VERSION);
        if (n == 2 && strcmp(f[0], PROGRESS_FILE_MAGIC) == 0 && strcmp(f[1], version) == 0)
            reader->has_magic = true;
        else if (n == 2 && strcmp(f[0], PROGRESS_FILE_MAGIC) == 0)
            progress_complain(reader, reader->line,
                              "progress file format '%s': this version of the game reads format %d",
                              f[1], PROGRESS_FILE_VERSION);
        else
            progress_complain(reader, reader->line,
                              "not a progress file: the first line is not '%s<tab>%d'",
                              PROGRESS_FILE_MAGIC, PROGRESS_FILE_VERSION);
        return;
    }
    static const struct {
        const char *kind;
        int fields;
    } kinds[] = {{"learner", 2}, {"record", RECORD_FIELDS}, {"answers", ANSWERS_FIELDS}};
    size_t k = 0;
    while (k < sizeof kinds / sizeof kinds[0] && strcmp(f[0], kinds[k].kind) != 0)
        k++;
    if (k == sizeof kinds / sizeof kinds[0]) {
        progress_complain(reader, reader->line,
                          "unknown line '%.40s': expected learner, record or answers", f[0]);
    } else if (n != kinds[k].fields) {
        progress_complain(reader, reader->line, "%s line has %d tab-separated fields, not %d",
                          kinds[k].kind, n, kinds[k].fields);
    } else if (k == 0) {
        if (reader->has_learner)
            progress_complain(reader, reader->line,
                              "a second learner line: one file holds one learner");
        else
            parse_learner(reader, f);
    } else if (!reader->has_learner) {
        progress_complain(reader, reader->line, "%s before the learner line", kinds[k].kind);
    } else if (k == 1) {
        parse_record(reader, f);
    } else {
        parse_answers(reader, f);
    }
}
