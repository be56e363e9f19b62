/* Loads one bank as the game does (read, parse, schema, checks) and nothing else, so that the
 * bench can time it and measure its memory in a process of its own, beside xmllint's. */
#include <stdio.h>

#include "herocity/loader.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s SCHEMA BANK\n", argv[0]);
        return 2;
    }
    Diagnostics *diags = diags_new();
    BankLoader *loader = loader_new(argv[1], diags);
    Bank *bank = loader ? loader_load_file(loader, argv[2], diags) : NULL;
    int status = bank ? 0 : 1;
    if (bank)
        printf("%zu questions\n", bank_question_count(bank));
    bank_free(bank);
    loader_free(loader);
    diags_free(diags);
    return status;
}
