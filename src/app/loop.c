/* The main loop: events become actions, time passes through game_update, and the loop sleeps
 * until the next event or the next moment a screen asked for: idle, it uses no CPU. */
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
    /* Targets reset: the map's textures lost what was drawn into them; device reset: every
     * texture is gone. Either way, all are made again. */
    if (event->type == SDL_RENDER_TARGETS_RESET || event->type == SDL_RENDER_DEVICE_RESET) {
        game_forget_textures(game);
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
    Uint64 last = SDL_GetTicks64();
    int wait_ms = game_update(game, 0);
    while (!game->quit) {
        if (game->dirty) {
            game_draw(game);
            SDL_RenderPresent(game->renderer);
        }
        SDL_Event event;
        /* -1: nothing waits on time, so sleep until an event comes. */
        bool got = wait_ms < 0 ? SDL_WaitEvent(&event) == 1
                               : SDL_WaitEventTimeout(&event, wait_ms > 0 ? wait_ms : 1) == 1;
        if (got) {
            loop_process_event(game, &event);
            while (!game->quit && SDL_PollEvent(&event))
                loop_process_event(game, &event);
        }
        Uint64 now = SDL_GetTicks64();
        wait_ms = game_update(game, (uint32_t)(now - last));
        last = now;
    }
}
