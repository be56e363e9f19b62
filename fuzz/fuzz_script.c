/* Fuzz target for play scripts (--script): read whole before any line runs, as the game does. */
#include <stdint.h>

#include "herocity/diag.h"
#include "script_parse.h"

#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Diagnostics *diags = diags_new();
    if (!diags)
        return 0;
    Script script;
    if (script_parse("fuzz.txt", (const char *)data, size, &script, diags))
        script_free(&script);
    char line[1200];
    for (size_t i = 0; i < diags_count(diags); i++)
        diag_format(diags_get(diags, i), line, sizeof line);
    diags_free(diags);
    return 0;
}
