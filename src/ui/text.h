/* Text: the font found through fontconfig, fonts by pixel size, and a bounded cache of rendered
 * text blocks, so a steady frame rasterises no glyph. */
#ifndef HEROCITY_UI_TEXT_H
#define HEROCITY_UI_TEXT_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>

#include "herocity/fit.h"
#include "herocity/layout.h"

typedef enum { FONT_REGULAR, FONT_BOLD } FontStyle;
typedef enum { ALIGN_LEFT, ALIGN_CENTER } TextAlign;

typedef struct TextSystem TextSystem;

/* How many fonts (style and size pairs) and rendered text blocks stay cached. When full, a
 * lookup evicts the one least recently used: the caches never empty themselves. */
enum { TEXT_FONT_SLOTS = 24, TEXT_BLOCK_SLOTS = 384 };

/* Finds a font file with Cyrillic coverage through fontconfig (bold: the bold face of the same
 * family). Writes the path into out and returns true, or false when none is installed. */
bool text_find_font(FontStyle style, char *out, size_t out_size);

/* regular_path may be NULL to ask fontconfig. Returns NULL (and a reason in error) when no font
 * can be opened. The renderer is borrowed; NULL gives a system that only measures (the
 * validator's). */
TextSystem *text_create(SDL_Renderer *renderer, const char *regular_path, char *error,
                        size_t error_size);
void text_destroy(TextSystem *text);

/* The opened font of that style and size, owned by the text system. The pointer stays valid
 * until text_flush or text_destroy, or until fonts of TEXT_FONT_SLOTS other style and size
 * pairs have been asked for (by any text call) since it was last returned: a size asked for
 * every frame keeps its font while frames use fewer sizes than that. Rendered text is drawn at
 * once; no texture is handed out. */
TTF_Font *text_font(TextSystem *text, FontStyle style, int px);
/* Width in pixels of the first len bytes of utf8 at that size. */
int text_measure(TextSystem *text, FontStyle style, int px, const char *utf8, size_t len);
int text_line_height(TextSystem *text, FontStyle style, int px);
/* Whether the regular font has a glyph for the code point. */
bool text_has_glyph(TextSystem *text, Uint32 code_point);

/* The text system's measures for the core's fit checks. */
FontMetrics text_metrics(TextSystem *text);

/* Drops every cached texture and font (render targets reset, window resized). */
void text_flush(TextSystem *text);

typedef struct {
    FontStyle style;
    int px;
    SDL_Color colour;
    TextAlign align;
} TextStyle;

/* Draws text wrapped into box at style.px. Nothing is ever drawn outside the box: a text taller
 * than the box is cut after the last line it holds, which ends in an ellipsis. Returns the
 * height used. */
int text_draw_at(TextSystem *text, const char *utf8, const Rect *box, TextStyle style);
/* As text_draw_at, but a text too tall for the box is first drawn one or two steps smaller. */
int text_draw(TextSystem *text, const char *utf8, const Rect *box, TextStyle style);
/* The height text would take wrapped to width at px. */
int text_height(TextSystem *text, const char *utf8, int width, FontStyle style, int px);
/* Draws a single line with its left edge at x and its middle at y; returns its width. */
int text_draw_line(TextSystem *text, const char *utf8, int x, int mid_y, TextStyle style);

/* Draws one line, cut with an ellipsis when wider than max_w (for list rows). */
int text_draw_line_clipped(TextSystem *text, const char *utf8, int x, int mid_y, int max_w,
                           TextStyle style);

/* Counters for the benchmark and the cache test: textures made since start. */
unsigned long text_render_count(const TextSystem *text);

#endif
