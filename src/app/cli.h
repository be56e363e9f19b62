/* Command-line options, parsed once in main. */
#ifndef HEROCITY_APP_CLI_H
#define HEROCITY_APP_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "game.h"
#include "herocity/study.h"

typedef enum {
    MODE_PLAY,
    MODE_VALIDATE,
    MODE_CONVERT,
    MODE_LIST,
    MODE_HELP,
    MODE_VERSION,
    MODE_PROGRESS,        /* --progress NAME */
    MODE_EXPORT_PROGRESS, /* --export-progress NAME FILE */
    MODE_IMPORT_PROGRESS, /* --import-progress FILE */
    MODE_EXPORT_RESULTS,  /* --export-results FILE [--all] */
} CliMode;

/* What --convert writes. */
typedef enum { CONVERT_TO_NATIVE, CONVERT_TO_MOODLE, CONVERT_TO_GIFT } ConvertTarget;

typedef struct {
    CliMode mode;
    const char *question_dirs[LIMIT_QUESTION_DIRS];
    int question_dir_count;
    const char *data_dir;
    const char *font_path;
    const char *play_file;
    const char *preview_file; /* --preview FILE */
    const char *script_path;
    bool seed_given;
    uint64_t seed;
    int width, height;
    /* Classroom play from the command line (--teams starts it): the setup, the banks by id. */
    bool classroom;
    ClassSetup class_setup;
    const char *class_banks;
    const char *export_results; /* --export-results FILE */
    bool export_all;            /* --all: every game, not only the latest */
    char **files; /* --validate FILE..., --convert FILE, --export-progress NAME FILE */
    bool quiet;   /* messages without the source lines under them */
    ConvertTarget convert_to;
    int file_count;
    const char *learner; /* --learner NAME, or the NAME of --progress/--export-progress */
    bool study_given;    /* --study MODE */
    StudyMode study_mode;
    bool today_given; /* --today YYYY-MM-DD, as a day number (day.h) */
    int today;
    const char *import_file; /* --import-progress FILE */
    const char *trace_saves; /* --trace-saves FILE */
} CliOptions;

/* Returns 0 when the options are usable, 2 after printing a usage error to stderr. */
int cli_parse(int argc, char **argv, CliOptions *out);
void cli_print_help(const char *program);

#endif
