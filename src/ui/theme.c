/* Colour themes. tests/test_contrast.c checks every pair the screens draw together against
 * WCAG 2.1 AA, so a colour changed here is checked before it is seen. */
#include "theme.h"

#include <math.h>
#include <string.h>

#define RGB(hex)                                                                     \
    {                                                                                \
        (Uint8)((hex) >> 16), (Uint8)(((hex) >> 8) & 0xFF), (Uint8)((hex)&0xFF), 255 \
    }
#define OKABE_ITO \
    RGB(0xE69F00), RGB(0x56B4E9), RGB(0x009E73), RGB(0xF0E442), RGB(0x0072B2), RGB(0xCC79A7)
/* Near-black on the five light colours, white on blue (#0072B2 gives 5.0:1 with white). */
#define OKABE_ITO_INK \
    RGB(0x111111), RGB(0x111111), RGB(0x111111), RGB(0x111111), RGB(0xFFFFFF), RGB(0x111111)

static const Theme themes[] = {
    {
        .name = "dark",
        .background = RGB(0x14213D),
        .surface = RGB(0x22335A),
        .surface_hover = RGB(0x2E4473),
        .text = RGB(0xF5F3EE),
        .muted = RGB(0xB8C2D6),
        .focus = RGB(0xFFFFFF),
        .outline = RGB(0x8A99BF),
        .correct = RGB(0x009E73),
        .wrong = RGB(0xD55E00),
        .mark_ink = RGB(0xFFFFFF),
        .answer = {OKABE_ITO},
        .answer_ink = {OKABE_ITO_INK},
        /* Blue and green lightened just enough to stand out from the navy. */
        .answer_edge = {RGB(0xE69F00), RGB(0x56B4E9), RGB(0x1CA982), RGB(0xF0E442), RGB(0x4F9ECA),
                        RGB(0xCC79A7)},
        .dim_alpha = 110,
        /* Slate land on a sea a shade darker; the star is the Gold Star of the title. */
        .map_sea = RGB(0x1B2C4F),
        .map_land = RGB(0x34476F),
        .map_coast = RGB(0x8A99BF),
        .map_marker = RGB(0xF5F3EE),
        .map_highlight = RGB(0xF4C542),
    },
    {
        .name = "light",
        .background = RGB(0xF5F3EE),
        .surface = RGB(0xFFFFFF),
        .surface_hover = RGB(0xE4E8F0),
        .text = RGB(0x1A1A1A),
        .muted = RGB(0x4A5060),
        .focus = RGB(0x000000),
        .outline = RGB(0x6E7587),
        .correct = RGB(0x007A59),
        .wrong = RGB(0xB34700),
        .mark_ink = RGB(0xFFFFFF),
        .answer = {OKABE_ITO},
        .answer_ink = {OKABE_ITO_INK},
        /* Every colour but blue darkened, keeping its hue: yellow is 1.3:1 on white. */
        .answer_edge = {RGB(0xAB7600), RGB(0x4087AF), RGB(0x00926A), RGB(0x898326), RGB(0x0072B2),
                        RGB(0xB26991)},
        .dim_alpha = 100,
        /* Paper land on a pale sea; the gold darkened to stand out from both. */
        .map_sea = RGB(0xD6E2EC),
        .map_land = RGB(0xFFFDF7),
        .map_coast = RGB(0x6E7587),
        .map_marker = RGB(0x22335A),
        .map_highlight = RGB(0x9A6A00),
    },
    {
        .name = "contrast",
        .background = RGB(0x000000),
        .surface = RGB(0x000000),
        .surface_hover = RGB(0x1A1A1A),
        .text = RGB(0xFFFFFF),
        .muted = RGB(0xFFFFFF),
        .focus = RGB(0xFFFF00),
        /* Grey, so the yellow focus ring still stands out from the outlines around it. */
        .outline = RGB(0x8C8C8C),
        .correct = RGB(0x00D69C),
        .wrong = RGB(0xFF7A2E),
        /* White is under 3:1 on these bright greens and oranges. */
        .mark_ink = RGB(0x000000),
        .answer = {OKABE_ITO},
        .answer_ink = {OKABE_ITO_INK},
        .answer_edge = {OKABE_ITO},
        .dim_alpha = 128,
        .map_sea = RGB(0x000000),
        .map_land = RGB(0x262626),
        .map_coast = RGB(0xBFBFBF),
        .map_marker = RGB(0xFFFFFF),
        .map_highlight = RGB(0xFFFF00),
    },
};

enum { THEME_COUNT = sizeof themes / sizeof themes[0] };

int theme_count(void) { return THEME_COUNT; }

const Theme *theme_at(int i) { return i >= 0 && i < THEME_COUNT ? &themes[i] : &themes[0]; }

static int theme_index(const char *name)
{
    for (int i = 0; i < THEME_COUNT; i++)
        if (name && strcmp(themes[i].name, name) == 0)
            return i;
    return -1;
}

const Theme *theme_get(const char *name) { return theme_at(theme_index(name)); }

const char *theme_next(const char *name)
{
    int i = theme_index(name);
    return i < 0 ? themes[0].name : themes[(i + 1) % THEME_COUNT].name;
}

/* WCAG 2.1's relative luminance: each sRGB channel made linear, weighted by the eye's
 * sensitivity. */
static double relative_luminance(SDL_Color c)
{
    const Uint8 channels[3] = {c.r, c.g, c.b};
    const double weights[3] = {0.2126, 0.7152, 0.0722};
    double luminance = 0.0;
    for (int i = 0; i < 3; i++) {
        double s = channels[i] / 255.0;
        double linear = s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
        luminance += weights[i] * linear;
    }
    return luminance;
}

double theme_contrast(SDL_Color a, SDL_Color b)
{
    double la = relative_luminance(a), lb = relative_luminance(b);
    double lighter = la > lb ? la : lb, darker = la > lb ? lb : la;
    return (lighter + 0.05) / (darker + 0.05);
}

static Uint8 blend_channel(Uint8 over, Uint8 under, Uint8 alpha)
{
    return (Uint8)((over * alpha + under * (255 - alpha) + 127) / 255);
}

SDL_Color theme_blend(SDL_Color over, SDL_Color under, Uint8 alpha)
{
    SDL_Color out = {blend_channel(over.r, under.r, alpha), blend_channel(over.g, under.g, alpha),
                     blend_channel(over.b, under.b, alpha), 255};
    return out;
}

AnswerShape answer_shape(int index) { return (AnswerShape)(index % BANK_MAX_CHOICES); }
char answer_letter(int index) { return (char)('A' + index % BANK_MAX_CHOICES); }
