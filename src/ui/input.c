/* Event -> action translation for keyboard, mouse, touch and game controllers. */
#include "input.h"

#include <string.h>

enum { MAX_PADS = 8 };
static SDL_GameController *pads[MAX_PADS];

static bool key_action(const SDL_KeyboardEvent *key, InputMode mode, Action *out)
{
    SDL_Scancode sc = key->keysym.scancode;
    out->device = DEVICE_KEYBOARD;
    out->scancode = (int)sc;
    switch (sc) {
    case SDL_SCANCODE_UP: out->type = ACTION_UP; return true;
    case SDL_SCANCODE_DOWN: out->type = ACTION_DOWN; return true;
    case SDL_SCANCODE_LEFT: out->type = ACTION_LEFT; return true;
    case SDL_SCANCODE_RIGHT: out->type = ACTION_RIGHT; return true;
    case SDL_SCANCODE_RETURN:
    case SDL_SCANCODE_KP_ENTER: out->type = ACTION_ACCEPT; return true;
    case SDL_SCANCODE_SPACE:
        if (mode == INPUT_TEXT)
            return false; /* typed as text */
        out->type = mode == INPUT_KEYS ? ACTION_TOGGLE : ACTION_ACCEPT;
        return true;
    case SDL_SCANCODE_ESCAPE: out->type = ACTION_BACK; return true;
    case SDL_SCANCODE_BACKSPACE:
        out->type = mode == INPUT_TEXT ? ACTION_ERASE : ACTION_BACK;
        return true;
    case SDL_SCANCODE_F11: out->type = ACTION_FULLSCREEN; return true;
    case SDL_SCANCODE_F5: out->type = ACTION_RELOAD; return true;
    case SDL_SCANCODE_PAGEUP:
    case SDL_SCANCODE_PAGEDOWN: /* long lists (missed questions, scores) by keyboard too */
        out->type = ACTION_SCROLL;
        out->choice = sc == SDL_SCANCODE_PAGEDOWN ? 1 : -1;
        return true;
    case SDL_SCANCODE_TAB:
        out->type = (key->keysym.mod & KMOD_SHIFT) ? ACTION_UP : ACTION_DOWN;
        return true;
    default: break;
    }
    if (mode == INPUT_KEYS) {
        out->type = ACTION_KEY;
        return true;
    }
    if (mode == INPUT_MENU && (sc == SDL_SCANCODE_F2 || sc == SDL_SCANCODE_DELETE)) {
        out->type = sc == SDL_SCANCODE_F2 ? ACTION_RENAME : ACTION_DELETE;
        return true;
    }
    if (mode != INPUT_CHOICES)
        return false;
    if (sc >= SDL_SCANCODE_1 && sc <= SDL_SCANCODE_6) {
        out->type = ACTION_CHOICE;
        out->choice = sc - SDL_SCANCODE_1;
        return true;
    }
    if (sc >= SDL_SCANCODE_KP_1 && sc <= SDL_SCANCODE_KP_6) {
        out->type = ACTION_CHOICE;
        out->choice = sc - SDL_SCANCODE_KP_1;
        return true;
    }
    if (sc >= SDL_SCANCODE_A && sc <= SDL_SCANCODE_F) {
        out->type = ACTION_CHOICE;
        out->choice = sc - SDL_SCANCODE_A;
        return true;
    }
    return false;
}

static bool pad_action(const SDL_ControllerButtonEvent *pad, Action *out)
{
    out->device = DEVICE_GAMEPAD;
    out->device_id = (int)pad->which;
    switch (pad->button) {
    case SDL_CONTROLLER_BUTTON_DPAD_UP: out->type = ACTION_UP; return true;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN: out->type = ACTION_DOWN; return true;
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT: out->type = ACTION_LEFT; return true;
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: out->type = ACTION_RIGHT; return true;
    case SDL_CONTROLLER_BUTTON_A:
    case SDL_CONTROLLER_BUTTON_START: out->type = ACTION_ACCEPT; return true;
    case SDL_CONTROLLER_BUTTON_B:
    case SDL_CONTROLLER_BUTTON_BACK: out->type = ACTION_BACK; return true;
    case SDL_CONTROLLER_BUTTON_X: out->type = ACTION_RENAME; return true;
    case SDL_CONTROLLER_BUTTON_Y: out->type = ACTION_DELETE; return true;
    default: return false;
    }
}

bool input_translate(const SDL_Event *event, InputMode mode, Action *out)
{
    *out = (Action){0};
    switch (event->type) {
    case SDL_QUIT:
        out->type = ACTION_QUIT;
        out->device = DEVICE_SYSTEM;
        return true;
    case SDL_KEYDOWN: return key_action(&event->key, mode, out);
    case SDL_TEXTINPUT:
        if (mode != INPUT_TEXT)
            return false;
        out->type = ACTION_TEXT;
        out->device = DEVICE_KEYBOARD;
        memcpy(out->text, event->text.text, sizeof out->text);
        out->text[sizeof out->text - 1] = '\0';
        return true;
    case SDL_MOUSEMOTION:
        out->device = event->motion.which == SDL_TOUCH_MOUSEID ? DEVICE_TOUCH : DEVICE_MOUSE;
        out->device_id = (int)event->motion.which;
        out->type = ACTION_POINTER_MOVE;
        out->x = event->motion.x;
        out->y = event->motion.y;
        return true;
    case SDL_MOUSEBUTTONDOWN:
        if (event->button.button != SDL_BUTTON_LEFT)
            return false;
        /* Touches arrive as SDL_FINGER* too; the synthetic mouse twin is enough on its own. */
        out->device = event->button.which == SDL_TOUCH_MOUSEID ? DEVICE_TOUCH : DEVICE_MOUSE;
        out->device_id = (int)event->button.which;
        out->type = ACTION_POINTER_PRESS;
        out->x = event->button.x;
        out->y = event->button.y;
        return true;
    case SDL_MOUSEWHEEL:
        if (event->wheel.y == 0)
            return false;
        out->type = ACTION_SCROLL;
        out->device = DEVICE_MOUSE;
        out->device_id = (int)event->wheel.which;
        out->choice = event->wheel.y > 0 ? -1 : 1;
        return true;
    case SDL_CONTROLLERBUTTONDOWN:
        if (mode == INPUT_KEYS) { /* a team's controller: every button is its own */
            out->type = ACTION_KEY;
            out->device = DEVICE_GAMEPAD;
            out->device_id = (int)event->cbutton.which;
            out->choice = event->cbutton.button;
            return true;
        }
        return pad_action(&event->cbutton, out);
    default: return false;
    }
}

void input_handle_devices(const SDL_Event *event)
{
    if (event->type == SDL_CONTROLLERDEVICEADDED) {
        for (int i = 0; i < MAX_PADS; i++) {
            if (!pads[i]) {
                pads[i] = SDL_GameControllerOpen(event->cdevice.which);
                return;
            }
        }
    } else if (event->type == SDL_CONTROLLERDEVICEREMOVED) {
        for (int i = 0; i < MAX_PADS; i++) {
            if (pads[i] && SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(pads[i])) ==
                               event->cdevice.which) {
                SDL_GameControllerClose(pads[i]);
                pads[i] = NULL;
            }
        }
    }
}

void input_close_devices(void)
{
    for (int i = 0; i < MAX_PADS; i++) {
        if (pads[i])
            SDL_GameControllerClose(pads[i]);
        pads[i] = NULL;
    }
}
