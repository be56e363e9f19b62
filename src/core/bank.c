/* The bank model: owns every string it holds, hands out read-only question views. */
#include "herocity/bank.h"

#include <string.h>

#include "herocity/alloc.h"
#include "herocity/places.h"
#include "herocity/store.h"

struct Bank {
    char *path;
    char *id;
    char *title;
    char *description;
    char *language;
    Question *questions;
    size_t count;
    size_t capacity;
    size_t left_out;
    /* Question ids by hash, so that finding one stays quick in a bank of thousands (ids are
     * checked for every question loaded): each slot holds a question's index + 1, 0 when free;
     * a power of two, at least twice the count. */
    size_t *slots;
    size_t slot_count;
    BankPlace place; /* as the file names it */
};

Bank *bank_new(const char *path)
{
    Bank *bank = hc_calloc(1, sizeof(Bank));
    if (!bank)
        return NULL;
    bank->path = hc_strdup(path ? path : "");
    if (!bank->path) {
        hc_free(bank);
        return NULL;
    }
    return bank;
}

/* A question's strings live in one block that starts with its id, so that a bank of thousands
 * of questions costs one allocation per question, not eight. */
static void free_question(Question *q) { hc_free((char *)q->id); }

void bank_free(Bank *bank)
{
    if (!bank)
        return;
    for (size_t i = 0; i < bank->count; i++)
        free_question(&bank->questions[i]);
    hc_free(bank->questions);
    hc_free(bank->slots);
    hc_free(bank->path);
    hc_free(bank->id);
    hc_free(bank->title);
    hc_free(bank->description);
    hc_free(bank->language);
    hc_free(bank);
}

/* Replaces *slot with a copy of value ("" for NULL); false when memory runs out. */
static bool replace_string(char **slot, const char *value)
{
    char *copy = hc_strdup(value ? value : "");
    if (!copy)
        return false;
    hc_free(*slot);
    *slot = copy;
    return true;
}

bool bank_set_info(Bank *bank, const char *id, const char *title, const char *description,
                   const char *language)
{
    return replace_string(&bank->id, id) && replace_string(&bank->title, title) &&
           replace_string(&bank->description, description) &&
           replace_string(&bank->language, language);
}

/* FNV-1a. */
static size_t hash_of(const char *id)
{
    size_t hash = (size_t)14695981039346656037u;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++)
        hash = (hash ^ *p) * (size_t)1099511628211u;
    return hash;
}

/* The slot holding `id`, or the free slot where it would go. */
static size_t slot_of(const Bank *bank, const char *id)
{
    size_t mask = bank->slot_count - 1, slot = hash_of(id) & mask;
    while (bank->slots[slot] && strcmp(bank->questions[bank->slots[slot] - 1].id, id) != 0)
        slot = (slot + 1) & mask;
    return slot;
}

/* Makes room for one more id, rebuilding the table when it would be half full. */
static bool reserve_slot(Bank *bank)
{
    if (2 * (bank->count + 1) <= bank->slot_count)
        return true;
    size_t slot_count = bank->slot_count ? bank->slot_count * 2 : 32;
    size_t *slots = hc_calloc(slot_count, sizeof(size_t));
    if (!slots)
        return false;
    hc_free(bank->slots);
    bank->slots = slots;
    bank->slot_count = slot_count;
    for (size_t i = 0; i < bank->count; i++) {
        size_t slot = slot_of(bank, bank->questions[i].id);
        if (!bank->slots[slot])
            bank->slots[slot] = i + 1;
    }
    return true;
}

bool bank_add_question(Bank *bank, const QuestionSpec *spec)
{
    if (spec->choice_count < BANK_MIN_CHOICES || spec->choice_count > BANK_MAX_CHOICES ||
        spec->correct_index < 0 || spec->correct_index >= spec->choice_count)
        return false;
    if (!reserve_slot(bank))
        return false;
    if (bank->count == bank->capacity) {
        size_t capacity = bank->capacity ? bank->capacity * 2 : 16;
        Question *grown = hc_realloc(bank->questions, capacity * sizeof(Question));
        if (!grown)
            return false;
        bank->questions = grown;
        bank->capacity = capacity;
    }
    Question q = {0};
    q.difficulty = spec->difficulty;
    q.shuffle = spec->shuffle;
    q.correct_index = spec->correct_index;
    q.line = spec->line;
    q.lines = spec->lines;
    q.choice_count = spec->choice_count;
    const char *texts[4 + BANK_MAX_CHOICES] = {spec->id, spec->prompt, spec->explanation,
                                               spec->source};
    for (int i = 0; i < spec->choice_count; i++)
        texts[4 + i] = spec->choices[i];
    int text_count = 4 + spec->choice_count;
    size_t lengths[4 + BANK_MAX_CHOICES], total = 0;
    for (int i = 0; i < text_count; i++) {
        lengths[i] = texts[i] ? strlen(texts[i]) : 0;
        total += lengths[i] + 1;
    }
    char *block = hc_malloc(total);
    if (!block)
        return false;
    const char **slots[4 + BANK_MAX_CHOICES] = {&q.id, &q.prompt, &q.explanation, &q.source};
    for (int i = 0; i < spec->choice_count; i++)
        slots[4 + i] = &q.choices[i];
    for (int i = 0; i < text_count; i++) {
        if (lengths[i])
            memcpy(block, texts[i], lengths[i]);
        block[lengths[i]] = '\0';
        *slots[i] = block;
        block += lengths[i] + 1;
    }
    bank->questions[bank->count++] = q;
    size_t slot = slot_of(bank, q.id);
    if (!bank->slots[slot]) /* a repeated id keeps finding the first question */
        bank->slots[slot] = bank->count;
    return true;
}

const char *bank_id(const Bank *bank) { return bank->id ? bank->id : ""; }
const char *bank_title(const Bank *bank) { return bank->title ? bank->title : ""; }
const char *bank_description(const Bank *bank)
{
    return bank->description ? bank->description : "";
}
const char *bank_language(const Bank *bank) { return bank->language ? bank->language : ""; }
const char *bank_path(const Bank *bank) { return bank->path; }
size_t bank_question_count(const Bank *bank) { return bank->count; }

const Question *bank_question(const Bank *bank, size_t index)
{
    return index < bank->count ? &bank->questions[index] : NULL;
}

const Question *bank_find_question(const Bank *bank, const char *id)
{
    if (bank->slot_count == 0 || !id)
        return NULL;
    size_t slot = slot_of(bank, id);
    return bank->slots[slot] ? &bank->questions[bank->slots[slot] - 1] : NULL;
}

size_t bank_left_out_count(const Bank *bank) { return bank->left_out; }

void bank_set_left_out_count(Bank *bank, size_t count) { bank->left_out = count; }

BankPlace bank_place(const Bank *bank)
{
    if (bank->place.known)
        return bank->place;
    const Place *own = places_find(bank_id(bank));
    if (!own)
        return (BankPlace){false, NULL, 0.0, 0.0};
    return (BankPlace){true, own->id, own->latitude, own->longitude};
}

void bank_set_place(Bank *bank, BankPlace place) { bank->place = place; }

bool bank_id_is_reserved(const char *id)
{
    static const char *const reserved[] = {STORE_ALL_BANKS};
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(id, reserved[i]) == 0)
            return true;
    return false;
}
