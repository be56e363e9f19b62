/* A bank's <place>, after the schema has checked its form: the id must be one of the thirteen
 * places, and exactly one of the two ways (an id, or lat and lon) must be used. On its own file
 * so that the bank checks (loader_check.c) only call it. */
#include "loader_internal.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <libxml/tree.h>

#include "herocity/alloc.h"
#include "herocity/places.h"
#include "text_space.h"

/* An xs:decimal as the schema let it through ("-12.5", " 37 "), read without strtod, which
 * would take the locale's decimal point. */
static bool parse_decimal(const char *text, double *out)
{
    while (text_is_space(*text))
        text++;
    double sign = *text == '-' ? -1.0 : 1.0;
    if (*text == '-' || *text == '+')
        text++;
    double value = 0.0, unit = 1.0;
    bool digits = false, fraction = false;
    for (; *text && !text_is_space(*text); text++) {
        if (*text == '.' && !fraction) {
            fraction = true;
        } else if (*text >= '0' && *text <= '9') {
            digits = true;
            if (fraction)
                unit /= 10.0;
            value = fraction ? value + (*text - '0') * unit : value * 10.0 + (*text - '0');
        } else {
            return false;
        }
    }
    while (text_is_space(*text))
        text++;
    *out = sign * value;
    return digits && *text == '\0';
}

/* The attribute as a number; false when it is missing (or, past the schema, not a number). */
static bool number_attribute(const xmlNode *node, const char *name, double *out)
{
    xmlChar *raw = xmlGetNoNsProp(node, BAD_CAST name);
    bool ok = raw && parse_decimal((const char *)raw, out);
    xmlFree(raw);
    return ok;
}

static int line_of(const xmlNode *node)
{
    long line = xmlGetLineNo(node);
    return line > 0 && line <= INT_MAX ? (int)line : 0;
}

/* "murmansk, leningrad, ... and sevastopol", for the message about an unknown id. */
static void list_ids(char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < PLACE_COUNT && used < size; i++) {
        const char *between = i == 0 ? "" : i == PLACE_COUNT - 1 ? " or " : ", ";
        int n = snprintf(out + used, size - used, "%s%s", between, places_all()[i].id);
        used += n > 0 ? (size_t)n : 0;
    }
}

static size_t read_id(const xmlNode *node, const char *id, Bank *bank, const char *file,
                      Diagnostics *diags)
{
    const Place *place = places_find(id);
    if (!place) {
        char ids[320];
        list_ids(ids, sizeof ids);
        diags_add(diags, DIAG_ERROR, file, line_of(node), 0,
                  "<place> '%s' is not one of the game's places; write %s, or give a place of "
                  "your own as lat=\"...\" lon=\"...\" with nothing inside <place>",
                  id, ids);
        return 1;
    }
    bank_set_place(bank, (BankPlace){true, place->id, place->latitude, place->longitude});
    return 0;
}

/* Which of the two ways a <place> uses, or what is wrong with it; NULL when it is right. */
static const char *mixed_ways(bool has_id, bool has_lat, bool has_lon)
{
    if (has_id)
        return has_lat || has_lon ? "it has both" : NULL;
    if (has_lat != has_lon)
        return "it has only one of lat and lon";
    return has_lat ? NULL : "it is empty";
}

size_t loader_read_place(const xmlNode *root, Bank *bank, const char *file, Diagnostics *diags)
{
    const xmlNode *node = root->children;
    while (node && !(node->type == XML_ELEMENT_NODE && node->ns == NULL &&
                     xmlStrEqual(node->name, BAD_CAST "place")))
        node = node->next;
    if (!node)
        return 0;
    xmlChar *raw = xmlNodeGetContent(node);
    char *id = hc_strdup(raw ? (const char *)raw : "");
    xmlFree(raw);
    if (!id) {
        diags_add(diags, DIAG_ERROR, file, line_of(node), 0, "ran out of memory");
        return 1;
    }
    text_collapse_space(id);
    double latitude = 0.0, longitude = 0.0;
    bool has_lat = number_attribute(node, "lat", &latitude);
    bool has_lon = number_attribute(node, "lon", &longitude);
    const char *wrong = mixed_ways(id[0] != '\0', has_lat, has_lon);
    size_t errors = 0;
    if (wrong) {
        diags_add(diags, DIAG_ERROR, file, line_of(node), 0,
                  "<place> takes either a place's id inside it, like <place>kyiv</place>, or "
                  "lat and lon, like <place lat=\"55.75\" lon=\"37.62\"/>; %s",
                  wrong);
        errors = 1;
    } else if (id[0]) {
        errors = read_id(node, id, bank, file, diags);
    } else {
        if (!places_on_map(places_project(latitude, longitude)))
            diags_add(diags, DIAG_WARNING, file, line_of(node), 0,
                      "<place> lat=\"%g\" lon=\"%g\" is outside the game's map (Eastern "
                      "Europe, from the Baltic to the Volga and from Murmansk to the Black Sea): "
                      "the map will not mark it",
                      latitude, longitude);
        bank_set_place(bank, (BankPlace){true, NULL, latitude, longitude});
    }
    hc_free(id);
    return errors;
}
