/* The play script's grammar: one command a line, `#` comments, blank lines. */
#include "script_parse.h"

#include <stdio.h>
#include <string.h>

#include "herocity/alloc.h"
#include "herocity/limits.h"
#include "herocity/number.h"

enum { SCRIPT_MAX_MISTAKES = 100 };

typedef struct {
    const char *path;
    int line;
    Diagnostics *diags;
    size_t mistakes;
} Reader;

static bool mistake(Reader *reader, const char *message)
{
    reader->mistakes++;
    if (reader->mistakes <= SCRIPT_MAX_MISTAKES)
        diags_add(reader->diags, DIAG_ERROR, reader->path, reader->line, 0, "%s", message);
    return false;
}

/* Splits "WORD REST" at the first space: returns REST ("" when there is none), ends WORD. */
static char *split(char *text)
{
    char *space = strchr(text, ' ');
    if (!space)
        return text + strlen(text);
    *space = '\0';
    return space + 1;
}

static bool take_text(ScriptCommand *command, const char *text, const char *value)
{
    command->text = hc_strdup(text);
    command->value = value ? hc_strdup(value) : NULL;
    return command->text && (!value || command->value);
}

static bool parse_pair(const char *text, long min_a, long max_a, long min_b, long max_b,
                       ScriptCommand *command)
{
    char first[24];
    const char *space = strchr(text, ' ');
    size_t length = space ? (size_t)(space - text) : 0;
    if (!space || length >= sizeof first)
        return false;
    memcpy(first, text, length);
    first[length] = '\0';
    return number_parse(first, min_a, max_a, &command->a) &&
           number_parse(space + 1, min_b, max_b, &command->b);
}

static bool parse_expect(Reader *reader, char *arg, ScriptCommand *command)
{
    char *equals = strchr(arg, '=');
    if (!equals || equals == arg)
        return mistake(reader, "expect takes NAME=VALUE");
    command->expect = EXPECT_EQUAL;
    if (equals[-1] == '!' || equals[-1] == '^') {
        command->expect = equals[-1] == '!' ? EXPECT_NOT_EQUAL : EXPECT_PREFIX;
        equals[-1] = '\0';
    }
    *equals = '\0';
    const char *value = equals + 1;
    if (!*arg || strlen(arg) > SCRIPT_NAME_BYTES)
        return mistake(reader, "expect takes NAME=VALUE, a name of 1 to 31 bytes");
    command->remembered = value[0] == '@';
    return take_text(command, arg, command->remembered ? value + 1 : value) ||
           mistake(reader, "out of memory");
}

/* The commands that take one name, or nothing. */
typedef struct {
    const char *name;
    ScriptVerb verb;
    bool takes_name;
} SimpleCommand;

static const SimpleCommand *simple_command(const char *name)
{
    static const SimpleCommand simple[] = {
        {"key", SCRIPT_KEY, true},           {"shot", SCRIPT_SHOT, true},
        {"remember", SCRIPT_REMEMBER, true}, {"await", SCRIPT_AWAIT, true},
        {"gamepad", SCRIPT_GAMEPAD, false},  {"lose-textures", SCRIPT_LOSE_TEXTURES, false},
        {"crash", SCRIPT_CRASH, false},      {"quit", SCRIPT_QUIT, false},
    };
    for (size_t i = 0; i < sizeof simple / sizeof simple[0]; i++)
        if (strcmp(name, simple[i].name) == 0)
            return &simple[i];
    return NULL;
}

/* Fills `command` from one line (no line end, no leading blanks, not a comment). */
static bool parse_line(Reader *reader, char *line, ScriptCommand *command)
{
    char *arg = split(line);
    const char *name = line;
    command->line = reader->line;
    const SimpleCommand *simple = simple_command(name);
    if (simple) {
        command->verb = simple->verb;
        if (!simple->takes_name)
            return !*arg || mistake(reader, "this command takes nothing after its name");
        if (!*arg)
            return mistake(reader, "key, shot, remember and await take a name");
        if (command->verb == SCRIPT_REMEMBER && strlen(arg) > SCRIPT_NAME_BYTES)
            return mistake(reader, "remember takes a name of 1 to 31 bytes");
        return take_text(command, arg, NULL) || mistake(reader, "out of memory");
    }
    if (strcmp(name, "pad") == 0) {
        command->verb = SCRIPT_PAD;
        char *instance = split(arg);
        if (!*arg || (*instance && !number_parse(instance, 0, 1000000, &command->a)))
            return mistake(reader, "pad takes a button name and a controller number");
        return take_text(command, arg, NULL) || mistake(reader, "out of memory");
    }
    if (strcmp(name, "answer") == 0) {
        command->verb = SCRIPT_ANSWER;
        command->right = strcmp(arg, "right") == 0;
        return command->right || strcmp(arg, "wrong") == 0 ||
               mistake(reader, "answer takes right or wrong");
    }
    if (strcmp(name, "text") == 0) {
        command->verb = SCRIPT_TEXT;
        return take_text(command, arg, NULL) || mistake(reader, "out of memory");
    }
    if (strcmp(name, "click") == 0) {
        if (parse_pair(arg, 0, 100000, 0, 100000, command)) {
            command->verb = SCRIPT_CLICK_AT;
            return true;
        }
        command->verb = SCRIPT_CLICK_ON;
        if (!*arg)
            return mistake(reader, "click takes X Y or the name of something on screen");
        return take_text(command, arg, NULL) || mistake(reader, "out of memory");
    }
    if (strcmp(name, "advance") == 0 || strcmp(name, "wait") == 0) {
        bool advance = name[0] == 'a';
        command->verb = advance ? SCRIPT_ADVANCE : SCRIPT_WAIT;
        return number_parse(arg, 0, advance ? 24L * 3600 * 1000 : 100000, &command->a) ||
               mistake(reader, advance ? "advance takes a number of milliseconds"
                                       : "wait takes a number of frames");
    }
    if (strcmp(name, "expect") == 0) {
        command->verb = SCRIPT_EXPECT;
        return parse_expect(reader, arg, command);
    }
    if (strcmp(name, "resize") == 0) {
        command->verb = SCRIPT_RESIZE;
        if (parse_pair(arg, LIMIT_WINDOW_MIN_WIDTH, LIMIT_WINDOW_MAX_SIDE, LIMIT_WINDOW_MIN_HEIGHT,
                       LIMIT_WINDOW_MAX_SIDE, command))
            return true;
        char message[80];
        snprintf(message, sizeof message, "resize takes W H, at least %dx%d",
                 LIMIT_WINDOW_MIN_WIDTH, LIMIT_WINDOW_MIN_HEIGHT);
        return mistake(reader, message);
    }
    if (strcmp(name, "copy") == 0) {
        command->verb = SCRIPT_COPY;
        char *destination = split(arg);
        if (!*arg || !*destination)
            return mistake(reader, "copy takes SRC DST");
        return take_text(command, arg, destination) || mistake(reader, "out of memory");
    }
    char message[96];
    snprintf(message, sizeof message, "unknown command '%.40s'", name);
    return mistake(reader, message);
}

static void free_command(ScriptCommand *command)
{
    hc_free(command->text);
    hc_free(command->value);
}

void script_free(Script *script)
{
    if (!script)
        return;
    for (size_t i = 0; i < script->count; i++)
        free_command(&script->commands[i]);
    hc_free(script->commands);
    script->commands = NULL;
    script->count = 0;
}

static bool append(Script *script, size_t *capacity, const ScriptCommand *command)
{
    if (script->count == *capacity) {
        size_t more = *capacity ? *capacity * 2 : 64;
        ScriptCommand *grown = hc_realloc(script->commands, more * sizeof *grown);
        if (!grown)
            return false;
        script->commands = grown;
        *capacity = more;
    }
    script->commands[script->count++] = *command;
    return true;
}

/* One physical line, `length` bytes without its line end: too long, a NUL, or a command. */
static void read_line(Reader *reader, const char *start, size_t length, Script *out,
                      size_t *capacity)
{
    char line[LIMIT_SCRIPT_LINE_BYTES + 1];
    if (length > LIMIT_SCRIPT_LINE_BYTES) {
        char message[64];
        snprintf(message, sizeof message, "the line is longer than %d bytes",
                 LIMIT_SCRIPT_LINE_BYTES);
        mistake(reader, message);
        return;
    }
    if (memchr(start, '\0', length)) {
        mistake(reader, "the line holds a NUL byte");
        return;
    }
    memcpy(line, start, length);
    line[length] = '\0';
    if (length && line[length - 1] == '\r')
        line[length - 1] = '\0';
    char *text = line + strspn(line, " \t");
    if (!*text || *text == '#')
        return;
    ScriptCommand command = {0};
    if (!parse_line(reader, text, &command)) {
        free_command(&command);
        return;
    }
    if (!append(out, capacity, &command)) {
        free_command(&command);
        mistake(reader, "out of memory");
    }
}

bool script_parse(const char *path, const char *text, size_t size, Script *out, Diagnostics *diags)
{
    Reader reader = {path, 0, diags, 0};
    Script script = {NULL, 0};
    size_t capacity = 0;
    if (size > SCRIPT_MAX_BYTES) {
        diags_add(diags, DIAG_ERROR, path, 0, 0, "a script is at most %d bytes", SCRIPT_MAX_BYTES);
        reader.mistakes++;
        size = 0;
    }
    size_t offset = 0;
    while (offset < size) {
        const char *start = text + offset;
        const char *end = memchr(start, '\n', size - offset);
        size_t length = end ? (size_t)(end - start) : size - offset;
        reader.line++;
        read_line(&reader, start, length, &script, &capacity);
        offset += length + (end ? 1 : 0);
    }
    if (reader.mistakes > SCRIPT_MAX_MISTAKES)
        diags_add(diags, DIAG_NOTE, path, 0, 0, "%zu more mistakes not shown",
                  reader.mistakes - SCRIPT_MAX_MISTAKES);
    if (reader.mistakes) {
        script_free(&script);
        *out = (Script){NULL, 0};
        return false;
    }
    *out = script;
    return true;
}
