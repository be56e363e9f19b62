/* A classroom setup as one line of text (see classroom.h): remembered between games and saved
 * with each game. Team names are percent-encoded where they hold the separators. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/classroom.h"

static const char *const answer_names[] = {"devices", "quizmaster", "turns"};
static const char *const board_names[] = {"each", "end", "never"};

void classroom_setup_defaults(ClassSetup *setup)
{
    memset(setup, 0, sizeof *setup);
    setup->team_count = 2;
    for (int t = 0; t < LIMIT_TEAMS_MAX; t++) {
        snprintf(setup->teams[t].name, sizeof setup->teams[t].name, "Team %d", t + 1);
        setup->teams[t].time_percent = CLASS_TIME_NORMAL;
    }
    setup->answers = CLASS_ANSWERS_DEVICES;
    setup->timer_seconds = 20;
    setup->board = CLASS_BOARD_EACH_QUESTION;
    setup->question_count = 10;
    setup->prompt_ms = 3000;
}

static bool needs_escape(unsigned char c) { return c < 0x20 || strchr(",;|=%", c) != NULL; }

static size_t put_escaped(char *out, size_t size, size_t used, const char *text)
{
    for (; *text; text++) {
        unsigned char c = (unsigned char)*text;
        int n = needs_escape(c) ? snprintf(out + used, size > used ? size - used : 0, "%%%02X", c)
                                : snprintf(out + used, size > used ? size - used : 0, "%c", c);
        used += (size_t)n;
    }
    return used;
}

void classroom_setup_to_text(const ClassSetup *setup, char *out, size_t size)
{
    size_t used = (size_t)snprintf(out, size, "teams=");
    for (int t = 0; t < setup->team_count; t++) {
        if (t > 0)
            used += (size_t)snprintf(out + used, size > used ? size - used : 0, ",");
        used = put_escaped(out, size, used, setup->teams[t].name);
        used += (size_t)snprintf(out + used, size > used ? size - used : 0, "|%d",
                                 setup->teams[t].time_percent);
    }
    snprintf(out + used, size > used ? size - used : 0,
             ";answers=%s;timer=%d;speed=%d;streak=%d;board=%s;questions=%d;prompt=%d",
             answer_names[setup->answers], setup->timer_seconds, setup->speed_bonus,
             setup->streak_bonus, board_names[setup->board], setup->question_count,
             setup->prompt_ms);
}

static bool parse_number(const char *text, size_t len, long min, long max, int *out)
{
    char buffer[16];
    if (len == 0 || len >= sizeof buffer)
        return false;
    memcpy(buffer, text, len);
    buffer[len] = '\0';
    char *end = NULL;
    errno = 0;
    long value = strtol(buffer, &end, 10);
    if (errno || *end || value < min || value > max)
        return false;
    *out = (int)value;
    return true;
}

static int name_index(const char *text, size_t len, const char *const *names, int count)
{
    for (int i = 0; i < count; i++)
        if (strlen(names[i]) == len && strncmp(names[i], text, len) == 0)
            return i;
    return -1;
}

/* "Owls%2C%20A|150": a name (decoded) and its time percentage. */
static bool parse_team(const char *text, size_t len, ClassTeam *team)
{
    const char *bar = memchr(text, '|', len);
    if (!bar)
        return false;
    size_t out = 0;
    for (const char *p = text; p < bar; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '%') {
            unsigned int code = 0;
            if (bar - p < 3 || sscanf(p + 1, "%2x", &code) != 1)
                return false;
            c = (unsigned char)code;
            p += 2;
        }
        if (out + 1 >= sizeof team->name)
            return false;
        team->name[out++] = (char)c;
    }
    team->name[out] = '\0';
    return out > 0 &&
           parse_number(bar + 1, len - (size_t)(bar + 1 - text), 0, 1000, &team->time_percent);
}

static bool parse_teams(const char *text, size_t len, ClassSetup *setup)
{
    setup->team_count = 0;
    const char *end = text + len;
    while (text < end) {
        const char *comma = memchr(text, ',', (size_t)(end - text));
        size_t part = comma ? (size_t)(comma - text) : (size_t)(end - text);
        if (setup->team_count >= LIMIT_TEAMS_MAX ||
            !parse_team(text, part, &setup->teams[setup->team_count]))
            return false;
        setup->team_count++;
        text += part + (comma ? 1 : 0);
    }
    return setup->team_count >= LIMIT_TEAMS_MIN;
}

static bool parse_field(const char *key, size_t key_len, const char *value, size_t len,
                        ClassSetup *s)
{
#define KEY(name) (key_len == strlen(name) && strncmp(key, name, key_len) == 0)
    int flag = 0, index = -1;
    if (KEY("teams"))
        return parse_teams(value, len, s);
    if (KEY("answers")) {
        if ((index = name_index(value, len, answer_names, 3)) < 0)
            return false;
        s->answers = (ClassAnswerMode)index;
        return true;
    }
    if (KEY("board")) {
        if ((index = name_index(value, len, board_names, 3)) < 0)
            return false;
        s->board = (ClassBoard)index;
        return true;
    }
    if (KEY("timer"))
        return parse_number(value, len, 0, 3600, &s->timer_seconds);
    if (KEY("questions"))
        return parse_number(value, len, 0, LIMIT_QUESTIONS_PER_BANK * 100, &s->question_count);
    if (KEY("prompt"))
        return parse_number(value, len, 0, 60000, &s->prompt_ms);
    if (KEY("speed") || KEY("streak")) {
        if (!parse_number(value, len, 0, 1, &flag))
            return false;
        *(KEY("speed") ? &s->speed_bonus : &s->streak_bonus) = flag == 1;
        return true;
    }
    return true; /* a key from a later version: ignored */
#undef KEY
}

bool classroom_setup_from_text(const char *text, ClassSetup *setup)
{
    ClassSetup parsed;
    classroom_setup_defaults(&parsed);
    while (text && *text) {
        const char *semi = strchr(text, ';');
        size_t part = semi ? (size_t)(semi - text) : strlen(text);
        const char *eq = memchr(text, '=', part);
        if (!eq || !parse_field(text, (size_t)(eq - text), eq + 1, part - (size_t)(eq + 1 - text),
                                &parsed))
            return false;
        text += part + (semi ? 1 : 0);
    }
    *setup = parsed;
    return true;
}
