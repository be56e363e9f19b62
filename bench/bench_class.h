/* The benchmark's classroom figures (bench_class.c). */
#ifndef HEROCITY_BENCH_CLASS_H
#define HEROCITY_BENCH_CLASS_H

#include "game.h"

/* Plays a classroom game with eight teams on `game` and prints its figures. */
void bench_classroom(Game *game);

#endif
