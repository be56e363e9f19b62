/* The game object: window and renderer, banks, saved data, the round and the screen stack. */
#include "game.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "screen.h"

const int ROUND_LENGTHS[ROUND_LENGTH_CHOICES] = {10, 20, 0};

static bool open_window(Game *game, char *error, size_t error_size)
{
    Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    game->window =
        SDL_CreateWindow("Hero City Quiz", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                         game->config.width, game->config.height, flags);
    if (!game->window) {
        snprintf(error, error_size, "cannot open a window: %s", SDL_GetError());
        return false;
    }
    SDL_SetWindowMinimumSize(game->window, LIMIT_WINDOW_MIN_WIDTH, LIMIT_WINDOW_MIN_HEIGHT);
    Uint32 renderer_flags = game->config.software_renderer
                                ? SDL_RENDERER_SOFTWARE
                                : SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC;
    game->renderer = SDL_CreateRenderer(game->window, -1, renderer_flags);
    if (!game->renderer) /* no GPU driver: the software renderer always works */
        game->renderer = SDL_CreateRenderer(game->window, -1, SDL_RENDERER_SOFTWARE);
    if (!game->renderer) {
        snprintf(error, error_size, "cannot create a renderer: %s", SDL_GetError());
        return false;
    }
    SDL_SetRenderDrawBlendMode(game->renderer, SDL_BLENDMODE_BLEND);
    SDL_GetRendererOutputSize(game->renderer, &game->width, &game->height);
    return true;
}

static void open_store(Game *game)
{
    settings_defaults(&game->settings);
    if (!game->config.data_dir) {
        game->store_status = STORE_UNAVAILABLE;
        snprintf(game->notice, sizeof game->notice, "%s",
                 "Scores cannot be saved: no data folder.");
        return;
    }
    game->store = store_open(game->config.data_dir, &game->store_status, game->store_message,
                             sizeof game->store_message);
    if (game->store)
        store_load_settings(game->store, &game->settings);
    if (game->store_status != STORE_OPENED)
        snprintf(game->notice, sizeof game->notice, "%s", game->store_message);
}

/* SDL's text input (and an on-screen keyboard, where there is one) is on exactly while the
 * screen reads typed text: decided once, after every action, whatever changed the screen. */
static void sync_text_input(const Game *game)
{
    bool wanted = game_input_mode(game) == INPUT_TEXT;
    if (wanted && !SDL_IsTextInputActive())
        SDL_StartTextInput();
    else if (!wanted && SDL_IsTextInputActive())
        SDL_StopTextInput();
}

Game *game_create(const GameConfig *config, char *error, size_t error_size)
{
    Game *game = calloc(1, sizeof(Game));
    if (!game) {
        snprintf(error, error_size, "out of memory");
        return NULL;
    }
    game->config = *config;
    open_store(game);
    game->theme = theme_get(game->settings.theme);
    if (!open_window(game, error, error_size))
        goto fail;
    if (game->settings.fullscreen)
        SDL_SetWindowFullscreen(game->window, SDL_WINDOW_FULLSCREEN_DESKTOP);
    game->text = text_create(game->renderer, config->font_path, error, error_size);
    if (!game->text)
        goto fail;
    Diagnostics *diags = diags_new();
    game->loader = loader_new(config->schema_path, diags);
    if (!game->loader) {
        const Diagnostic *d = diags_get(diags, 0);
        snprintf(error, error_size, "cannot read the bank schema %s: %s", config->schema_path,
                 d ? d->message : "unknown error");
        diags_free(diags);
        goto fail;
    }
    diags_free(diags);
    if (config->data_dir) {
        snprintf(game->user_bank_dir, sizeof game->user_bank_dir, "%s/questions", config->data_dir);
        /* Made up front so that a teacher who opens the folder the game names finds it. */
        if (game->store)
            mkdir(game->user_bank_dir, 0755);
    }
    game_reload_banks(game);
    for (int i = 0; i < SCREEN_COUNT; i++)
        game->menu[i] = (MenuState){0, -1, 0};
    game_reset_to(game, SCREEN_TITLE);
    sync_text_input(game);
    return game;
fail:
    game_destroy(game);
    return NULL;
}

void game_destroy(Game *game)
{
    if (!game)
        return;
    game_end_round(game);
    library_free(game->library);
    loader_free(game->loader);
    store_close(game->store);
    text_destroy(game->text);
    if (game->renderer)
        SDL_DestroyRenderer(game->renderer);
    if (game->window)
        SDL_DestroyWindow(game->window);
    free(game);
}

void game_reload_banks(Game *game)
{
    BankLibrary *library = library_new();
    if (!library)
        return;
    if (game->config.play_file) {
        library_add_file(library, game->loader, game->config.play_file);
    } else {
        for (int i = 0; i < game->config.question_dir_count; i++)
            library_add_dir(library, game->loader, game->config.question_dirs[i]);
        if (game->user_bank_dir[0])
            library_add_dir(library, game->loader, game->user_bank_dir);
    }
    /* A reload during a round would pull the questions from under it: end the round first. */
    game_end_round(game);
    library_free(game->library);
    game->library = library;
    game->dirty = true;
}

static int compare_ids(const void *a, const void *b)
{
    const Question *qa = *(const Question *const *)a, *qb = *(const Question *const *)b;
    return strcmp(qa->id, qb->id);
}

bool game_start_round(Game *game, int bank_index, size_t round_length)
{
    game_end_round(game);
    size_t total = bank_index >= 0
                       ? bank_question_count(library_bank(game->library, (size_t)bank_index))
                       : library_question_total(game->library);
    if (total == 0)
        return false;
    game->pool = calloc(total, sizeof(*game->pool));
    if (!game->pool)
        return false;
    size_t n = 0;
    for (size_t b = 0; b < library_bank_count(game->library); b++) {
        if (bank_index >= 0 && (size_t)bank_index != b)
            continue;
        const Bank *bank = library_bank(game->library, b);
        for (size_t q = 0; q < bank_question_count(bank); q++)
            game->pool[n++] = bank_question(bank, q);
    }
    /* Sorting by id makes the pool, and so a seeded round, independent of folder order. */
    qsort(game->pool, n, sizeof(*game->pool), compare_ids);
    uint64_t seed = game->config.seed + game->rounds_started++;
    game->session = session_new(game->pool, n, round_length, seed);
    if (!game->session) {
        game_end_round(game);
        return false;
    }
    const Bank *bank = bank_index >= 0 ? library_bank(game->library, (size_t)bank_index) : NULL;
    snprintf(game->round_bank_id, sizeof game->round_bank_id, "%s",
             bank ? bank_id(bank) : STORE_ALL_BANKS);
    snprintf(game->round_title, sizeof game->round_title, "%s",
             bank ? bank_title(bank) : "All banks");
    session_start(game->session);
    game->entering_name = false;
    game->score_saved = false;
    game->name_entry[0] = '\0';
    game->menu[SCREEN_QUESTION] = (MenuState){0, -1, 0};
    return true;
}

void game_end_round(Game *game)
{
    session_free(game->session);
    game->session = NULL;
    free(game->pool);
    game->pool = NULL;
    game->round_view = (RoundViewCache){0}; /* it points into the questions just freed */
}

static void entered(Game *game)
{
    const Screen *screen = screen_get(game_top(game));
    if (screen->enter)
        screen->enter(game);
    game->dirty = true;
}

void game_push(Game *game, ScreenId id)
{
    if (game->depth < SCREEN_STACK_MAX)
        game->stack[game->depth++] = id;
    entered(game);
}

void game_pop(Game *game)
{
    if (game->depth > 1)
        game->depth--;
    else
        game->quit = true;
    game->dirty = true;
}

void game_replace(Game *game, ScreenId id)
{
    if (game->depth > 0)
        game->depth--;
    game_push(game, id);
}

void game_reset_to(Game *game, ScreenId id)
{
    game->depth = 0;
    game_push(game, id);
}

ScreenId game_top(const Game *game) { return game->stack[game->depth > 0 ? game->depth - 1 : 0]; }

const char *game_screen_name(const Game *game) { return screen_get(game_top(game))->name; }

InputMode game_input_mode(const Game *game)
{
    if (game_top(game) == SCREEN_RESULTS && game->entering_name)
        return INPUT_TEXT;
    return screen_get(game_top(game))->input_mode;
}

void game_toggle_fullscreen(Game *game)
{
    game->settings.fullscreen = !game->settings.fullscreen;
    SDL_SetWindowFullscreen(game->window,
                            game->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    game_save_settings(game);
    game->dirty = true;
}

void game_save_settings(Game *game)
{
    game->theme = theme_get(game->settings.theme);
    if (game->store && !store_save_settings(game->store, &game->settings))
        snprintf(game->notice, sizeof game->notice, "%s", "Settings could not be saved.");
}

void game_resized(Game *game, int width, int height)
{
    (void)width;
    (void)height;
    /* Use the renderer's size in pixels: on high-DPI screens it differs from the window's. */
    SDL_GetRendererOutputSize(game->renderer, &game->width, &game->height);
    text_flush(game->text);
    game->dirty = true;
}

void game_handle(Game *game, const Action *action)
{
    switch (action->type) {
    case ACTION_QUIT: game->quit = true; return;
    case ACTION_FULLSCREEN: game_toggle_fullscreen(game); return;
    default: break;
    }
    screen_get(game_top(game))->handle(game, action);
    sync_text_input(game);
}

void game_draw(Game *game)
{
    screen_get(game_top(game))->draw(game);
    game->dirty = false;
}
