/* Script commands push real SDL events, so the input mapping is exercised as a player's would be
 * (the model is SDL's own testautomation_events.c). */
#include "script.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/number.h"
#include "loop.h"
#include "map_view.h"
#include "screen.h"
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
    } else if (strcmp(name, "steady_frame_renders") == 0)
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

static bool parse_int(const char *text, long min, long max, long *out);

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

/* `click X Y` or `click NAME`, a thing the last frame drew ("answer B", "button Play"). */
static LineResult click(Game *game, const char *where, char *arg)
{
    long x = 0, y = 0;
    char *second = strchr(arg, ' ');
    if (second && (*second = '\0', parse_int(arg, 0, 100000, &x)) &&
        parse_int(second + 1, 0, 100000, &y)) {
        push_click(game, (int)x, (int)y);
        return LINE_OK;
    }
    if (second)
        *second = ' ';
    game_draw(game); /* the targets of what is on screen now */
    const Target *target = game_find_target(game, arg);
    if (!target) {
        fprintf(stderr,
                "%s: error: click takes X Y or the name of something on screen; '%s' is "
                "not on the %s screen\n",
                where, arg, game_screen_name(game));
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

static bool parse_int(const char *text, long min, long max, long *out)
{
    return number_parse(text, min, max, out);
}

static LineResult run_line(Game *game, const char *where, char *line)
{
    char *command = line;
    char *arg = strchr(line, ' ');
    if (arg)
        *arg++ = '\0';
    else
        arg = line + strlen(line);
    long a = 0, b = 0;
    if (strcmp(command, "key") == 0) {
        if (!push_key(arg)) {
            fprintf(stderr, "%s: error: unknown key name '%s'\n", where, arg);
            return LINE_INVALID;
        }
    } else if (strcmp(command, "pad") == 0) {
        char *instance = strchr(arg, ' ');
        if (instance)
            *instance++ = '\0';
        if (instance && !parse_int(instance, 0, 1000000, &a)) {
            fprintf(stderr, "%s: error: pad takes a button name and a controller number\n", where);
            return LINE_INVALID;
        }
        if (!push_pad(arg, a)) {
            fprintf(stderr, "%s: error: unknown controller button '%s', or no controller %ld\n",
                    where, arg, a);
            return LINE_INVALID;
        }
    } else if (strcmp(command, "gamepad") == 0) {
        if (!attach_pad(game)) {
            fprintf(stderr, "%s: error: cannot plug in a virtual controller: %s\n", where,
                    SDL_GetError());
            return LINE_INVALID;
        }
    } else if (strcmp(command, "answer") == 0) {
        /* `answer right` / `answer wrong`: the key of such an answer, whatever the shuffle. */
        SessionSnapshot snap = {0};
        if (game->session)
            session_snapshot(game->session, &snap);
        bool right = strcmp(arg, "right") == 0;
        if ((!right && strcmp(arg, "wrong") != 0) || snap.state != SESSION_ASKING) {
            fprintf(stderr, "%s: error: answer takes right or wrong, during a question\n", where);
            return LINE_INVALID;
        }
        int choice = right ? snap.correct_choice : (snap.correct_choice + 1) % snap.choice_count;
        char key[2] = {(char)('A' + choice), '\0'};
        push_key(key);
    } else if (strcmp(command, "text") == 0) {
        push_text(arg);
    } else if (strcmp(command, "click") == 0) {
        LineResult clicked = click(game, where, arg);
        if (clicked != LINE_OK)
            return clicked;
    } else if (strcmp(command, "advance") == 0) {
        if (!parse_int(arg, 0, 24L * 3600 * 1000, &a)) {
            fprintf(stderr, "%s: error: advance takes a number of milliseconds\n", where);
            return LINE_INVALID;
        }
        advance(game, a);
    } else if (strcmp(command, "remember") == 0) {
        if (!remember(game, arg)) {
            fprintf(stderr, "%s: error: nothing called '%s' to remember\n", where, arg);
            return LINE_INVALID;
        }
    } else if (strcmp(command, "wait") == 0) {
        if (!parse_int(arg, 0, 100000, &a)) {
            fprintf(stderr, "%s: error: wait takes a number of frames\n", where);
            return LINE_INVALID;
        }
        for (long i = 0; i < a; i++)
            loop_frame(game);
    } else if (strcmp(command, "expect") == 0) {
        char *value = strchr(arg, '=');
        char actual[256];
        /* NAME!=VALUE asserts the opposite; NAME^=VALUE that the value starts with VALUE. */
        bool negate = value && value > arg && value[-1] == '!';
        bool prefix = value && value > arg && value[-1] == '^';
        if (negate || prefix)
            value[-1] = '\0';
        if (!value) {
            fprintf(stderr, "%s: error: expect takes NAME=VALUE\n", where);
            return LINE_INVALID;
        }
        *value++ = '\0';
        loop_frame(game);
        if (!state_value(game, arg, actual, sizeof actual)) {
            fprintf(stderr, "%s: error: nothing called '%s' to expect\n", where, arg);
            return LINE_INVALID;
        }
        if (value[0] == '@') { /* a value remembered earlier: "the same as before" */
            value = remembered(value + 1);
            if (!value) {
                fprintf(stderr, "%s: error: nothing remembered as '%s'\n", where, arg);
                return LINE_INVALID;
            }
        }
        bool same =
            prefix ? strncmp(actual, value, strlen(value)) == 0 : strcmp(actual, value) == 0;
        if (same == negate) {
            fprintf(stderr, "%s: expectation failed: %s is '%s', expected %s'%s'\n", where, arg,
                    actual,
                    negate   ? "anything but "
                    : prefix ? "a start of "
                             : "",
                    value);
            return LINE_FAILED;
        }
    } else if (strcmp(command, "shot") == 0) {
        loop_frame(game);
        if (!*arg || !script_save_screenshot(game, arg)) {
            fprintf(stderr, "%s: error: cannot save screenshot '%s': %s\n", where, arg,
                    SDL_GetError());
            return LINE_INVALID;
        }
    } else if (strcmp(command, "resize") == 0) {
        char *h = strchr(arg, ' ');
        if (!h ||
            (*h++ = '\0', !parse_int(arg, LIMIT_WINDOW_MIN_WIDTH, LIMIT_WINDOW_MAX_SIDE, &a)) ||
            !parse_int(h, LIMIT_WINDOW_MIN_HEIGHT, LIMIT_WINDOW_MAX_SIDE, &b)) {
            fprintf(stderr, "%s: error: resize takes W H, at least %dx%d\n", where,
                    LIMIT_WINDOW_MIN_WIDTH, LIMIT_WINDOW_MIN_HEIGHT);
            return LINE_INVALID;
        }
        SDL_SetWindowSize(game->window, (int)a, (int)b);
        loop_frame(game);
        game_resized(game, (int)a, (int)b);
    } else if (strcmp(command, "copy") == 0) {
        /* `copy SRC DST`: an author saving a file, for the preview's reload. */
        char *destination = strchr(arg, ' ');
        if (destination)
            *destination++ = '\0';
        if (!destination || !copy_file(arg, destination)) {
            fprintf(stderr, "%s: error: copy takes SRC DST, and SRC must be readable\n", where);
            return LINE_INVALID;
        }
    } else if (strcmp(command, "lose-textures") == 0) {
        /* As Direct3D does when a window changes mode: every render target's pixels are lost. */
        SDL_Event event = {.type = SDL_RENDER_TARGETS_RESET};
        SDL_PushEvent(&event);
    } else if (strcmp(command, "crash") == 0) {
        /* The game killed mid-way, as a power cut or `kill -9` would: no cleanup runs. */
        raise(SIGKILL);
    } else if (strcmp(command, "quit") == 0) {
        return LINE_QUIT;
    } else {
        fprintf(stderr, "%s: error: unknown command '%s'\n", where, command);
        return LINE_INVALID;
    }
    loop_frame(game);
    return game->quit ? LINE_QUIT : LINE_OK;
}

int script_run(Game *game, const char *path)
{
    FILE *file = fopen(path, "r");
    if (!file) {
        fprintf(stderr, "%s: error: cannot open script: %s\n", path, strerror(errno));
        return 2;
    }
    loop_frame(game);
    char line[LIMIT_SCRIPT_LINE_BYTES + 2]; /* the line, its newline, the terminator */
    int number = 0, status = 0;
    bool ended = false; /* the game quit (Esc on the title, or `quit`) */
    while (status == 0 && fgets(line, sizeof line, file)) {
        number++;
        if (!strchr(line, '\n') && !feof(file)) { /* the rest would run as a line of its own */
            fprintf(stderr, "%s:%d: error: the line is longer than %d bytes\n", path, number,
                    LIMIT_SCRIPT_LINE_BYTES);
            status = 2;
            break;
        }
        line[strcspn(line, "\r\n")] = '\0';
        char *start = line;
        while (*start == ' ' || *start == '\t')
            start++;
        if (!*start || *start == '#')
            continue;
        char where[1100];
        snprintf(where, sizeof where, "%s:%d", path, number);
        if (ended) { /* an expectation that never runs must not pass */
            fprintf(stderr, "%s: error: the game ended before this line could run\n", where);
            status = 1;
            break;
        }
        LineResult result = run_line(game, where, start);
        ended = result == LINE_QUIT;
        status = result == LINE_FAILED ? 1 : result == LINE_INVALID ? 2 : 0;
    }
    fclose(file);
    return status;
}
