/* What the game draws rather than writes (the map, the emblem), and the textures of all it
 * draws: opened with the game, forgotten when the renderer loses them, counted for the
 * steady-frame test. */
#include <stdio.h>

#include "game.h"
#include "map_view.h"
#include "picture.h"

void game_pictures_open(Game *game)
{
    if (!game->config.assets_dir)
        return;
    /* Without them the screens still work: a missing file is no reason to stop. */
    char why[256];
    game->map_view = map_view_new(game->config.assets_dir, why, sizeof why);
    char path[1200];
    snprintf(path, sizeof path, "%s/emblem.svg", game->config.assets_dir);
    game->emblem = picture_new(path);
}

void game_pictures_close(Game *game)
{
    map_view_free(game->map_view);
    picture_free(game->emblem);
    game->map_view = NULL;
    game->emblem = NULL;
}

void game_pictures_begin_frame(Game *game) { map_view_begin_frame(game->map_view); }

void game_forget_textures(Game *game)
{
    text_flush(game->text);
    map_view_forget(game->map_view);
    picture_forget(game->emblem);
    game->dirty = true;
}

unsigned long game_render_count(const Game *game)
{
    return text_render_count(game->text) + map_view_render_count(game->map_view) +
           picture_render_count(game->emblem);
}
