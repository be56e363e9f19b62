/* Which key or controller button is which team's answer in classroom play, and the teacher's
 * keys. Keys are read by position (scancode), so the blocks are the same on any layout; their
 * labels are read from the layout in use. */
#ifndef HEROCITY_UI_CLASS_KEYS_H
#define HEROCITY_UI_CLASS_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#include "input.h"

/* Teams that can answer from the one keyboard, with six keys each (devices mode); the others
 * answer with controllers. The blocks leave out the teacher's letters (R, N, S, B). */
enum { CLASS_KEYBOARD_TEAMS = 4 };

typedef enum {
    TEACHER_NONE,
    TEACHER_REVEAL, /* R */
    TEACHER_NEXT,   /* N */
    TEACHER_SKIP,   /* S */
    TEACHER_BLANK,  /* B */
    TEACHER_PLUS,   /* + */
    TEACHER_MINUS,  /* - */
    TEACHER_HELP,   /* F1 */
} TeacherKey;

/* The team whose block holds this key, and the answer it means; -1 when none. */
int class_keys_block_team(int scancode, int *choice);
/* "1 2 3 4 5 6" for team 0: the keys of the block as the keyboard labels them. */
void class_keys_block_label(int team, int choice_count, char *out, size_t size);
TeacherKey class_keys_teacher(int scancode);
/* A digit key 1..8 as a team number (0-based), or -1. */
int class_keys_team_number(int scancode);
/* A letter key A..F or a digit 1..6 as an answer (0-based), or -1. */
int class_keys_answer_letter(int scancode);
int class_keys_answer_digit(int scancode);
/* A controller button as an answer: A, B, X, Y, then the shoulders; -1 for the others. */
int class_keys_pad_choice(int button);
/* "A", "B", "X", "Y", "LB", "RB": what a team presses for answer `choice`. */
const char *class_keys_pad_label(int choice);

#endif
