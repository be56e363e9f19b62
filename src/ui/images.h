/* Pictures from files through SDL2_image, which reads PNG and SVG among others. */
#ifndef HEROCITY_UI_IMAGES_H
#define HEROCITY_UI_IMAGES_H

#include <SDL.h>
#include <stddef.h>

/* The image at path, or NULL with the reason in error. An SVG comes at the size it names.
 * Free with SDL_FreeSurface. */
SDL_Surface *images_load(const char *path, char *error, size_t size);

/* The SVG at path drawn at width by height pixels (0 for one of them keeps the aspect), or
 * NULL. Its vector art is drawn at that size, not a bitmap scaled. Free with SDL_FreeSurface. */
SDL_Surface *images_load_svg(const char *path, int width, int height);

/* Gives the window the game's icon, ASSETS_DIR/icon/herocity.svg drawn at 64x64. Without it
 * (a missing or unreadable file) the window keeps the desktop's default icon: an icon is no
 * reason to stop the game. */
void images_set_window_icon(SDL_Window *window, const char *assets_dir);

#endif
