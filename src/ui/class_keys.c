/* Classroom keys (see class_keys.h). */
#include "class_keys.h"

#include <SDL.h>
#include <stdio.h>
#include <string.h>

enum { BLOCK_KEYS = 6 };

static const SDL_Scancode blocks[CLASS_KEYBOARD_TEAMS][BLOCK_KEYS] = {
    {SDL_SCANCODE_1, SDL_SCANCODE_2, SDL_SCANCODE_3, SDL_SCANCODE_4, SDL_SCANCODE_5,
     SDL_SCANCODE_6},
    {SDL_SCANCODE_Q, SDL_SCANCODE_W, SDL_SCANCODE_E, SDL_SCANCODE_T, SDL_SCANCODE_Y,
     SDL_SCANCODE_U},
    {SDL_SCANCODE_A, SDL_SCANCODE_D, SDL_SCANCODE_F, SDL_SCANCODE_G, SDL_SCANCODE_H,
     SDL_SCANCODE_J},
    {SDL_SCANCODE_Z, SDL_SCANCODE_X, SDL_SCANCODE_C, SDL_SCANCODE_V, SDL_SCANCODE_M,
     SDL_SCANCODE_COMMA},
};

int class_keys_block_team(int scancode, int *choice)
{
    for (int team = 0; team < CLASS_KEYBOARD_TEAMS; team++)
        for (int i = 0; i < BLOCK_KEYS; i++)
            if ((int)blocks[team][i] == scancode) {
                *choice = i;
                return team;
            }
    return -1;
}

void class_keys_block_label(int team, int choice_count, char *out, size_t size)
{
    size_t used = 0;
    out[0] = '\0';
    if (team < 0 || team >= CLASS_KEYBOARD_TEAMS)
        return;
    for (int i = 0; i < choice_count && i < BLOCK_KEYS; i++) {
        const char *name = SDL_GetKeyName(SDL_GetKeyFromScancode(blocks[team][i]));
        int n = snprintf(out + used, size > used ? size - used : 0, "%s%s", i ? " " : "", name);
        used += n > 0 ? (size_t)n : 0;
    }
}

TeacherKey class_keys_teacher(int scancode)
{
    switch (scancode) {
    case SDL_SCANCODE_R: return TEACHER_REVEAL;
    case SDL_SCANCODE_N: return TEACHER_NEXT;
    case SDL_SCANCODE_S: return TEACHER_SKIP;
    case SDL_SCANCODE_B: return TEACHER_BLANK;
    case SDL_SCANCODE_EQUALS:
    case SDL_SCANCODE_KP_PLUS: return TEACHER_PLUS;
    case SDL_SCANCODE_MINUS:
    case SDL_SCANCODE_KP_MINUS: return TEACHER_MINUS;
    case SDL_SCANCODE_F1: return TEACHER_HELP;
    default: return TEACHER_NONE;
    }
}

int class_keys_team_number(int scancode)
{
    if (scancode >= SDL_SCANCODE_1 && scancode <= SDL_SCANCODE_8)
        return scancode - SDL_SCANCODE_1;
    if (scancode >= SDL_SCANCODE_KP_1 && scancode <= SDL_SCANCODE_KP_8)
        return scancode - SDL_SCANCODE_KP_1;
    return -1;
}

int class_keys_answer_letter(int scancode)
{
    return scancode >= SDL_SCANCODE_A && scancode <= SDL_SCANCODE_F ? scancode - SDL_SCANCODE_A
                                                                    : -1;
}

int class_keys_answer_digit(int scancode)
{
    int n = class_keys_team_number(scancode);
    return n >= 0 && n < BLOCK_KEYS ? n : -1;
}

int class_keys_pad_choice(int button)
{
    switch (button) {
    case SDL_CONTROLLER_BUTTON_A: return 0;
    case SDL_CONTROLLER_BUTTON_B: return 1;
    case SDL_CONTROLLER_BUTTON_X: return 2;
    case SDL_CONTROLLER_BUTTON_Y: return 3;
    case SDL_CONTROLLER_BUTTON_LEFTSHOULDER: return 4;
    case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER: return 5;
    default: return -1;
    }
}

const char *class_keys_pad_label(int choice)
{
    static const char *const labels[BLOCK_KEYS] = {"A", "B", "X", "Y", "LB", "RB"};
    return choice >= 0 && choice < BLOCK_KEYS ? labels[choice] : "?";
}
