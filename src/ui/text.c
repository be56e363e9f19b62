/* Fonts by size and a bounded, least-recently-used cache of rendered text blocks. */
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herocity/regular_file.h"
#include "herocity/wrap.h"

enum { FONT_SLOTS = TEXT_FONT_SLOTS, BLOCK_SLOTS = TEXT_BLOCK_SLOTS, MAX_LINES = 64 };

typedef struct {
    FontStyle style;
    int px;
    TTF_Font *font; /* NULL: free slot */
    unsigned long last_used;
} FontSlot;

typedef struct {
    char *text; /* NULL: free slot */
    FontStyle style;
    int px;
    int width; /* wrap width */
    SDL_Color colour;
    TextAlign align;
    SDL_Texture *texture; /* NULL for empty text */
    int w, h;
    unsigned long last_used;
} Block;

struct TextSystem {
    SDL_Renderer *renderer;
    char paths[2][1024];
    FontSlot fonts[FONT_SLOTS];
    Block blocks[BLOCK_SLOTS];
    unsigned long clock; /* ticks once per font or block lookup, for least recently used */
    unsigned long renders;
};

TextSystem *text_create(SDL_Renderer *renderer, const char *regular_path, char *error,
                        size_t error_size)
{
    TextSystem *text = calloc(1, sizeof(TextSystem));
    if (!text) {
        snprintf(error, error_size, "out of memory");
        return NULL;
    }
    text->renderer = renderer;
    if (regular_path) {
        /* TTF_OpenFont would block forever on a FIFO: refuse anything but a regular file. */
        const char *why = NULL;
        FILE *probe = regular_file_open(regular_path, &why);
        if (!probe) {
            snprintf(error, error_size, "cannot open font %s: %s", regular_path, why);
            free(text);
            return NULL;
        }
        fclose(probe);
        snprintf(text->paths[FONT_REGULAR], sizeof text->paths[0], "%s", regular_path);
        snprintf(text->paths[FONT_BOLD], sizeof text->paths[0], "%s", regular_path);
    } else if (!text_find_font(FONT_REGULAR, text->paths[FONT_REGULAR], sizeof text->paths[0])) {
        snprintf(error, error_size,
                 "no font found through fontconfig (install fonts-dejavu-core, or use --font)");
        free(text);
        return NULL;
    } else if (!text_find_font(FONT_BOLD, text->paths[FONT_BOLD], sizeof text->paths[0])) {
        memcpy(text->paths[FONT_BOLD], text->paths[FONT_REGULAR], sizeof text->paths[0]);
    }
    if (!text_font(text, FONT_REGULAR, 24)) {
        snprintf(error, error_size, "cannot open font %s: %s", text->paths[FONT_REGULAR],
                 TTF_GetError());
        free(text);
        return NULL;
    }
    return text;
}

static void drop_blocks(TextSystem *text)
{
    for (int i = 0; i < BLOCK_SLOTS; i++) {
        Block *b = &text->blocks[i];
        if (b->texture)
            SDL_DestroyTexture(b->texture);
        free(b->text);
        *b = (Block){0};
    }
}

void text_flush(TextSystem *text)
{
    drop_blocks(text);
    for (int i = 0; i < FONT_SLOTS; i++) {
        if (text->fonts[i].font)
            TTF_CloseFont(text->fonts[i].font);
        text->fonts[i] = (FontSlot){0};
    }
}

void text_destroy(TextSystem *text)
{
    if (!text)
        return;
    text_flush(text);
    free(text);
}

TTF_Font *text_font(TextSystem *text, FontStyle style, int px)
{
    text->clock++;
    FontSlot *victim = &text->fonts[0];
    for (int i = 0; i < FONT_SLOTS; i++) {
        FontSlot *slot = &text->fonts[i];
        if (slot->font && slot->style == style && slot->px == px) {
            slot->last_used = text->clock;
            return slot->font;
        }
        /* A free slot, else the least recently used one. */
        if (victim->font && (!slot->font || slot->last_used < victim->last_used))
            victim = slot;
    }
    TTF_Font *font = TTF_OpenFont(text->paths[style], px);
    if (!font && style == FONT_BOLD)
        return text_font(text, FONT_REGULAR, px);
    if (!font)
        return NULL;
    /* Only the least recently used font closes; every other font handed out stays open. */
    if (victim->font)
        TTF_CloseFont(victim->font);
    *victim = (FontSlot){style, px, font, text->clock};
    return font;
}

int text_measure(TextSystem *text, FontStyle style, int px, const char *utf8, size_t len)
{
    TTF_Font *font = text_font(text, style, px);
    char stack[512];
    char *copy = len < sizeof stack ? stack : malloc(len + 1);
    if (!font || !copy)
        return 0;
    memcpy(copy, utf8, len);
    copy[len] = '\0';
    int w = 0, h = 0;
    TTF_SizeUTF8(font, copy, &w, &h);
    if (copy != stack)
        free(copy);
    return w;
}

int text_line_height(TextSystem *text, FontStyle style, int px)
{
    TTF_Font *font = text_font(text, style, px);
    return font ? TTF_FontLineSkip(font) : px;
}

bool text_has_glyph(TextSystem *text, Uint32 code_point)
{
    TTF_Font *font = text_font(text, FONT_REGULAR, 24);
    return font && TTF_GlyphIsProvided32(font, code_point);
}

static int metrics_measure(void *context, bool bold, int px, const char *utf8, size_t len)
{
    return text_measure(context, bold ? FONT_BOLD : FONT_REGULAR, px, utf8, len);
}

static int metrics_line_height(void *context, bool bold, int px)
{
    return text_line_height(context, bold ? FONT_BOLD : FONT_REGULAR, px);
}

static bool metrics_has_glyph(void *context, uint32_t code_point)
{
    return text_has_glyph(context, code_point);
}

FontMetrics text_metrics(TextSystem *text)
{
    FontMetrics metrics = {text, metrics_measure, metrics_line_height, metrics_has_glyph};
    return metrics;
}

typedef struct {
    TextSystem *text;
    FontStyle style;
    int px;
} MeasureContext;

static int measure_callback(void *context, const char *utf8, size_t len)
{
    MeasureContext *m = context;
    return text_measure(m->text, m->style, m->px, utf8, len);
}

static size_t wrap(TextSystem *text, const char *utf8, int width, FontStyle style, int px,
                   WrapLine *lines)
{
    MeasureContext m = {text, style, px};
    size_t count = wrap_text(utf8, width, measure_callback, &m, lines, MAX_LINES);
    return count < MAX_LINES ? count : MAX_LINES;
}

/* Renders the wrapped block into one texture. */
static SDL_Texture *render_block(TextSystem *text, const char *utf8, int width, TextStyle style,
                                 int *out_w, int *out_h)
{
    WrapLine lines[MAX_LINES];
    size_t count = wrap(text, utf8, width, style.style, style.px, lines);
    TTF_Font *font = text_font(text, style.style, style.px);
    int skip = text_line_height(text, style.style, style.px);
    if (!font || count == 0 || !text->renderer)
        return NULL;
    int block_w = 0;
    SDL_Surface *rendered[MAX_LINES] = {0};
    for (size_t i = 0; i < count; i++) {
        if (lines[i].length == 0)
            continue;
        char *line = strndup(utf8 + lines[i].start, lines[i].length);
        if (!line)
            continue;
        rendered[i] = TTF_RenderUTF8_Blended(font, line, style.colour);
        free(line);
        if (rendered[i] && rendered[i]->w > block_w)
            block_w = rendered[i]->w;
    }
    int block_h = skip * (int)count;
    SDL_Surface *block = SDL_CreateRGBSurfaceWithFormat(0, block_w > 0 ? block_w : 1, block_h, 32,
                                                        SDL_PIXELFORMAT_ARGB8888);
    SDL_Texture *texture = NULL;
    if (block) {
        SDL_FillRect(block, NULL, 0);
        for (size_t i = 0; i < count; i++) {
            if (!rendered[i])
                continue;
            SDL_SetSurfaceBlendMode(rendered[i], SDL_BLENDMODE_NONE);
            int x = style.align == ALIGN_CENTER ? (block_w - rendered[i]->w) / 2 : 0;
            SDL_Rect dst = {x, skip * (int)i, rendered[i]->w, rendered[i]->h};
            SDL_BlitSurface(rendered[i], NULL, block, &dst);
        }
        texture = SDL_CreateTextureFromSurface(text->renderer, block);
        if (texture)
            SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
        SDL_FreeSurface(block);
    }
    for (size_t i = 0; i < count; i++)
        SDL_FreeSurface(rendered[i]);
    text->renders++;
    *out_w = block_w;
    *out_h = block_h;
    return texture;
}

static bool same_colour(SDL_Color a, SDL_Color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
}

/* The cached block for these arguments, rendering it on a miss (evicting the least recently
 * used block when the cache is full). */
static Block *get_block(TextSystem *text, const char *utf8, int width, TextStyle style)
{
    Block *victim = &text->blocks[0];
    text->clock++;
    for (int i = 0; i < BLOCK_SLOTS; i++) {
        Block *b = &text->blocks[i];
        if (!b->text) {
            if (victim->text)
                victim = b;
            continue;
        }
        if (b->px == style.px && b->width == width && b->style == style.style &&
            b->align == style.align && same_colour(b->colour, style.colour) &&
            strcmp(b->text, utf8) == 0) {
            b->last_used = text->clock;
            return b;
        }
        if (victim->text && b->last_used < victim->last_used)
            victim = b;
    }
    if (victim->texture)
        SDL_DestroyTexture(victim->texture);
    free(victim->text);
    *victim = (Block){0};
    victim->text = strdup(utf8);
    if (!victim->text)
        return NULL;
    victim->style = style.style;
    victim->px = style.px;
    victim->width = width;
    victim->colour = style.colour;
    victim->align = style.align;
    victim->last_used = text->clock;
    victim->texture = render_block(text, utf8, width, style, &victim->w, &victim->h);
    return victim;
}

int text_height(TextSystem *text, const char *utf8, int width, FontStyle style, int px)
{
    WrapLine lines[MAX_LINES];
    size_t count = wrap(text, utf8, width, style, px, lines);
    return (int)count * text_line_height(text, style, px);
}

static const char ELLIPSIS[] = "\xE2\x80\xA6";

/* A new string: utf8's first `before` bytes, then as much of the line utf8[before..before+len)
 * as fits max_w with an ellipsis after it (cut at a character, spaces before the ellipsis
 * dropped), then the ellipsis. NULL when not even the ellipsis fits, or memory runs out. */
static char *with_ellipsis(TextSystem *text, TextStyle style, const char *utf8, size_t before,
                           size_t len, int max_w)
{
    char *out = malloc(before + len + sizeof ELLIPSIS);
    if (!out)
        return NULL;
    memcpy(out, utf8, before + len);
    const char *line = out + before;
    size_t keep = len;
    for (;;) {
        while (keep > 0 && line[keep - 1] == ' ')
            keep--;
        memcpy(out + before + keep, ELLIPSIS, sizeof ELLIPSIS);
        if (text_measure(text, style.style, style.px, line, keep + sizeof ELLIPSIS - 1) <= max_w)
            return out;
        if (keep == 0)
            break;
        do
            keep--;
        while (keep > 0 && ((unsigned char)line[keep] & 0xC0) == 0x80);
    }
    free(out);
    return NULL;
}

/* utf8 cut to the lines box holds, the last of them ending in an ellipsis, or NULL. */
static char *cut_to_box(TextSystem *text, const char *utf8, const Rect *box, TextStyle style)
{
    WrapLine lines[MAX_LINES];
    size_t count = wrap(text, utf8, box->w, style.style, style.px, lines);
    size_t visible = (size_t)(box->h / text_line_height(text, style.style, style.px));
    if (visible == 0 || count == 0)
        return NULL;
    if (visible > count)
        visible = count;
    const WrapLine *last = &lines[visible - 1];
    return with_ellipsis(text, style, utf8, last->start, last->length, box->w);
}

int text_draw_at(TextSystem *text, const char *utf8, const Rect *box, TextStyle style)
{
    if (!utf8 || !*utf8 || box->w <= 0 || box->h <= 0)
        return 0;
    Block *block = get_block(text, utf8, box->w, style);
    if (block && block->h > box->h) {
        char *cut = cut_to_box(text, utf8, box, style);
        block = cut ? get_block(text, cut, box->w, style) : NULL;
        free(cut);
    }
    if (!block || !block->texture)
        return 0;
    /* Never outside the box, even where a single character is wider than it. */
    int skip = text_line_height(text, style.style, style.px);
    int h = block->h <= box->h ? block->h : (box->h / skip) * skip;
    int w = block->w <= box->w ? block->w : box->w;
    int x = style.align == ALIGN_CENTER ? box->x + (box->w - w) / 2 : box->x;
    SDL_Rect src = {0, 0, w, h};
    SDL_Rect dst = {x, box->y, w, h};
    SDL_RenderCopy(text->renderer, block->texture, &src, &dst);
    return h;
}

int text_draw(TextSystem *text, const char *utf8, const Rect *box, TextStyle style)
{
    if (!utf8 || !*utf8 || box->w <= 0 || box->h <= 0)
        return 0;
    /* Wrap, then shrink one step, then a second; past that the text is cut. */
    static const int steps[] = {100, 85, 72};
    TextStyle chosen = style;
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        chosen.px = style.px * steps[i] / 100;
        if (chosen.px < LAYOUT_MIN_TEXT_PX)
            chosen.px = LAYOUT_MIN_TEXT_PX;
        Block *block = get_block(text, utf8, box->w, chosen);
        if (!block || block->h <= box->h)
            break;
    }
    return text_draw_at(text, utf8, box, chosen);
}

int text_draw_line(TextSystem *text, const char *utf8, int x, int mid_y, TextStyle style)
{
    if (!utf8 || !*utf8)
        return 0;
    Block *block = get_block(text, utf8, 1 << 20, style);
    if (!block || !block->texture)
        return 0;
    SDL_Rect dst = {x, mid_y - block->h / 2, block->w, block->h};
    SDL_RenderCopy(text->renderer, block->texture, NULL, &dst);
    return block->w;
}

unsigned long text_render_count(const TextSystem *text) { return text->renders; }

int text_draw_line_clipped(TextSystem *text, const char *utf8, int x, int mid_y, int max_w,
                           TextStyle style)
{
    size_t len = strlen(utf8);
    if (text_measure(text, style.style, style.px, utf8, len) <= max_w)
        return text_draw_line(text, utf8, x, mid_y, style);
    char *cut = with_ellipsis(text, style, utf8, 0, len, max_w);
    int w = cut ? text_draw_line(text, cut, x, mid_y, style) : 0;
    free(cut);
    return w;
}
