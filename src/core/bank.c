/* The bank model: owns every string it holds, hands out read-only question views. */
#include "herocity/bank.h"

#include <string.h>

#include "herocity/alloc.h"

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

static void free_question(Question *q)
{
    hc_free((char *)q->id);
    hc_free((char *)q->prompt);
    hc_free((char *)q->explanation);
    hc_free((char *)q->source);
    for (int i = 0; i < q->choice_count; i++)
        hc_free((char *)q->choices[i]);
}

void bank_free(Bank *bank)
{
    if (!bank)
        return;
    for (size_t i = 0; i < bank->count; i++)
        free_question(&bank->questions[i]);
    hc_free(bank->questions);
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

bool bank_add_question(Bank *bank, const QuestionSpec *spec)
{
    if (spec->choice_count < BANK_MIN_CHOICES || spec->choice_count > BANK_MAX_CHOICES ||
        spec->correct_index < 0 || spec->correct_index >= spec->choice_count)
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
    q.id = hc_strdup(spec->id ? spec->id : "");
    q.prompt = hc_strdup(spec->prompt ? spec->prompt : "");
    q.explanation = hc_strdup(spec->explanation ? spec->explanation : "");
    q.source = hc_strdup(spec->source ? spec->source : "");
    bool ok = q.id && q.prompt && q.explanation && q.source;
    for (int i = 0; i < spec->choice_count; i++) {
        q.choices[i] = hc_strdup(spec->choices[i] ? spec->choices[i] : "");
        q.choice_count = i + 1;
        ok = ok && q.choices[i];
    }
    if (!ok) {
        free_question(&q);
        return false;
    }
    bank->questions[bank->count++] = q;
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
    for (size_t i = 0; i < bank->count; i++)
        if (strcmp(bank->questions[i].id, id) == 0)
            return &bank->questions[i];
    return NULL;
}

size_t bank_left_out_count(const Bank *bank) { return bank->left_out; }

void bank_set_left_out_count(Bank *bank, size_t count) { bank->left_out = count; }
