/* Short, soft tones made at run time (no sound files): answer right, answer wrong. */
#ifndef HEROCITY_UI_SOUND_H
#define HEROCITY_UI_SOUND_H

#include <stdbool.h>

/* SOUND_TICK: one short soft note for each of a countdown's last five seconds. */
typedef enum { SOUND_CORRECT, SOUND_WRONG, SOUND_TICK } SoundId;

/* Opens the audio device. Returns false (and the game stays silent) when there is none:
 * no sound is ever needed to play. */
bool sound_open(void);
void sound_close(void);
void sound_play(SoundId id);
/* Samples queued so far, for tests. */
unsigned long sound_queued_samples(void);

#endif
