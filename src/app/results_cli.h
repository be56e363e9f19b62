/* --export-results FILE.csv [--all]: classroom results from the store as CSV, without a window. */
#ifndef HEROCITY_APP_RESULTS_CLI_H
#define HEROCITY_APP_RESULTS_CLI_H

#include "cli.h"
#include "game.h"

/* Writes the latest classroom game (every game with --all) to the file named in the options,
 * which must not exist yet. Returns the exit status: 0 written, 1 not (the reason on stderr). */
int results_cli_run(const CliOptions *options, const GameConfig *config);

#endif
