/* The bank format's content model, mirrored from bank-1.xsd's two sequences. The schema decides
 * what is valid; this only says what was expected where it found something else, in words taken
 * from the format rather than from libxml2's messages. */
#include "herocity/bank.h"
#include "herocity/limits.h"
#include "loader_internal.h"

typedef struct {
    const char *name;
    int min;
    int max;
} Particle;

static const Particle bank_content[] = {
    {"title", 1, 1},
    {"description", 0, 1},
    {"question", 1, LIMIT_QUESTIONS_PER_BANK},
};

static const Particle question_content[] = {
    {"prompt", 1, 1},
    {"choice", BANK_MIN_CHOICES, BANK_MAX_CHOICES},
    {"explanation", 0, 1},
    {"source", 0, 1},
};

/* What may come next with `seen` of particle `at` so far, as libxml2 lists it: the particle
 * itself while it may repeat, then those after it up to the first one that is required. */
static void list_expected(const Particle *model, int count, int at, int seen, ContentFit *out)
{
    out->expected_count = 0;
    if (seen < model[at].max)
        out->expected[out->expected_count++] = model[at].name;
    if (seen < model[at].min)
        return;
    for (int i = at + 1; i < count && out->expected_count < FORMAT_MAX_EXPECTED; i++) {
        out->expected[out->expected_count++] = model[i].name;
        if (model[i].min > 0)
            return;
    }
}

static bool named(const xmlNode *node, const char *name)
{
    return node->ns == NULL && xmlStrEqual(node->name, BAD_CAST name);
}

bool loader_content_fit(const xmlNode *element, ContentFit *out)
{
    *out = (ContentFit){0};
    const Particle *model = NULL;
    int count = 0;
    if (element && element->ns == NULL && xmlStrEqual(element->name, BAD_CAST "bank")) {
        model = bank_content;
        count = (int)(sizeof bank_content / sizeof bank_content[0]);
    } else if (element && element->ns == NULL && xmlStrEqual(element->name, BAD_CAST "question")) {
        model = question_content;
        count = (int)(sizeof question_content / sizeof question_content[0]);
    } else {
        return false;
    }
    int at = 0, seen = 0;
    for (const xmlNode *child = element->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        int try_at = at, try_seen = seen;
        while (!(named(child, model[try_at].name) && try_seen < model[try_at].max)) {
            if (try_seen < model[try_at].min || try_at + 1 == count) {
                out->out_of_place = child;
                list_expected(model, count, at, seen, out);
                return true;
            }
            try_at++;
            try_seen = 0;
        }
        at = try_at;
        seen = try_seen + 1;
    }
    bool complete = seen >= model[at].min;
    for (int i = at + 1; i < count && complete; i++)
        complete = model[i].min == 0;
    out->incomplete = !complete;
    if (out->incomplete)
        list_expected(model, count, at, seen, out);
    return true;
}
