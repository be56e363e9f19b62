/* Fuzz target for progress files (--import-progress): a file carried from another computer, read
 * whole or refused, with each message formatted as the import prints it. */
#include <stdint.h>
#include <stdio.h>

#include "herocity/diag.h"
#include "herocity/progress_file.h"

#include "fuzz_target.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* fmemopen refuses an empty buffer; an empty file is still an input worth reading. */
    FILE *in = size ? fmemopen((void *)data, size, "r") : fopen("/dev/null", "r");
    Diagnostics *diags = diags_new();
    if (in && diags) {
        ProgressFile progress;
        if (progress_read(in, "fuzz.txt", &progress, diags))
            progress_file_free(&progress);
        char line[4096];
        for (size_t i = 0; i < diags_count(diags); i++)
            diag_format(diags_get(diags, i), line, sizeof line);
    }
    if (in)
        fclose(in);
    diags_free(diags);
    return 0;
}
