/* Finding fonts through fontconfig; DejaVu Sans (Debian's fonts-dejavu-core) is the usual match. */
#include <fontconfig/fontconfig.h>
#include <string.h>

#include "text.h"

bool text_find_font(FontStyle style, char *out, size_t out_size)
{
    if (!FcInit())
        return false;
    /* Ask for Russian coverage so Cyrillic names always draw. */
    const char *spec =
        style == FONT_BOLD ? "DejaVu Sans:style=Bold:lang=ru" : "DejaVu Sans:style=Book:lang=ru";
    FcPattern *pattern = FcNameParse((const FcChar8 *)spec);
    if (!pattern)
        return false;
    FcConfigSubstitute(NULL, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern *match = FcFontMatch(NULL, pattern, &result);
    bool found = false;
    FcChar8 *file = NULL;
    if (match && FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file &&
        strlen((const char *)file) < out_size) {
        memcpy(out, file, strlen((const char *)file) + 1);
        found = true;
    }
    if (match)
        FcPatternDestroy(match);
    FcPatternDestroy(pattern);
    /* Fontconfig is needed only for this look-up; releasing it keeps leak checks meaningful. */
    FcFini();
    return found;
}
