/* The question bank model: a Bank owns its strings; questions are borrowed read-only views. */
#ifndef HEROCITY_BANK_H
#define HEROCITY_BANK_H

#include <stdbool.h>
#include <stddef.h>

enum {
    BANK_MIN_CHOICES = 2,
    BANK_MAX_CHOICES = 6,
    BANK_MIN_DIFFICULTY = 1,
    BANK_MAX_DIFFICULTY = 3,
    BANK_DEFAULT_DIFFICULTY = 2,
};

/* Where each text of a question stands in its file, so a message can point at it; 0 where
 * unknown (then messages use the question's own line). */
typedef struct {
    int prompt;
    int explanation;
    int source;
    int choices[BANK_MAX_CHOICES];
} QuestionLines;

typedef struct {
    const char *id;
    const char *prompt;
    const char *explanation; /* "" when the bank gives none */
    const char *source;      /* "" when the bank gives none */
    int difficulty;          /* BANK_MIN_DIFFICULTY..BANK_MAX_DIFFICULTY */
    bool shuffle;            /* false keeps the author's choice order */
    int choice_count;        /* BANK_MIN_CHOICES..BANK_MAX_CHOICES */
    const char *choices[BANK_MAX_CHOICES];
    int correct_index; /* index into choices */
    int line;          /* where the question starts in its file, for messages */
    QuestionLines lines;
} Question;

/* What a loader hands to bank_add_question: borrowed strings, copied by the bank. */
typedef struct {
    const char *id;
    const char *prompt;
    const char *explanation; /* may be NULL */
    const char *source;      /* may be NULL */
    int difficulty;
    bool shuffle;
    int choice_count;
    const char *choices[BANK_MAX_CHOICES];
    int correct_index;
    int line;
    QuestionLines lines;
} QuestionSpec;

typedef struct Bank Bank;

/* Where a bank's questions happen, for the map. */
typedef struct {
    bool known;           /* false: the bank is about no one place; the map marks none */
    const char *place_id; /* one of places.h's thirteen; NULL for an author's own lat and lon */
    double latitude;      /* degrees north */
    double longitude;     /* degrees east */
} BankPlace;

/* Creates an empty bank read from `path` (copied). NULL when memory runs out. */
Bank *bank_new(const char *path);
void bank_free(Bank *bank);

/* Whether `id` is one the program gives a meaning of its own, so no bank may have it: a bank
 * with one would share its records (the "All banks" high-score table is kept under
 * STORE_ALL_BANKS). */
bool bank_id_is_reserved(const char *id);

/* Setters copy their arguments; they return false when memory runs out. */
bool bank_set_info(Bank *bank, const char *id, const char *title, const char *description,
                   const char *language);
/* Copies the question in. The loader has already checked the spec's invariants. */
bool bank_add_question(Bank *bank, const QuestionSpec *spec);

const char *bank_id(const Bank *bank);
const char *bank_title(const Bank *bank);
const char *bank_description(const Bank *bank); /* "" when none */
const char *bank_language(const Bank *bank);    /* "" when none */
const char *bank_path(const Bank *bank);
size_t bank_question_count(const Bank *bank);
/* Borrowed view, valid while the bank lives. index < bank_question_count. */
const Question *bank_question(const Bank *bank, size_t index);
/* The question with this id, or NULL. */
const Question *bank_find_question(const Bank *bank, const char *id);

/* The place the bank names (<place>); when it names none, the place of places.h whose id is
 * the bank's (the shipped banks about one city: kyiv, brest-fortress, ...); else none known. */
BankPlace bank_place(const Bank *bank);
void bank_set_place(Bank *bank, BankPlace place);

/* How many questions of the file could not be used and were left out (an imported Moodle quiz
 * names each in a warning); 0 for a native bank, which loads whole or not at all. */
size_t bank_left_out_count(const Bank *bank);
void bank_set_left_out_count(Bank *bank, size_t count);

#endif
