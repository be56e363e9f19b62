/* The main loop. Nothing animates yet, so the loop sleeps until an event arrives. */
#include "loop.h"

#include "input.h"

void loop_process_event(Game *game, const SDL_Event *event)
{
    if (event->type == SDL_WINDOWEVENT) {
        switch (event->window.event) {
        case SDL_WINDOWEVENT_SIZE_CHANGED:
            game_resized(game, event->window.data1, event->window.data2);
            break;
        case SDL_WINDOWEVENT_EXPOSED: game->dirty = true; break;
        default: break;
        }
        return;
    }
    if (event->type == SDL_RENDER_TARGETS_RESET || event->type == SDL_RENDER_DEVICE_RESET) {
        text_flush(game->text);
        game->dirty = true;
        return;
    }
    input_handle_devices(event);
    Action action;
    if (input_translate(event, game_input_mode(game), &action))
        game_handle(game, &action);
}

void loop_frame(Game *game)
{
    SDL_Event event;
    while (!game->quit && SDL_PollEvent(&event))
        loop_process_event(game, &event);
    if (game->dirty && !game->quit) {
        game_draw(game);
        SDL_RenderPresent(game->renderer);
    }
}

void loop_run(Game *game)
{
    while (!game->quit) {
        if (game->dirty) {
            game_draw(game);
            SDL_RenderPresent(game->renderer);
        }
        SDL_Event event;
        if (SDL_WaitEventTimeout(&event, 1000)) {
            loop_process_event(game, &event);
            while (!game->quit && SDL_PollEvent(&event))
                loop_process_event(game, &event);
        }
    }
}
