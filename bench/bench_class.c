/* Classroom figures for the benchmark: the reveal's frame time with eight teams at 1920x1080
 * (software renderer), and the CPU a running countdown costs (the loop sleeps between the
 * seconds it shows). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench_class.h"
#include "screen.h"

enum { REVEAL_FRAMES = 200 };

static double clock_ms(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void start_eight_teams(Game *game)
{
    classroom_setup_defaults(&game->class_setup);
    game->class_setup.team_count = LIMIT_TEAMS_MAX;
    game->class_setup.timer_seconds = 20;
    game->class_setup.speed_bonus = true;
    game->class_banks[0] = '\0';
    game_class_start(game);
    game_push(game, SCREEN_CLASS_GAME, 0);
    game_apply_requests(game);
}

/* CPU per second of a countdown: the game clock runs 20 s while the loop would sleep between
 * the moments the screen asks to be woken; what the process spends is what a real run would. */
static void bench_countdown(Game *game)
{
    game_update(game, (uint32_t)game->class_setup.prompt_ms); /* the answers open */
    double cpu_start = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
    int woken = 0, frames = 0;
    uint32_t passed = 0;
    while (passed < 19000) {
        int wait = game_update(game, 0);
        if (wait <= 0)
            break;
        passed += (uint32_t)wait;
        game_update(game, (uint32_t)wait);
        woken++;
        if (game->dirty) {
            game_draw(game);
            SDL_RenderPresent(game->renderer);
            frames++;
        }
    }
    double cpu = clock_ms(CLOCK_PROCESS_CPUTIME_ID) - cpu_start;
    printf("classroom countdown, 8 teams, 1920x1080: %d wake-ups and %d frames in %.1f s of "
           "countdown, %.1f ms of CPU: %.3f %% of one core\n",
           woken, frames, passed / 1000.0, cpu, 100.0 * cpu / (passed ? passed : 1));
}

static void bench_reveal(Game *game)
{
    ClassSnapshot snap;
    classroom_snapshot(game->classroom, &snap);
    for (int t = 0; t < snap.team_count; t++)
        classroom_answer(game->classroom, t, t % snap.choice_count);
    classroom_reveal(game->classroom); /* whoever had not answered by now */
    static double samples[REVEAL_FRAMES];
    for (int i = 0; i < REVEAL_FRAMES; i++) {
        double t = clock_ms(CLOCK_MONOTONIC);
        game_draw(game);
        SDL_RenderPresent(game->renderer);
        samples[i] = clock_ms(CLOCK_MONOTONIC) - t;
    }
    qsort(samples, REVEAL_FRAMES, sizeof samples[0], compare_doubles);
    printf("classroom reveal, 8 teams, 1920x1080, software renderer: median %.2f ms, 99th "
           "percentile %.2f ms over %d frames\n",
           samples[REVEAL_FRAMES / 2], samples[REVEAL_FRAMES * 99 / 100], REVEAL_FRAMES);
}

void bench_classroom(Game *game)
{
    start_eight_teams(game);
    if (!game->classroom) {
        printf("classroom: no game could start\n");
        return;
    }
    bench_countdown(game);
    bench_reveal(game);
    game_reset_to(game, SCREEN_TITLE, 0);
    game_apply_requests(game);
    game_class_end(game);
}
