/* Private to the importers of other formats (Moodle XML, GIFT, Aiken, Kahoot CSV): what they
 * share. Each question is read into a draft, which is then added to the bank, with an id made
 * from its name, or left out with a warning that names it and says why. Nothing is cut or
 * guessed: a question over a limit is left out, so no text is silently changed. */
#ifndef HEROCITY_IMPORT_H
#define HEROCITY_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "herocity/bank.h"
#include "herocity/diag.h"

#if defined(__GNUC__)
#define IMPORT_PRINTF_LIKE(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define IMPORT_PRINTF_LIKE(fmt, args)
#endif

typedef struct {
    const char *file;
    const char *format; /* "Moodle XML", "GIFT", ...: named in messages */
    Diagnostics *diags;
    Bank *bank;
    char *bank_id;
    char *title;       /* the first category's; NULL: the file's name */
    char *description; /* NULL: "Imported from FORMAT" */
    char *language;    /* NULL: none */
    int questions;     /* questions seen, used or not */
    size_t left_out;
    bool out_of_memory;
} Importer;

/* One question as read; every string is the importer's (hc_). */
typedef struct {
    char *name;   /* "" when it has none */
    char *id;     /* an id the file gives (Moodle's ID number), or NULL */
    char *reason; /* why it is left out; NULL while usable */
    char *prompt;
    char *explanation;
    char *source;
    char *choices[BANK_MAX_CHOICES];
    int choice_count;
    int correct_index;
    int difficulty;
    bool shuffle;
    int line;
} ImportDraft;

/* Starts a bank read from `file`. Its id is wanted_id when that is a valid id, else the slug
 * of the file's name ("Hero Cities.xml" -> "hero-cities"); a reserved id (bank_id_is_reserved)
 * gets "-bank" added ("all.gift" -> "all-bank"), with a warning. False when memory runs out. */
bool import_start(Importer *im, const char *file, const char *format, const char *wanted_id,
                  Diagnostics *diags);
/* Whether `text` is a valid id: lowercase words joined by single hyphens, at most 64. */
bool import_is_id(const char *text);
/* A new draft, with the defaults, for the question that starts on `line`; counts it. */
void import_draft(Importer *im, ImportDraft *d, int line);
/* Marks the draft left out for the first reason given; later reasons add nothing. */
void import_leave_out(Importer *im, ImportDraft *d, const char *fmt, ...) IMPORT_PRINTF_LIKE(3, 4);
/* The limits of the prompt, the explanation (from `explanation_from`, as the format calls it:
 * "general feedback") and the source, and room in the bank. */
void import_check_texts(Importer *im, ImportDraft *d, const char *explanation_from);
/* Takes `text` as the draft's next answer and checks it: not empty, not too long, not the same
 * as another. NULL text means memory ran out. */
void import_add_answer(Importer *im, ImportDraft *d, char *text);
/* Adds the draft to the bank, or reports it left out; frees its strings either way. */
void import_end_draft(Importer *im, ImportDraft *d);
/* The first category names the bank: its path's last part ("$course$/top/Hero Cities"). */
void import_category(Importer *im, const char *path);
/* The bank, or NULL with an error (no questions, none usable, out of memory); `line` is where
 * the file's questions start, for those errors. Frees what the importer holds. */
Bank *import_finish(Importer *im, int line);

/* A general feedback in HTML whose last paragraph starts with "Source:" (as bank_write_moodle
 * writes it) holds the explanation and then the source: both are returned as plain text (new
 * strings; *source is "" when there is none). False when memory runs out. */
bool import_split_feedback(const char *html, char **explanation, char **source);

#endif
