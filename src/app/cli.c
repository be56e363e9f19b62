/* Command-line parsing with getopt_long, GNU style. */
#include "cli.h"

#include "herocity/number.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/day.h"

enum {
    OPT_VALIDATE = 256,
    OPT_CONVERT,
    OPT_LIST,
    OPT_PLAY,
    OPT_QUESTIONS,
    OPT_DATA_DIR,
    OPT_SEED,
    OPT_FONT,
    OPT_SCRIPT,
    OPT_WINDOW,
    OPT_QUIET,
    OPT_TO,
    OPT_HELP,
    OPT_VERSION,
    OPT_TEAMS,
    OPT_ANSWERS,
    OPT_TIMER,
    OPT_SPEED_BONUS,
    OPT_STREAK_BONUS,
    OPT_BANKS,
    OPT_COUNT,
    OPT_EXPORT_RESULTS,
    OPT_PREVIEW,
    OPT_ALL,
    OPT_LEARNER,
    OPT_STUDY,
    OPT_TODAY,
    OPT_PROGRESS,
    OPT_EXPORT_PROGRESS,
    OPT_IMPORT_PROGRESS,
    OPT_TRACE_SAVES,
};

static const struct option long_options[] = {
    {"validate", no_argument, NULL, OPT_VALIDATE},
    {"convert", no_argument, NULL, OPT_CONVERT},
    {"list", no_argument, NULL, OPT_LIST},
    {"play", required_argument, NULL, OPT_PLAY},
    {"questions", required_argument, NULL, OPT_QUESTIONS},
    {"data-dir", required_argument, NULL, OPT_DATA_DIR},
    {"seed", required_argument, NULL, OPT_SEED},
    {"font", required_argument, NULL, OPT_FONT},
    {"script", required_argument, NULL, OPT_SCRIPT},
    {"window", required_argument, NULL, OPT_WINDOW},
    {"teams", required_argument, NULL, OPT_TEAMS},
    {"answers", required_argument, NULL, OPT_ANSWERS},
    {"timer", required_argument, NULL, OPT_TIMER},
    {"speed-bonus", no_argument, NULL, OPT_SPEED_BONUS},
    {"streak-bonus", no_argument, NULL, OPT_STREAK_BONUS},
    {"banks", required_argument, NULL, OPT_BANKS},
    {"count", required_argument, NULL, OPT_COUNT},
    {"export-results", required_argument, NULL, OPT_EXPORT_RESULTS},
    {"preview", required_argument, NULL, OPT_PREVIEW},
    {"all", no_argument, NULL, OPT_ALL},
    {"quiet", no_argument, NULL, OPT_QUIET},
    {"to", required_argument, NULL, OPT_TO},
    {"help", no_argument, NULL, OPT_HELP},
    {"version", no_argument, NULL, OPT_VERSION},
    {"learner", required_argument, NULL, OPT_LEARNER},
    {"study", required_argument, NULL, OPT_STUDY},
    {"today", required_argument, NULL, OPT_TODAY},
    {"progress", required_argument, NULL, OPT_PROGRESS},
    {"export-progress", required_argument, NULL, OPT_EXPORT_PROGRESS},
    {"import-progress", required_argument, NULL, OPT_IMPORT_PROGRESS},
    {"trace-saves", required_argument, NULL, OPT_TRACE_SAVES},
    {NULL, 0, NULL, 0},
};

void cli_print_help(const char *program)
{
    printf("Usage: %s [OPTION]...\n"
           "       %s --validate FILE...\n"
           "       %s --convert FILE [--to native|moodle|gift]\n"
           "       %s --progress NAME | --export-progress NAME FILE | --import-progress FILE\n"
           "A quiz about the Soviet Hero Cities: play it, or check question banks.\n\n"
           "  --play FILE        start a round on the bank in FILE, all its questions\n"
           "  --preview FILE     show the bank in FILE as players see it, again each time the\n"
           "                     file is saved (its mistakes instead, while it has some)\n"
           "  --validate FILE... check banks; print file:line:col: error: message for each\n"
           "                     problem (warning: for what to improve) with the line it\n"
           "                     points at; exit 0 if all are valid, warnings or not, 1 if not\n"
           "  --quiet            with --validate or --convert: only the message lines\n"
           "  --convert FILE     write the bank in FILE (any format below) on standard\n"
           "                     output, warnings on stderr; exit 0 if it converted, 1 if\n"
           "                     the file cannot be used\n"
           "  --to FORMAT        with --convert: native (the default), moodle (Moodle XML)\n"
           "                     or gift\n"
           "  --list             print the banks found and their question counts\n"
           "  --questions DIR    also load the banks in DIR (may be repeated)\n"
           "  --data-dir DIR     keep scores, settings and study progress in DIR\n"
           "  --seed N           shuffle questions and answers the same way every time\n"
           "  --font PATH        draw text with this TrueType font\n"
           "  --window WxH       the window's size at start (default 1280x720)\n"
           "  --script FILE      play the inputs in FILE (headless with SDL_VIDEODRIVER=dummy)\n"
           "  --trace-saves FILE append a line to FILE for each save the database has\n"
           "                     (for tests; the format is in src/ui/save_trace.h)\n"
           "  --learner NAME     study as the learner NAME (also: whom --import-progress adds to)\n"
           "  --study MODE       start studying without the menus; MODE is review, practice,\n"
           "                     mistakes or exam (with --learner; --banks or --play limit it)\n"
           "  --today YYYY-MM-DD take this day as today for study (default: the local date)\n"
           "  --progress NAME    print NAME's progress per bank, tab-separated: a header line,\n"
           "                     then bank, seen, mastered, due (by today) and accuracy (percent\n"
           "                     of right answers with one decimal, - before any answer)\n"
           "  --export-progress NAME FILE\n"
           "                     write NAME's progress to FILE, which must not exist yet\n"
           "  --import-progress FILE\n"
           "                     merge the progress in FILE (docs/PROGRESS.md) into its learner;\n"
           "                     by question, the later answer wins\n"
           "\nClassroom play (teams around one screen; --teams starts it):\n"
           "  --teams A,B,...    2 to 8 team names, separated by commas\n"
           "  --answers MODE     devices (keys or controllers), quizmaster (the teacher types\n"
           "                     each team's answer) or turns (with steals); default devices\n"
           "  --timer SECONDS    the answer timer; 0 for none (default 20)\n"
           "  --speed-bonus      a right answer earns 100 %% down to 50 %% as time runs out\n"
           "  --streak-bonus     a bonus for answers right in a row\n"
           "  --banks ID,...     the banks to ask from (default: all, or the --play file);\n"
           "                     with --learner, the banks to study\n"
           "  --count N          how many questions (default 10; 0 for all)\n"
           "  --export-results FILE\n"
           "                     write the latest classroom game's results to FILE (CSV, one\n"
           "                     row per team and question); FILE must not exist yet\n"
           "  --all              with --export-results: every game saved, the oldest first\n\n"
           "  --help             show this help and exit\n"
           "  --version          show the version and exit\n\n"
           "Banks are read from the game's questions folder and from the questions folder in\n"
           "the data directory. See docs/AUTHORING.md to write your own.\n"
           "Moodle XML quizzes (*.xml), GIFT (*.gift, *.gift.txt), Aiken (*.aiken,\n"
           "*.aiken.txt) and Kahoot spreadsheets saved as CSV (*.csv) placed there load\n"
           "directly; each question that cannot be used is named in a warning.\n",
           program, program, program, program);
}

static bool parse_seed(const char *text, uint64_t *out)
{
    char *end = NULL;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 10);
    if (errno || end == text || *end || text[0] == '-')
        return false;
    *out = (uint64_t)value;
    return true;
}

static bool parse_study_mode(const char *text, StudyMode *out)
{
    static const struct {
        const char *name;
        StudyMode mode;
    } modes[] = {{"review", STUDY_REVIEW},
                 {"practice", STUDY_PRACTICE},
                 {"mistakes", STUDY_MISTAKES},
                 {"exam", STUDY_EXAM}};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        if (strcmp(text, modes[i].name) == 0) {
            *out = modes[i].mode;
            return true;
        }
    }
    return false;
}

static bool parse_target(const char *text, ConvertTarget *out)
{
    static const struct {
        const char *name;
        ConvertTarget target;
    } targets[] = {
        {"native", CONVERT_TO_NATIVE}, {"moodle", CONVERT_TO_MOODLE}, {"gift", CONVERT_TO_GIFT}};
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        if (strcmp(text, targets[i].name) == 0) {
            *out = targets[i].target;
            return true;
        }
    }
    return false;
}

static bool parse_window(const char *text, int *w, int *h)
{
    char *end = NULL;
    long width = strtol(text, &end, 10);
    if (end == text || (*end != 'x' && *end != 'X'))
        return false;
    const char *rest = end + 1;
    long height = strtol(rest, &end, 10);
    if (end == rest || *end || width < LIMIT_WINDOW_MIN_WIDTH || height < LIMIT_WINDOW_MIN_HEIGHT ||
        width > LIMIT_WINDOW_MAX_SIDE || height > LIMIT_WINDOW_MAX_SIDE)
        return false;
    *w = (int)width;
    *h = (int)height;
    return true;
}

static bool parse_number(const char *text, long min, long max, int *out)
{
    long value = 0;
    if (!number_parse(text, min, max, &value))
        return false;
    *out = (int)value;
    return true;
}

/* "Owls,Foxes,Bears": 2 to 8 names, none empty, none too long. */
static bool parse_teams(const char *text, ClassSetup *setup)
{
    int count = 0;
    for (const char *p = text;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        if (len == 0 || len > LIMIT_TEAM_NAME_BYTES || count == LIMIT_TEAMS_MAX)
            return false;
        memcpy(setup->teams[count].name, p, len);
        setup->teams[count].name[len] = '\0';
        count++;
        if (!comma)
            break;
        p = comma + 1;
    }
    setup->team_count = count;
    return count >= LIMIT_TEAMS_MIN;
}

static int classroom_option(int opt, const char *program, CliOptions *out)
{
    static const char *const modes[] = {"devices", "quizmaster", "turns"};
    ClassSetup *setup = &out->class_setup;
    switch (opt) {
    case OPT_TEAMS:
        out->classroom = true;
        if (!parse_teams(optarg, setup)) {
            fprintf(stderr, "%s: --teams takes %d to %d names separated by commas, not '%s'\n",
                    program, LIMIT_TEAMS_MIN, LIMIT_TEAMS_MAX, optarg);
            return 2;
        }
        return 0;
    case OPT_ANSWERS:
        for (int i = 0; i < 3; i++)
            if (strcmp(optarg, modes[i]) == 0) {
                setup->answers = (ClassAnswerMode)i;
                return 0;
            }
        fprintf(stderr, "%s: --answers takes devices, quizmaster or turns, not '%s'\n", program,
                optarg);
        return 2;
    case OPT_TIMER:
        if (parse_number(optarg, 0, 3600, &setup->timer_seconds))
            return 0;
        fprintf(stderr, "%s: --timer takes seconds from 0 to 3600, not '%s'\n", program, optarg);
        return 2;
    case OPT_COUNT:
        if (parse_number(optarg, 0, 100000, &setup->question_count))
            return 0;
        fprintf(stderr, "%s: --count takes a number of questions, not '%s'\n", program, optarg);
        return 2;
    case OPT_SPEED_BONUS: setup->speed_bonus = true; return 0;
    case OPT_STREAK_BONUS: setup->streak_bonus = true; return 0;
    case OPT_BANKS: out->class_banks = optarg; return 0;
    default: return -1;
    }
}

int cli_parse(int argc, char **argv, CliOptions *out)
{
    *out = (CliOptions){0};
    out->mode = MODE_PLAY;
    out->width = 1280;
    out->height = 720;
    classroom_setup_defaults(&out->class_setup);
    optind = 1;
    int opt;
    while ((opt = getopt_long(argc, argv, "", long_options, NULL)) != -1) {
        switch (opt) {
        case OPT_VALIDATE: out->mode = MODE_VALIDATE; break;
        case OPT_CONVERT: out->mode = MODE_CONVERT; break;
        case OPT_LIST: out->mode = MODE_LIST; break;
        case OPT_PLAY: out->play_file = optarg; break;
        case OPT_QUESTIONS:
            if (out->question_dir_count >= LIMIT_QUESTION_DIRS - 1) {
                fprintf(stderr, "%s: at most %d --questions folders\n", argv[0],
                        LIMIT_QUESTION_DIRS - 1);
                return 2;
            }
            out->question_dirs[out->question_dir_count++] = optarg;
            break;
        case OPT_DATA_DIR: out->data_dir = optarg; break;
        case OPT_FONT: out->font_path = optarg; break;
        case OPT_SCRIPT: out->script_path = optarg; break;
        case OPT_TRACE_SAVES: out->trace_saves = optarg; break;
        case OPT_SEED:
            if (!parse_seed(optarg, &out->seed)) {
                fprintf(stderr, "%s: --seed takes a whole number, not '%s'\n", argv[0], optarg);
                return 2;
            }
            out->seed_given = true;
            break;
        case OPT_WINDOW:
            if (!parse_window(optarg, &out->width, &out->height)) {
                fprintf(stderr, "%s: --window takes WxH, at least 800x600, not '%s'\n", argv[0],
                        optarg);
                return 2;
            }
            break;
        case OPT_TEAMS:
        case OPT_ANSWERS:
        case OPT_TIMER:
        case OPT_COUNT:
        case OPT_SPEED_BONUS:
        case OPT_STREAK_BONUS:
        case OPT_BANKS:
            if (classroom_option(opt, argv[0], out) != 0)
                return 2;
            break;
        case OPT_LEARNER: out->learner = optarg; break;
        case OPT_STUDY:
            if (!parse_study_mode(optarg, &out->study_mode)) {
                fprintf(stderr, "%s: --study takes review, practice, mistakes or exam, not '%s'\n",
                        argv[0], optarg);
                return 2;
            }
            out->study_given = true;
            break;
        case OPT_TODAY:
            if (!day_parse(optarg, &out->today)) {
                fprintf(stderr, "%s: --today takes a date as YYYY-MM-DD, not '%s'\n", argv[0],
                        optarg);
                return 2;
            }
            out->today_given = true;
            break;
        case OPT_PROGRESS:
        case OPT_EXPORT_PROGRESS:
            out->mode = opt == OPT_PROGRESS ? MODE_PROGRESS : MODE_EXPORT_PROGRESS;
            out->learner = optarg;
            break;
        case OPT_IMPORT_PROGRESS:
            out->mode = MODE_IMPORT_PROGRESS;
            out->import_file = optarg;
            break;
        case OPT_EXPORT_RESULTS:
            out->mode = MODE_EXPORT_RESULTS;
            out->export_results = optarg;
            break;
        case OPT_ALL: out->export_all = true; break;
        case OPT_PREVIEW:
            out->preview_file = optarg;
            out->play_file = optarg; /* the preview's library is this one file */
            break;
        case OPT_QUIET: out->quiet = true; break;
        case OPT_TO:
            if (!parse_target(optarg, &out->convert_to)) {
                fprintf(stderr, "%s: --to takes native, moodle or gift, not '%s'\n", argv[0],
                        optarg);
                return 2;
            }
            break;
        case OPT_HELP: out->mode = MODE_HELP; return 0;
        case OPT_VERSION: out->mode = MODE_VERSION; return 0;
        default: fprintf(stderr, "Try '%s --help' for more information.\n", argv[0]); return 2;
        }
    }
    out->files = argv + optind;
    out->file_count = argc - optind;
    if (out->mode == MODE_VALIDATE && out->file_count == 0) {
        fprintf(stderr, "%s: --validate needs at least one FILE\n", argv[0]);
        return 2;
    }
    if (out->mode == MODE_CONVERT && out->file_count != 1) {
        fprintf(stderr,
                "%s: --convert needs exactly one FILE\nTry '%s --help' for more information.\n",
                argv[0], argv[0]);
        return 2;
    }
    bool studying = out->mode == MODE_PLAY && out->learner;
    if (!out->classroom && ((out->class_banks && !studying) || out->class_setup.speed_bonus ||
                            out->class_setup.streak_bonus)) {
        fprintf(stderr, "%s: classroom options need --teams\n", argv[0]);
        return 2;
    }
    if (out->study_given && (!studying || out->classroom)) {
        fprintf(stderr, "%s: --study needs --learner NAME, and no --teams\n", argv[0]);
        return 2;
    }
    if (out->mode == MODE_EXPORT_PROGRESS && out->file_count != 1) {
        fprintf(stderr,
                "%s: --export-progress needs a NAME and exactly one FILE\n"
                "Try '%s --help' for more information.\n",
                argv[0], argv[0]);
        return 2;
    }
    if (out->mode != MODE_VALIDATE && out->mode != MODE_CONVERT &&
        out->mode != MODE_EXPORT_PROGRESS && out->file_count > 0) {
        fprintf(stderr, "%s: unexpected argument '%s'\nTry '%s --help' for more information.\n",
                argv[0], out->files[0], argv[0]);
        return 2;
    }
    return 0;
}
