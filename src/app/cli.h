/* Command-line options, parsed once in main. */
#ifndef HEROCITY_APP_CLI_H
#define HEROCITY_APP_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "game.h"

typedef enum { MODE_PLAY, MODE_VALIDATE, MODE_CONVERT, MODE_LIST, MODE_HELP, MODE_VERSION } CliMode;

typedef struct {
    CliMode mode;
    const char *question_dirs[LIMIT_QUESTION_DIRS];
    int question_dir_count;
    const char *data_dir;
    const char *font_path;
    const char *play_file;
    const char *script_path;
    bool seed_given;
    uint64_t seed;
    int width, height;
    /* Classroom play from the command line (--teams starts it): the setup, the banks by id. */
    bool classroom;
    ClassSetup class_setup;
    const char *class_banks;
    char **files; /* --validate FILE..., --convert FILE */
    int file_count;
} CliOptions;

/* Returns 0 when the options are usable, 2 after printing a usage error to stderr. */
int cli_parse(int argc, char **argv, CliOptions *out);
void cli_print_help(const char *program);

#endif
