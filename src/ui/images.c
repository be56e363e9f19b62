/* Pictures from files through SDL2_image. */
#include "images.h"

#include <SDL_image.h>
#include <stdio.h>

/* Large enough to stay sharp where a desktop shows a window's icon, small enough to be quick. */
enum { WINDOW_ICON_SIDE = 64 };

SDL_Surface *images_load(const char *path, char *error, size_t size)
{
    SDL_Surface *surface = IMG_Load(path);
    if (!surface)
        snprintf(error, size, "cannot load the image %s: %s", path, IMG_GetError());
    return surface;
}

SDL_Surface *images_load_svg(const char *path, int width, int height)
{
    SDL_RWops *file = SDL_RWFromFile(path, "rb");
    if (!file)
        return NULL;
    SDL_Surface *surface = IMG_LoadSizedSVG_RW(file, width, height);
    SDL_RWclose(file);
    return surface;
}

void images_set_window_icon(SDL_Window *window, const char *assets_dir)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/icon/herocity.svg", assets_dir);
    /* Drawn at the icon's size, not at its 512 px. */
    SDL_Surface *icon = images_load_svg(path, WINDOW_ICON_SIDE, WINDOW_ICON_SIDE);
    if (!icon)
        return;
    SDL_SetWindowIcon(window, icon);
    SDL_FreeSurface(icon);
}
