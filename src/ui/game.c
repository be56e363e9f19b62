/* The game object: window and renderer, banks, saved data, the round and the screen stack. */
#include "game.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "images.h"
#include "round_view.h"
#include "screen.h"
#include "strings.h"

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
        snprintf(game->store_message, sizeof game->store_message, "%s",
                 "Scores cannot be saved: no data folder.");
        return;
    }
    game->store = store_open(game->config.data_dir, &game->store_status, game->store_message,
                             sizeof game->store_message);
    if (game->store)
        store_load_settings(game->store, &game->settings);
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
    game->study.exam_size = STUDY_EXAM_SIZE_DEFAULT;
    game->round_view = round_view_new();
    if (!game->round_view) {
        snprintf(error, error_size, "out of memory");
        free(game);
        return NULL;
    }
    open_store(game);
    game->theme = theme_get(game->settings.theme);
    if (!open_window(game, error, error_size))
        goto fail;
    if (config->assets_dir)
        images_set_window_icon(game->window, config->assets_dir);
    if (game->settings.fullscreen)
        SDL_SetWindowFullscreen(game->window, SDL_WINDOW_FULLSCREEN_DESKTOP);
    game->text = text_create(game->renderer, config->font_path, error, error_size);
    if (!game->text)
        goto fail;
    game_pictures_open(game);
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
    game_class_load_setup(game);
    game_reset_to(game, SCREEN_TITLE, 0);
    StoredClassGame unfinished;
    if (config->offer_resume && store_class_unfinished(game->store, &unfinished)) {
        stored_class_game_free(&unfinished);
        game_push(game, SCREEN_CONFIRM_LEAVE, CONFIRM_RESUME_CLASSROOM);
    }
    game_apply_requests(game);
    if (!game->stack[0].state && screen_get(SCREEN_TITLE)->state_size) {
        snprintf(error, error_size, "out of memory");
        goto fail;
    }
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
    game_reset_to(game, SCREEN_COUNT, 0); /* leaves every screen, pushes none */
    game_apply_requests(game);
    game_end_round(game);
    game_class_end(game);
    round_view_free(game->round_view);
    game_pictures_close(game);
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
    game_class_end(game);
    library_free(game->library);
    game->library = library;
    game->study.bank_count = 0; /* the ids chosen may be gone: every bank again */
    game->dirty = true;
}

static int compare_ids(const void *a, const void *b)
{
    const Question *qa = *(const Question *const *)a, *qb = *(const Question *const *)b;
    return strcmp(qa->id, qb->id);
}

/* Takes ownership of pool (sorted by the caller) and starts a seeded round over it. */
static bool start_round_on_pool(Game *game, const Question **pool, size_t count,
                                size_t round_length)
{
    game->pool = pool;
    uint64_t seed = game->config.seed + game->rounds_started++;
    game->session = session_new(game->pool, count, round_length, seed);
    if (!game->session) {
        game_end_round(game);
        return false;
    }
    session_start(game->session);
    return true;
}

bool game_start_round(Game *game, int bank_index, size_t round_length)
{
    game_end_round(game);
    size_t total = bank_index >= 0
                       ? bank_question_count(library_bank(game->library, (size_t)bank_index))
                       : library_question_total(game->library);
    if (total == 0)
        return false;
    const Question **pool = calloc(total, sizeof(*pool));
    if (!pool)
        return false;
    size_t n = 0;
    for (size_t b = 0; b < library_bank_count(game->library); b++) {
        if (bank_index >= 0 && (size_t)bank_index != b)
            continue;
        const Bank *bank = library_bank(game->library, b);
        for (size_t q = 0; q < bank_question_count(bank); q++)
            pool[n++] = bank_question(bank, q);
    }
    /* Sorting by id makes the pool, and so a seeded round, independent of folder order. */
    qsort(pool, n, sizeof(*pool), compare_ids);
    const Bank *bank = bank_index >= 0 ? library_bank(game->library, (size_t)bank_index) : NULL;
    game->round_bank_index = bank_index;
    game->round_length = round_length;
    game->round_is_retry = false;
    snprintf(game->round_bank_id, sizeof game->round_bank_id, "%s",
             bank ? bank_id(bank) : STORE_ALL_BANKS);
    snprintf(game->round_title, sizeof game->round_title, "%s",
             bank ? bank_title(bank) : TXT_ALL_BANKS);
    return start_round_on_pool(game, pool, n, round_length);
}

bool game_start_round_over(Game *game, const Question *const *questions, size_t count)
{
    if (count == 0)
        return false;
    const Question **pool = malloc(count * sizeof(*pool));
    if (!pool)
        return false;
    memcpy(pool, questions, count * sizeof(*pool));
    /* The caller's list may point into the round being ended: copied first. */
    game_end_round(game);
    qsort(pool, count, sizeof(*pool), compare_ids);
    game->round_is_retry = true; /* the bank, its title and the length asked stay as they were */
    return start_round_on_pool(game, pool, count, 0);
}

void game_end_round(Game *game)
{
    session_free(game->session);
    game->session = NULL;
    game->study.active = false;
    free(game->pool);
    game->pool = NULL;
    /* Its plan points into the questions just freed. */
    round_view_free(game->round_view);
    game->round_view = round_view_new();
}

static void request(Game *game, StackOp op, ScreenId id, int arg)
{
    if (game->request_count < STACK_REQUESTS_MAX)
        game->requests[game->request_count++] = (StackRequest){op, id, arg};
}

void game_push(Game *game, ScreenId id, int arg) { request(game, STACK_PUSH, id, arg); }
void game_pop(Game *game) { request(game, STACK_POP, SCREEN_COUNT, 0); }
void game_replace(Game *game, ScreenId id, int arg) { request(game, STACK_REPLACE, id, arg); }
void game_reset_to(Game *game, ScreenId id, int arg) { request(game, STACK_RESET, id, arg); }

static void leave_top(Game *game)
{
    StackEntry *top = &game->stack[game->depth - 1];
    const Screen *screen = screen_get(top->id);
    if (screen->leave)
        screen->leave(game, top->state);
    free(top->state);
    *top = (StackEntry){0};
    game->depth--;
}

static void enter(Game *game, ScreenId id, int arg)
{
    if (id >= SCREEN_COUNT || game->depth >= SCREEN_STACK_MAX)
        return;
    const Screen *screen = screen_get(id);
    void *state = screen->state_size ? calloc(1, screen->state_size) : NULL;
    if (screen->state_size && !state)
        return; /* out of memory: the screen below stays */
    game->stack[game->depth++] = (StackEntry){id, state};
    if (screen->enter)
        screen->enter(game, state, arg);
}

void game_apply_requests(Game *game)
{
    /* A screen's enter may ask for more changes: those run in the same pass. */
    for (int i = 0; i < game->request_count; i++) {
        StackRequest r = game->requests[i];
        switch (r.op) {
        case STACK_POP:
            if (game->depth > 0)
                leave_top(game);
            if (game->depth == 0)
                game->quit = true;
            break;
        case STACK_REPLACE:
            if (game->depth > 0)
                leave_top(game);
            enter(game, r.id, r.arg);
            break;
        case STACK_RESET:
            while (game->depth > 0)
                leave_top(game);
            enter(game, r.id, r.arg);
            break;
        case STACK_PUSH: enter(game, r.id, r.arg); break;
        }
        game->dirty = true;
    }
    game->request_count = 0;
}

ScreenId game_top(const Game *game)
{
    return game->depth > 0 ? game->stack[game->depth - 1].id : SCREEN_TITLE;
}

ScreenId game_screen_below(const Game *game)
{
    return game->depth > 1 ? game->stack[game->depth - 2].id : SCREEN_COUNT;
}

const char *game_screen_name(const Game *game) { return screen_get(game_top(game))->name; }

static void *top_state(const Game *game)
{
    return game->depth > 0 ? game->stack[game->depth - 1].state : NULL;
}

InputMode game_input_mode(const Game *game)
{
    const Screen *screen = screen_get(game_top(game));
    return screen->mode ? screen->mode(top_state(game)) : screen->input_mode;
}

void game_toggle_fullscreen(Game *game)
{
    game->settings.fullscreen = !game->settings.fullscreen;
    SDL_SetWindowFullscreen(game->window,
                            game->settings.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    game_save_settings(game);
    game->dirty = true;
}

bool game_save_settings(Game *game)
{
    game->theme = theme_get(game->settings.theme);
    return game->store && store_save_settings(game->store, &game->settings);
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
    if (action->type == ACTION_POINTER_PRESS) { /* a footer button acts as its key */
        for (int i = game->top_targets_from; i < game->target_count; i++) {
            const Target *t = &game->targets[i];
            if (t->acts && rect_contains(&t->rect, action->x, action->y)) {
                Action pressed = t->action;
                pressed.device = action->device;
                pressed.device_id = action->device_id;
                screen_get(game_top(game))->handle(game, top_state(game), &pressed);
                game_apply_requests(game);
                sync_text_input(game);
                return;
            }
        }
    }
    screen_get(game_top(game))->handle(game, top_state(game), action);
    game_apply_requests(game);
    sync_text_input(game);
}

int game_update(Game *game, uint32_t elapsed_ms)
{
    game->clock_ms += elapsed_ms;
    const Screen *screen = screen_get(game_top(game));
    int next = screen->update ? screen->update(game, top_state(game), elapsed_ms) : -1;
    game_apply_requests(game);
    sync_text_input(game);
    return next;
}

int64_t game_now(const Game *game)
{
    return game->config.start_time + (int64_t)(game->clock_ms / 1000);
}

/* Draws the screens from the lowest one an overlay lets show through up to the top. */
static void draw_from(Game *game, int index)
{
    if (index > 0 && screen_get(game->stack[index].id)->overlay)
        draw_from(game, index - 1);
    const StackEntry *entry = &game->stack[index];
    game->top_targets_from = game->target_count; /* the last one drawn is the top */
    screen_get(entry->id)->draw(game, entry->state);
}

void game_draw(Game *game)
{
    game->target_count = 0;
    game->top_targets_from = 0;
    game_pictures_begin_frame(game);
    if (game->depth > 0)
        draw_from(game, game->depth - 1);
    game->dirty = false;
}

void game_add_target(Game *game, const char *name, const Rect *rect, const Action *action)
{
    if (game->target_count >= TARGETS_MAX)
        return;
    Target *t = &game->targets[game->target_count++];
    snprintf(t->name, sizeof t->name, "%s", name);
    t->rect = *rect;
    t->acts = action != NULL;
    t->action = action ? *action : (Action){0};
}

const Target *game_find_target(const Game *game, const char *name)
{
    /* Only the top screen's: a dialog hides what is drawn under it. */
    for (int i = game->target_count - 1; i >= game->top_targets_from; i--)
        if (strcmp(game->targets[i].name, name) == 0)
            return &game->targets[i];
    return NULL;
}
