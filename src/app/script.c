/* Script commands push real SDL events, so the input mapping is exercised as a player's would be
 * (the model is SDL's own testautomation_events.c). */
#include "script.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "herocity/diag.h"
#include "herocity/regular_file.h"
#include "loop.h"
#include "map_view.h"
#include "screen.h"
#include "script_parse.h"
#include "sound.h"

typedef enum { LINE_OK, LINE_FAILED, LINE_INVALID, LINE_QUIT } LineResult;

bool script_save_screenshot(Game *game, const char *path)
{
    game_draw(game);
    SDL_Surface *shot =
        SDL_CreateRGBSurfaceWithFormat(0, game->width, game->height, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!shot)
        return false;
    bool ok = SDL_RenderReadPixels(game->renderer, NULL, SDL_PIXELFORMAT_ARGB8888, shot->pixels,
                                   shot->pitch) == 0 &&
              SDL_SaveBMP(shot, path) == 0;
    SDL_FreeSurface(shot);
    SDL_RenderPresent(game->renderer);
    return ok;
}

static bool push_key(const char *name)
{
    SDL_Scancode scancode = SDL_GetScancodeFromName(name);
    if (scancode == SDL_SCANCODE_UNKNOWN)
        return false;
    SDL_Event event = {0};
    event.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.scancode = scancode;
    event.key.keysym.sym = SDL_GetKeyFromScancode(scancode);
    SDL_PushEvent(&event);
    event.type = SDL_KEYUP;
    event.key.state = SDL_RELEASED;
    SDL_PushEvent(&event);
    return true;
}

/* A game controller button press, as SDL reports it (names as in SDL: a, b, dpup, start), from
 * the controller with that instance id. */
/* Controllers a script plugged in (`gamepad`): SDL's virtual joysticks, so a press travels
 * SDL's whole path, from the device to the controller mapping to the game's event. */
enum { VIRTUAL_PADS_MAX = LIMIT_TEAMS_MAX };
static SDL_JoystickID virtual_pads[VIRTUAL_PADS_MAX];
static int virtual_pad_count;

static bool attach_pad(Game *game)
{
    if (virtual_pad_count == VIRTUAL_PADS_MAX)
        return false;
    int index = SDL_JoystickAttachVirtual(SDL_JOYSTICK_TYPE_GAMECONTROLLER, 6,
                                          SDL_CONTROLLER_BUTTON_MAX, 0);
    if (index < 0)
        return false;
    virtual_pads[virtual_pad_count++] = SDL_JoystickGetDeviceInstanceID(index);
    loop_frame(game); /* the game hears the controller arrive and opens it */
    return true;
}

static bool press_virtual(SDL_JoystickID instance, SDL_GameControllerButton button)
{
    SDL_Joystick *joystick = SDL_JoystickFromInstanceID(instance);
    if (!joystick)
        return false;
    SDL_JoystickSetVirtualButton(joystick, button, SDL_PRESSED);
    SDL_JoystickUpdate();
    SDL_JoystickSetVirtualButton(joystick, button, SDL_RELEASED);
    SDL_JoystickUpdate();
    return true;
}

/* `pad BUTTON [N]`: on the Nth controller the script plugged in, else an event from the
 * controller with instance id N (0 when not given). */
static bool push_pad(const char *name, long number)
{
    SDL_GameControllerButton button = SDL_GameControllerGetButtonFromString(name);
    if (button == SDL_CONTROLLER_BUTTON_INVALID)
        return false;
    if (virtual_pad_count > 0) {
        long n = number > 0 ? number : 1;
        return n <= virtual_pad_count && press_virtual(virtual_pads[n - 1], button);
    }
    long instance = number;
    SDL_Event event = {0};
    event.type = SDL_CONTROLLERBUTTONDOWN;
    event.cbutton.which = (SDL_JoystickID)instance;
    event.cbutton.button = (Uint8)button;
    event.cbutton.state = SDL_PRESSED;
    SDL_PushEvent(&event);
    event.type = SDL_CONTROLLERBUTTONUP;
    event.cbutton.state = SDL_RELEASED;
    SDL_PushEvent(&event);
    return true;
}

static void push_text(const char *utf8)
{
    /* One event per character, as an input method would send them. */
    for (size_t i = 0; utf8[i];) {
        size_t len = 1;
        while (utf8[i + len] && ((unsigned char)utf8[i + len] & 0xC0) == 0x80)
            len++;
        SDL_Event event = {0};
        event.type = SDL_TEXTINPUT;
        memcpy(event.text.text, utf8 + i, len < sizeof event.text.text ? len : 0);
        SDL_PushEvent(&event);
        i += len;
    }
}

static void push_click(Game *game, int x, int y)
{
    SDL_Event event = {0};
    Uint32 window = SDL_GetWindowID(game->window);
    event.type = SDL_MOUSEMOTION;
    event.motion.windowID = window;
    event.motion.x = x;
    event.motion.y = y;
    SDL_PushEvent(&event);
    event = (SDL_Event){0};
    event.type = SDL_MOUSEBUTTONDOWN;
    event.button.windowID = window;
    event.button.button = SDL_BUTTON_LEFT;
    event.button.state = SDL_PRESSED;
    event.button.clicks = 1;
    event.button.x = x;
    event.button.y = y;
    SDL_PushEvent(&event);
    event.type = SDL_MOUSEBUTTONUP;
    event.button.state = SDL_RELEASED;
    SDL_PushEvent(&event);
}

/* Textures (text blocks, the map, the emblem) made by a frame drawn right after another: 0
 * when the caches work. */
static unsigned long steady_frame_renders(Game *game)
{
    game_draw(game);
    unsigned long before = game_render_count(game);
    game_draw(game);
    return game_render_count(game) - before;
}

/* The value of a named piece of game state, as text, for `expect`. */
static bool state_value(Game *game, const char *name, char *out, size_t size)
{
    const Screen *screen = screen_get(game_top(game));
    void *screen_state = game->depth > 0 ? game->stack[game->depth - 1].state : NULL;
    if (screen->query && screen->query(game, screen_state, name, out, size))
        return true;
    SessionSnapshot snap = {0};
    if (game->session)
        session_snapshot(game->session, &snap);
    if (strcmp(name, "screen") == 0)
        snprintf(out, size, "%s", game_screen_name(game));
    else if (strcmp(name, "score") == 0)
        snprintf(out, size, "%d", snap.score);
    else if (strcmp(name, "question") == 0)
        snprintf(out, size, "%zu", snap.question_number);
    else if (strcmp(name, "total") == 0)
        snprintf(out, size, "%zu", snap.question_total);
    else if (strcmp(name, "correct") == 0)
        snprintf(out, size, "%d", snap.correct_count);
    else if (strcmp(name, "streak") == 0)
        snprintf(out, size, "%d", snap.streak);
    else if (strcmp(name, "answer") == 0) /* the letter of the right answer, for scripts */
        snprintf(out, size, "%c", snap.correct_choice >= 0 ? 'A' + snap.correct_choice : '-');
    else if (strcmp(name, "question_id") == 0)
        snprintf(out, size, "%s", snap.question ? snap.question->id : "");
    else if (strcmp(name, "banks") == 0)
        snprintf(out, size, "%zu", library_bank_count(game->library));
    else if (strcmp(name, "failures") == 0)
        snprintf(out, size, "%zu", library_failure_count(game->library));
    else if (strcmp(name, "width") == 0)
        snprintf(out, size, "%d", game->width);
    else if (strcmp(name, "text_size") == 0)
        snprintf(out, size, "%d", game->settings.text_scale_percent);
    else if (strcmp(name, "round_length") == 0)
        snprintf(out, size, "%d", game->settings.round_length);
    else if (strcmp(name, "theme") == 0)
        snprintf(out, size, "%s", game->settings.theme);
    else if (strcmp(name, "sound_played") == 0) /* did any tone reach the audio queue */
        snprintf(out, size, "%s", sound_queued_samples() > 0 ? "yes" : "no");
    else if (strcmp(name, "store") == 0) {
        static const char *const names[] = {"opened", "recovered", "read-only", "unavailable"};
        snprintf(out, size, "%s", names[game->store_status]);
    } else if (strcmp(name, "store_message") == 0) { /* the line the title shows about saving */
        size_t len = strnlen(game->store_message, size - 1); /* `expect ^=` reads the start */
        memcpy(out, game->store_message, len);
        out[len] = '\0';
    } else if (strcmp(name, "title_notice") == 0)
        snprintf(out, size, "%s", game->title_notice ? game->title_notice : "");
    else if (strcmp(name, "steady_frame_renders") == 0)
        snprintf(out, size, "%lu", steady_frame_renders(game));
    else if (strncmp(name, "map_", 4) == 0) { /* what the map shows in a frame drawn now */
        game_draw(game);
        return map_view_query(game->map_view, name, out, size);
    } else if (strcmp(name, "textures_made") == 0)
        snprintf(out, size, "%lu", game_render_count(game));
    else if (strcmp(name, "fullscreen") == 0)
        snprintf(out, size, "%s", game->settings.fullscreen ? "yes" : "no");
    else
        return false;
    return true;
}

/* `remember NAME` keeps the value NAME has now; `expect NAME=@NAME` compares with it, so a test
 * asserts "unchanged" without typing a count that changes whenever a bank is added. */
enum { REMEMBERED_MAX = 16 };
static struct {
    char name[32];
    char value[256];
} memory[REMEMBERED_MAX];
static int memory_count;

static bool state_value(Game *game, const char *name, char *out, size_t size);

static bool remember(Game *game, const char *name)
{
    char value[256];
    loop_frame(game);
    if (strlen(name) >= sizeof memory[0].name || !state_value(game, name, value, sizeof value))
        return false;
    int slot = 0;
    while (slot < memory_count && strcmp(memory[slot].name, name) != 0)
        slot++;
    if (slot == REMEMBERED_MAX)
        return false;
    if (slot == memory_count)
        memory_count++;
    snprintf(memory[slot].name, sizeof memory[slot].name, "%s", name);
    snprintf(memory[slot].value, sizeof memory[slot].value, "%s", value);
    return true;
}

static char *remembered(const char *name)
{
    for (int i = 0; i < memory_count; i++)
        if (strcmp(memory[i].name, name) == 0)
            return memory[i].value;
    return NULL;
}

static bool copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb");
    FILE *out = in ? fopen(to, "wb") : NULL;
    char buffer[8192];
    size_t n;
    bool ok = in && out;
    while (ok && (n = fread(buffer, 1, sizeof buffer, in)) > 0)
        ok = fwrite(buffer, 1, n, out) == n;
    if (in)
        fclose(in);
    if (out && fclose(out) != 0)
        ok = false;
    return ok;
}

/* `click NAME`: the middle of a thing the last frame drew ("answer B", "button Play"). */
static LineResult click_on(Game *game, const char *where, const char *name)
{
    game_draw(game); /* the targets of what is on screen now */
    const Target *target = game_find_target(game, name);
    if (!target) {
        fprintf(stderr,
                "%s: error: click takes X Y or the name of something on screen; '%s' is "
                "not on the %s screen\n",
                where, name, game_screen_name(game));
        return LINE_INVALID;
    }
    push_click(game, target->rect.x + target->rect.w / 2, target->rect.y + target->rect.h / 2);
    return LINE_OK;
}

/* `advance MS`: the virtual clock moves on, in the steps the screens ask for, so a timer fires
 * at its exact moment and a test of a 30 s countdown takes no time. */
static void advance(Game *game, long ms)
{
    long left = ms;
    int next = game_update(game, 0);
    while (left > 0 && !game->quit) {
        long step = next > 0 && next < left ? next : left;
        next = game_update(game, (uint32_t)step);
        left -= step;
        loop_frame(game);
    }
}

static LineResult answer(Game *game, const char *where, bool right)
{
    /* The key of a right or a wrong answer, whatever the shuffle. */
    SessionSnapshot snap = {0};
    if (game->session)
        session_snapshot(game->session, &snap);
    if (snap.state != SESSION_ASKING) {
        fprintf(stderr, "%s: error: answer right|wrong runs during a question\n", where);
        return LINE_INVALID;
    }
    int choice = right ? snap.correct_choice : (snap.correct_choice + 1) % snap.choice_count;
    char key[2] = {(char)('A' + choice), '\0'};
    push_key(key);
    return LINE_OK;
}

static LineResult expect(Game *game, const char *where, const ScriptCommand *command)
{
    char actual[256];
    loop_frame(game);
    if (!state_value(game, command->text, actual, sizeof actual)) {
        fprintf(stderr, "%s: error: nothing called '%s' to expect\n", where, command->text);
        return LINE_INVALID;
    }
    const char *value = command->value;
    if (command->remembered) { /* a value remembered earlier: "the same as before" */
        value = remembered(command->value);
        if (!value) {
            fprintf(stderr, "%s: error: nothing remembered as '%s'\n", where, command->value);
            return LINE_INVALID;
        }
    }
    bool same = command->expect == EXPECT_PREFIX ? strncmp(actual, value, strlen(value)) == 0
                                                 : strcmp(actual, value) == 0;
    if (same == (command->expect == EXPECT_NOT_EQUAL)) {
        fprintf(stderr, "%s: expectation failed: %s is '%s', expected %s'%s'\n", where,
                command->text, actual,
                command->expect == EXPECT_NOT_EQUAL ? "anything but "
                : command->expect == EXPECT_PREFIX  ? "a start of "
                                                    : "",
                value);
        return LINE_FAILED;
    }
    return LINE_OK;
}

static LineResult run_command(Game *game, const char *where, const ScriptCommand *command)
{
    LineResult result = LINE_OK;
    switch (command->verb) {
    case SCRIPT_KEY:
        if (!push_key(command->text)) {
            fprintf(stderr, "%s: error: unknown key name '%s'\n", where, command->text);
            return LINE_INVALID;
        }
        break;
    case SCRIPT_PAD:
        if (!push_pad(command->text, command->a)) {
            fprintf(stderr, "%s: error: unknown controller button '%s', or no controller %ld\n",
                    where, command->text, command->a);
            return LINE_INVALID;
        }
        break;
    case SCRIPT_GAMEPAD:
        if (!attach_pad(game)) {
            fprintf(stderr, "%s: error: cannot plug in a virtual controller: %s\n", where,
                    SDL_GetError());
            return LINE_INVALID;
        }
        break;
    case SCRIPT_ANSWER: result = answer(game, where, command->right); break;
    case SCRIPT_TEXT: push_text(command->text); break;
    case SCRIPT_CLICK_AT: push_click(game, (int)command->a, (int)command->b); break;
    case SCRIPT_CLICK_ON: result = click_on(game, where, command->text); break;
    case SCRIPT_ADVANCE: advance(game, command->a); break;
    case SCRIPT_REMEMBER:
        if (!remember(game, command->text)) {
            fprintf(stderr, "%s: error: nothing called '%s' to remember\n", where, command->text);
            return LINE_INVALID;
        }
        break;
    case SCRIPT_WAIT:
        for (long i = 0; i < command->a; i++)
            loop_frame(game);
        break;
    case SCRIPT_EXPECT: result = expect(game, where, command); break;
    case SCRIPT_SHOT:
        loop_frame(game);
        if (!script_save_screenshot(game, command->text)) {
            fprintf(stderr, "%s: error: cannot save screenshot '%s': %s\n", where, command->text,
                    SDL_GetError());
            return LINE_INVALID;
        }
        break;
    case SCRIPT_RESIZE:
        SDL_SetWindowSize(game->window, (int)command->a, (int)command->b);
        loop_frame(game);
        game_resized(game, (int)command->a, (int)command->b);
        break;
    case SCRIPT_COPY: /* an author saving a file, for the preview's reload */
        if (!copy_file(command->text, command->value)) {
            fprintf(stderr, "%s: error: cannot copy %s to %s\n", where, command->text,
                    command->value);
            return LINE_INVALID;
        }
        break;
    case SCRIPT_AWAIT: /* another program's signal, for tests of two games at once */
        for (int waited = 0; access(command->text, F_OK) != 0; waited += 10) {
            if (waited >= 60000) {
                fprintf(stderr, "%s: error: %s was not made within a minute\n", where,
                        command->text);
                return LINE_INVALID;
            }
            SDL_Delay(10);
        }
        break;
    case SCRIPT_LOSE_TEXTURES: {
        /* As Direct3D does when a window changes mode: every render target's pixels are lost. */
        SDL_Event event = {.type = SDL_RENDER_TARGETS_RESET};
        SDL_PushEvent(&event);
        break;
    }
    case SCRIPT_CRASH: raise(SIGKILL); break; /* as a power cut or `kill -9`: no cleanup */
    case SCRIPT_QUIT: return LINE_QUIT;
    }
    if (result != LINE_OK)
        return result;
    loop_frame(game);
    return game->quit ? LINE_QUIT : LINE_OK;
}

static bool read_script(const char *path, Script *script)
{
    const char *why = NULL;
    FILE *file = regular_file_open(path, &why);
    if (!file) {
        fprintf(stderr, "%s: error: cannot open script: %s\n", path, why);
        return false;
    }
    static char text[SCRIPT_MAX_BYTES + 1];
    size_t size = fread(text, 1, sizeof text, file);
    fclose(file);
    Diagnostics *diags = diags_new();
    bool ok = diags && script_parse(path, text, size, script, diags);
    char message[1200];
    for (size_t i = 0; diags && i < diags_count(diags); i++)
        fprintf(stderr, "%s\n", diag_format(diags_get(diags, i), message, sizeof message));
    diags_free(diags);
    return ok;
}

int script_run(Game *game, const char *path)
{
    Script script;
    if (!read_script(path, &script))
        return 2;
    loop_frame(game);
    int status = 0;
    bool ended = false; /* the game quit (Esc on the title, or `quit`) */
    for (size_t i = 0; status == 0 && i < script.count; i++) {
        char where[1100];
        snprintf(where, sizeof where, "%s:%d", path, script.commands[i].line);
        if (ended) { /* an expectation that never runs must not pass */
            fprintf(stderr, "%s: error: the game ended before this line could run\n", where);
            status = 1;
            break;
        }
        LineResult result = run_command(game, where, &script.commands[i]);
        ended = result == LINE_QUIT;
        status = result == LINE_FAILED ? 1 : result == LINE_INVALID ? 2 : 0;
    }
    script_free(&script);
    return status;
}
