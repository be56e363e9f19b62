/* Hero City Quiz: the program. Parses the command line and runs the chosen mode. */
#include <SDL.h>
#include <SDL_ttf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "game.h"
#include "herocity/library.h"
#include "input.h"
#include "loop.h"
#include "progress_cli.h"
#include "results_cli.h"
#include "save_trace.h"
#include "script.h"
#include "sound.h"
#include "validate.h"

/* Where the shipped banks and the schema are: HEROCITY_SHARE_DIR; ../share/herocity beside the
 * program, so an installed tree works wherever it is put (a DESTDIR, a moved prefix); the
 * source tree when run from a build; the install prefix it was built for. */
static bool find_share_dir(char *out, size_t size)
{
    char beside[LIMIT_PATH_BYTES] = "";
    char *base = SDL_GetBasePath(); /* the program's folder, ending in '/' */
    if (base) {
        size_t length = strlen(base);
        while (length > 0 && base[length - 1] == '/')
            length--;
        while (length > 0 && base[length - 1] != '/') /* up from bin/ */
            length--;
        if (length > 0)
            snprintf(beside, sizeof beside, "%.*sshare/herocity", (int)length, base);
        SDL_free(base);
    }
    const char *candidates[4] = {SDL_getenv("HEROCITY_SHARE_DIR"), beside[0] ? beside : NULL,
                                 HEROCITY_SOURCE_DIR, HEROCITY_INSTALL_SHARE_DIR};
    for (int i = 0; i < 4; i++) {
        if (!candidates[i])
            continue;
        char schema[1200];
        snprintf(schema, sizeof schema, "%s/questions/schema/bank-1.xsd", candidates[i]);
        FILE *probe = fopen(schema, "rb");
        if (probe) {
            fclose(probe);
            snprintf(out, size, "%s", candidates[i]);
            return true;
        }
    }
    return false;
}

typedef struct {
    char share[LIMIT_PATH_BYTES];
    char schema[1200];
    char questions[1200];
    char assets[1200];
    char data[1200];
} Paths;

static bool resolve_paths(const CliOptions *options, Paths *paths)
{
    if (!find_share_dir(paths->share, sizeof paths->share)) {
        fprintf(stderr, "herocity: cannot find the game's questions folder and schema "
                        "(set HEROCITY_SHARE_DIR)\n");
        return false;
    }
    snprintf(paths->schema, sizeof paths->schema, "%s/questions/schema/bank-1.xsd", paths->share);
    snprintf(paths->questions, sizeof paths->questions, "%s/questions", paths->share);
    snprintf(paths->assets, sizeof paths->assets, "%s/assets", paths->share);
    paths->data[0] = '\0';
    if (options->data_dir) {
        snprintf(paths->data, sizeof paths->data, "%s", options->data_dir);
    } else {
        /* The XDG spec treats an empty XDG_DATA_HOME as unset; SDL would use "" and write to
         * /herocity. */
        const char *xdg = getenv("XDG_DATA_HOME");
        if (xdg && !*xdg)
            unsetenv("XDG_DATA_HOME");
        char *pref = SDL_GetPrefPath("", "herocity");
        if (pref) {
            size_t len = strlen(pref);
            if (len > 0 && pref[len - 1] == '/')
                pref[len - 1] = '\0';
            snprintf(paths->data, sizeof paths->data, "%s", pref);
            SDL_free(pref);
        }
    }
    /* Refused before anything is made: a longer folder could never save, and would be cut. */
    const char *asked = options->data_dir ? options->data_dir : paths->data;
    if (strlen(asked) > LIMIT_DATA_DIR_BYTES) {
        fprintf(stderr,
                "herocity: the data folder's path is %zu bytes long; at most %d can be used "
                "(choose a shorter --data-dir)\n",
                strlen(asked), LIMIT_DATA_DIR_BYTES);
        return false;
    }
    return true;
}

static void fill_config(const CliOptions *options, const Paths *paths, GameConfig *config)
{
    *config = (GameConfig){0};
    config->question_dirs[config->question_dir_count++] = paths->questions;
    for (int i = 0; i < options->question_dir_count; i++)
        config->question_dirs[config->question_dir_count++] = options->question_dirs[i];
    config->schema_path = paths->schema;
    config->assets_dir = paths->assets;
    config->data_dir = paths->data[0] ? paths->data : NULL;
    config->font_path = options->font_path;
    config->play_file = options->play_file;
    config->start_time = (int64_t)time(NULL); /* the one place the program reads the date */
    config->today = progress_cli_today(options, config->start_time);
    config->offer_resume = !options->play_file && !options->classroom;
    config->seed = options->seed_given ? options->seed : (uint64_t)config->start_time;
    config->width = options->width;
    config->height = options->height;
    const char *driver = SDL_getenv("SDL_VIDEODRIVER");
    config->software_renderer = options->script_path || (driver && strcmp(driver, "dummy") == 0);
}

/* --teams: a classroom game at once, set up from the command line, over the --banks chosen
 * (or every bank the game loaded, which is the --play file alone when one is given). */
static int start_classroom(Game *game, const CliOptions *options)
{
    game->class_setup = options->class_setup;
    snprintf(game->class_banks, sizeof game->class_banks, "%s",
             options->class_banks ? options->class_banks : "");
    for (const char *p = game->class_banks; *p;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        char id[LIMIT_ID_BYTES + 1];
        snprintf(id, sizeof id, "%.*s", (int)len, p);
        bool found = false;
        for (size_t i = 0; i < library_bank_count(game->library); i++)
            found = found || strcmp(bank_id(library_bank(game->library, i)), id) == 0;
        if (!found) {
            fprintf(stderr, "herocity: --banks: no bank has the id '%s' (see --list)\n", id);
            return 2;
        }
        p += len + (comma ? 1 : 0);
    }
    game_class_save_setup(game);
    game_push(game, SCREEN_CLASS_SETUP, 0);
    if (!game_class_start(game)) {
        fprintf(stderr, "herocity: the banks chosen have no questions\n");
        return 1;
    }
    game_push(game, SCREEN_CLASS_GAME, 0);
    game_apply_requests(game);
    return 0;
}

/* --learner: that learner's study menu (the learner added when there is none of that name);
 * --study: that way of studying at once, over the --banks chosen (or every bank loaded, which
 * is the --play file alone when one is given). */
static int start_study(Game *game, const CliOptions *options)
{
    char bad_id[LIMIT_ID_BYTES + 1];
    if (options->class_banks &&
        !game_study_set_banks(game, options->class_banks, bad_id, sizeof bad_id)) {
        fprintf(stderr, "herocity: --banks: no bank has the id '%s' (see --list)\n", bad_id);
        return 2;
    }
    LearnerStatus found = game_study_use_learner(game, options->learner, true);
    if (found != LEARNER_OK) {
        fprintf(stderr, "herocity: --learner: '%s' %s\n", options->learner,
                found == LEARNER_BAD_NAME ? "cannot be a learner's name"
                                          : "cannot be saved (see above)");
        return 1;
    }
    game_push(game, SCREEN_LEARNERS, 0);
    game_push(game, SCREEN_STUDY, 0);
    if (options->study_given) {
        if (game_study_start(game, options->study_mode))
            game_push(game, SCREEN_QUESTION, 0);
        else
            fprintf(stderr, "herocity: --study: nothing to ask %s today\n", options->learner);
    }
    game_apply_requests(game);
    return 0;
}

static int play(const CliOptions *options, const GameConfig *config)
{
    /* A team's controller counts even while another window has the focus (the teacher's notes
     * on a second screen, say). */
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_GAMECONTROLLER) != 0) {
        fprintf(stderr, "herocity: cannot start SDL: %s\n", SDL_GetError());
        return 1;
    }
    if (TTF_Init() != 0) {
        fprintf(stderr, "herocity: cannot start SDL_ttf: %s\n", TTF_GetError());
        SDL_Quit();
        return 1;
    }
    sound_open(); /* optional: without an audio device the game is silent */
    char error[512] = "";
    Game *game = game_create(config, error, sizeof error);
    int status = 0;
    if (!game) {
        fprintf(stderr, "herocity: %s\n", error);
        status = 1;
    } else {
        if (game->store_status != STORE_OPENED)
            fprintf(stderr, "herocity: %s\n", game->store_message);
        if (options->preview_file) {
            /* The author started the preview from a terminal: the file's mistakes (one that
             * cannot be read, say) are said there too, not only on the screen. */
            if (library_bank_count(game->library) == 0)
                print_library_problems(game->library, true);
            game_push(game, SCREEN_PREVIEW, 0);
            game_apply_requests(game);
        } else if (config->play_file) {
            if (library_bank_count(game->library) == 0) {
                print_library_problems(game->library, false);
                status = 1;
            } else if (!options->classroom && !options->learner) {
                game_push(game, SCREEN_BANKS, 0);
                if (game_start_round(game, 0, 0))
                    game_push(game, SCREEN_QUESTION, 0);
                game_apply_requests(game);
            }
        }
        if (status == 0 && options->classroom)
            status = start_classroom(game, options);
        else if (status == 0 && options->learner)
            status = start_study(game, options);
        if (status == 0) {
            if (options->script_path)
                status = script_run(game, options->script_path);
            else
                loop_run(game);
        }
    }
    game_destroy(game);
    input_close_devices();
    sound_close();
    TTF_Quit();
    SDL_Quit();
    return status;
}

int main(int argc, char **argv)
{
    CliOptions options;
    int status = cli_parse(argc, argv, &options);
    if (status != 0)
        return status;
    if (options.mode == MODE_HELP) {
        cli_print_help("herocity");
        return 0;
    }
    if (options.mode == MODE_VERSION) {
        printf("herocity (Hero City Quiz) %s\n", HEROCITY_VERSION);
        return 0;
    }
    Paths paths;
    if (!resolve_paths(&options, &paths))
        return 2;
    GameConfig config;
    fill_config(&options, &paths, &config);
    if (options.mode == MODE_VALIDATE)
        return validate_files(paths.schema, options.font_path, (const char *const *)options.files,
                              options.file_count, options.quiet);
    if (options.mode == MODE_CONVERT)
        return convert_file(paths.schema, options.files[0], options.quiet, options.convert_to);
    if (options.mode == MODE_LIST)
        return list_banks(&config);
    if (progress_cli_handles(options.mode))
        return progress_cli_run(&options, &config);
    if (options.mode == MODE_EXPORT_RESULTS)
        return results_cli_run(&options, &config);
    if (options.trace_saves && !save_trace_open(options.trace_saves)) {
        fprintf(stderr, "herocity: --trace-saves: cannot open %s: %s\n", options.trace_saves,
                strerror(errno));
        return 1;
    }
    status = play(&options, &config);
    save_trace_close();
    return status;
}
