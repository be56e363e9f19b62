/* Reads a play script into commands before anything runs: a script with a mistake on line 90 is
 * refused whole, with every mistake named by line, instead of failing after 89 lines of play.
 * Pure C (no SDL), so the fuzz target reads scripts as the game does. What only the game can
 * tell (a key name SDL does not know, a button not on screen) is checked when the line runs. */
#ifndef HEROCITY_APP_SCRIPT_PARSE_H
#define HEROCITY_APP_SCRIPT_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "herocity/diag.h"

enum { SCRIPT_MAX_BYTES = 1024 * 1024, SCRIPT_NAME_BYTES = 31 };

typedef enum {
    SCRIPT_KEY,           /* key NAME */
    SCRIPT_PAD,           /* pad BUTTON [N] */
    SCRIPT_GAMEPAD,       /* gamepad */
    SCRIPT_ANSWER,        /* answer right|wrong */
    SCRIPT_TEXT,          /* text ANYTHING */
    SCRIPT_CLICK_AT,      /* click X Y */
    SCRIPT_CLICK_ON,      /* click NAME */
    SCRIPT_ADVANCE,       /* advance MS */
    SCRIPT_REMEMBER,      /* remember NAME */
    SCRIPT_WAIT,          /* wait FRAMES */
    SCRIPT_EXPECT,        /* expect NAME=VALUE, NAME!=VALUE, NAME^=VALUE, NAME=@REMEMBERED */
    SCRIPT_SHOT,          /* shot FILE.bmp */
    SCRIPT_RESIZE,        /* resize W H */
    SCRIPT_COPY,          /* copy SRC DST */
    SCRIPT_AWAIT,         /* await FILE: until another program makes FILE (real time) */
    SCRIPT_LOSE_TEXTURES, /* lose-textures */
    SCRIPT_CRASH,         /* crash */
    SCRIPT_QUIT,          /* quit */
} ScriptVerb;

typedef enum { EXPECT_EQUAL, EXPECT_NOT_EQUAL, EXPECT_PREFIX } ExpectKind;

typedef struct {
    ScriptVerb verb;
    int line;
    long a, b;         /* pad's controller; advance's ms; wait's frames; click's x y; resize */
    bool right;        /* answer right */
    ExpectKind expect; /* for expect */
    bool remembered;   /* expect NAME=@OTHER: `value` names what was remembered */
    char *text;  /* key, button, text, click or expect name, shot or await file, copy source */
    char *value; /* expect's value, copy's destination */
} ScriptCommand;

typedef struct {
    ScriptCommand *commands;
    size_t count;
} Script;

/* Reads `size` bytes of script; `path` names it in messages (path:line: error: ...). Returns
 * true with *out filled when there is no mistake; otherwise false, *out empty, and every mistake
 * in diags. Free with script_free. */
bool script_parse(const char *path, const char *text, size_t size, Script *out, Diagnostics *diags);
void script_free(Script *script);

#endif
