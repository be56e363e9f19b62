/* The author's tools on the command line: --validate, --convert and --list. */
#ifndef HEROCITY_APP_VALIDATE_H
#define HEROCITY_APP_VALIDATE_H

#include "cli.h"
#include "game.h"
#include "herocity/library.h"

#include <stdbool.h>

/* Checks each file, printing file:line:col: error: message for every problem (and warning:
 * for what a usable bank should still fix) on stderr, each followed by the line it points at
 * with a caret unless `quiet`, and a summary on stdout: the format, the rules, ids unique
 * across the files, and that every text fits on screen in the font at font_path (NULL: the one
 * fontconfig finds) and can be drawn by it. Returns 0 when all are valid, warnings or not, 1
 * when any is not, 2 when the schema cannot be read. */
int validate_files(const char *schema_path, const char *font_path, const char *const *files,
                   int count, bool quiet);

/* Loads one bank file (any format the loader reads), prints its diagnostics on stderr and
 * writes it on stdout as a native v1 bank, Moodle XML or GIFT. Returns 0 when written, 1 when
 * the file cannot be used or writing failed, 2 when the schema cannot be read. */
int convert_file(const char *schema_path, const char *file, bool quiet, ConvertTarget target);

/* Loads the banks of every configured folder (the game's, --questions, the user's, whose path
 * goes to user_dir, "" without a data folder) into a new library. False, with the reason
 * printed, when the schema cannot be read. Free both with library_free and loader_free. */
bool load_configured_banks(const GameConfig *config, BankLoader **loader, BankLibrary **library,
                           char *user_dir, size_t user_dir_size);

/* Prints the banks found in the configured folders with their question counts. */
int list_banks(const GameConfig *config);

/* Prints every message a library collected, on stderr; unless quiet, each with its line. */
void print_library_problems(const BankLibrary *library, bool quiet);

#endif
