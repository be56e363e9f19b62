/* Input as semantic actions: every device's events become the same small set of actions. */
#ifndef HEROCITY_UI_INPUT_H
#define HEROCITY_UI_INPUT_H

#include <SDL.h>
#include <stdbool.h>

typedef enum {
    ACTION_NONE,
    ACTION_UP,
    ACTION_DOWN,
    ACTION_LEFT,
    ACTION_RIGHT,
    ACTION_ACCEPT,
    ACTION_BACK,
    ACTION_CHOICE,        /* choice holds 0..5 */
    ACTION_POINTER_MOVE,  /* x, y */
    ACTION_POINTER_PRESS, /* x, y */
    ACTION_SCROLL,        /* choice holds +1 (down) or -1 (up) */
    ACTION_TEXT,          /* text holds UTF-8 */
    ACTION_ERASE,         /* backspace while typing */
    ACTION_FULLSCREEN,
    ACTION_RELOAD,
    ACTION_QUIT,
    ACTION_KEY,    /* INPUT_KEYS: any other key (scancode) or controller button (choice) */
    ACTION_TOGGLE, /* INPUT_KEYS: Space (pause and resume, in the classroom) */
    ACTION_RENAME, /* INPUT_MENU: F2 or a controller's X (a learner's name) */
    ACTION_DELETE, /* INPUT_MENU: Delete or a controller's Y (a learner, after asking) */
} ActionType;

typedef enum {
    DEVICE_KEYBOARD,
    DEVICE_MOUSE,
    DEVICE_GAMEPAD,
    DEVICE_TOUCH,
    DEVICE_SYSTEM
} InputDevice;

/* Who acted: the device, and which one of its kind (the classroom tells teams apart by it). */
typedef struct {
    ActionType type;
    InputDevice device;
    int device_id; /* gamepad instance id, mouse or touch id; 0 for the keyboard */
    int scancode;  /* the key pressed (SDL_Scancode), for keyboards shared by teams */
    int choice;
    int x, y;
    char text[32];
} Action;

/* How keys are read: letters pick answers on the question screen and are typed on the name
 * screen; in the classroom every key and controller button is passed on as itself, since each
 * team has its own. */
typedef enum { INPUT_MENU, INPUT_CHOICES, INPUT_TEXT, INPUT_KEYS } InputMode;

/* Translates one event; returns false when it means nothing to the game. */
bool input_translate(const SDL_Event *event, InputMode mode, Action *out);

/* Opens game controllers as they are plugged in and closes them when removed. */
void input_handle_devices(const SDL_Event *event);
void input_close_devices(void);

#endif
