/* A learner's progress on the command line: --progress, --export-progress, --import-progress. */
#ifndef HEROCITY_APP_PROGRESS_CLI_H
#define HEROCITY_APP_PROGRESS_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "cli.h"
#include "game.h"

/* Today for study: --today when given, else the local date of `now` (seconds since the epoch,
 * read once by main), so the core never reads a clock. */
int progress_cli_today(const CliOptions *options, int64_t now);

/* Whether `mode` is one that progress_cli_run carries out. */
bool progress_cli_handles(CliMode mode);
/* Carries out --progress, --export-progress or --import-progress. Returns the exit status: 0
 * done, 1 failed (the reason on stderr). */
int progress_cli_run(const CliOptions *options, const GameConfig *config);

#endif
