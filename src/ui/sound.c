/* Tones synthesised into SDL's audio queue: a rising pair for a right answer, one low note for
 * a wrong one. Quiet on purpose (docs/UI.md: brief, warm, never celebratory). */
#include "sound.h"

#include <SDL.h>
#include <math.h>

enum { RATE = 44100, MAX_SAMPLES = RATE / 2 };

static SDL_AudioDeviceID device;
static unsigned long queued;

bool sound_open(void)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return false;
    SDL_AudioSpec want = {0}, have;
    want.freq = RATE;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = 1024;
    device = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    if (!device) {
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return false;
    }
    SDL_PauseAudioDevice(device, 0);
    return true;
}

void sound_close(void)
{
    if (!device)
        return;
    SDL_CloseAudioDevice(device);
    device = 0;
    SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

/* Appends a note with a soft attack and decay, so it never clicks. */
static int note(float *out, int at, float hz, int samples)
{
    for (int i = 0; i < samples && at + i < MAX_SAMPLES; i++) {
        float t = (float)i / (float)RATE;
        float attack = i < RATE / 100 ? (float)i / (float)(RATE / 100) : 1.0f;
        float decay = 1.0f - (float)i / (float)samples;
        out[at + i] = 0.15f * attack * decay * sinf(6.2831853f * hz * t);
    }
    return at + samples;
}

void sound_play(SoundId id)
{
    if (!device)
        return;
    static float buffer[MAX_SAMPLES];
    int n = 0;
    if (id == SOUND_CORRECT) {
        n = note(buffer, n, 523.25f, RATE / 10); /* C5 then E5 */
        n = note(buffer, n, 659.25f, RATE / 6);
    } else if (id == SOUND_TICK) {
        n = note(buffer, n, 880.0f, RATE / 25); /* A5, short */
    } else {
        n = note(buffer, n, 220.0f, RATE / 5); /* A3 */
    }
    SDL_ClearQueuedAudio(device);
    if (SDL_QueueAudio(device, buffer, (Uint32)(n * (int)sizeof(float))) == 0)
        queued += (unsigned long)n;
}

unsigned long sound_queued_samples(void) { return queued; }
