/* SVG pictures through SDL2_image, rasterised at the size shown. */
#include "picture.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>

#include "herocity/limits.h"
#include "images.h"

struct Picture {
    char path[LIMIT_PATH_BYTES + 64];
    int natural_w, natural_h; /* the size the SVG names: its aspect */
    SDL_Texture *texture;
    int w, h; /* the texture's size */
    unsigned long renders;
};

Picture *picture_new(const char *path)
{
    SDL_Surface *natural = IMG_Load(path);
    if (!natural)
        return NULL;
    Picture *picture = calloc(1, sizeof *picture);
    if (picture) {
        snprintf(picture->path, sizeof picture->path, "%s", path);
        picture->natural_w = natural->w;
        picture->natural_h = natural->h;
    }
    SDL_FreeSurface(natural);
    return picture;
}

void picture_forget(Picture *picture)
{
    if (!picture)
        return;
    if (picture->texture)
        SDL_DestroyTexture(picture->texture);
    picture->texture = NULL;
    picture->w = picture->h = 0;
}

void picture_free(Picture *picture)
{
    picture_forget(picture);
    free(picture);
}

unsigned long picture_render_count(const Picture *picture)
{
    return picture ? picture->renders : 0;
}

Rect picture_fit(const Picture *picture, const Rect *box, int max_side)
{
    if (!picture || box->w <= 0 || box->h <= 0 || picture->natural_w <= 0 ||
        picture->natural_h <= 0)
        return (Rect){0, 0, 0, 0};
    double scale = (double)box->w / picture->natural_w;
    if ((double)box->h / picture->natural_h < scale)
        scale = (double)box->h / picture->natural_h;
    int longer = picture->natural_w > picture->natural_h ? picture->natural_w : picture->natural_h;
    if (longer * scale > max_side)
        scale = (double)max_side / longer;
    int w = (int)(picture->natural_w * scale), h = (int)(picture->natural_h * scale);
    return (Rect){box->x + (box->w - w) / 2, box->y + (box->h - h) / 2, w, h};
}

/* Draws the SVG anew at w by h: its vector art, not a bitmap scaled. A failure is not tried
 * again at the same size. */
static void make_texture(Picture *picture, SDL_Renderer *renderer, int w, int h)
{
    picture_forget(picture);
    picture->w = w;
    picture->h = h;
    SDL_Surface *surface = images_load_svg(picture->path, w, h);
    if (!surface)
        return;
    picture->texture = SDL_CreateTextureFromSurface(renderer, surface);
    SDL_FreeSurface(surface);
    picture->renders++;
}

void picture_draw(Picture *picture, SDL_Renderer *renderer, const Rect *at)
{
    if (!picture || at->w <= 0 || at->h <= 0)
        return;
    if (picture->w != at->w || picture->h != at->h)
        make_texture(picture, renderer, at->w, at->h);
    if (!picture->texture)
        return;
    SDL_Rect dst = {at->x, at->y, at->w, at->h};
    SDL_RenderCopy(renderer, picture->texture, NULL, &dst);
}
