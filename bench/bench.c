/* Benchmark: prints figures for start-up, bank loading, the map, validation, drawing and memory.
 * Run it with `cmake --build build --target bench`; it is never a test (timings vary by machine).
 */
#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench_class.h"
#include "bench_large.h"
#include "game.h"
#include "herocity/fit.h"
#include "herocity/library.h"
#include "herocity/map.h"
#include "screen.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static long peak_rss_kib(void)
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *samples, int count)
{
    qsort(samples, (size_t)count, sizeof(double), compare_doubles);
    return samples[count / 2];
}

enum { RUNS = 15 };

static void bench_loading(const char *schema, const char *questions)
{
    double samples[RUNS];
    size_t banks = 0, questions_total = 0;
    for (int run = 0; run < RUNS; run++) {
        double start = now_ms();
        Diagnostics *diags = diags_new();
        BankLoader *loader = loader_new(schema, diags);
        BankLibrary *library = library_new();
        library_add_dir(library, loader, questions);
        samples[run] = now_ms() - start;
        banks = library_bank_count(library);
        questions_total = library_question_total(library);
        library_free(library);
        loader_free(loader);
        diags_free(diags);
    }
    printf("load all banks (schema + %zu files, %zu questions): median %.1f ms over %d runs\n",
           banks, questions_total, median(samples, RUNS), RUNS);
}

/* Reading the map asset, which start-up does once. */
static void bench_map_load(const char *assets)
{
    char path[1200], error[512];
    snprintf(path, sizeof path, "%s/map/europe-east.poly", assets);
    double samples[RUNS];
    for (int run = 0; run < RUNS; run++) {
        double start = now_ms();
        Map *map = map_load(path, error, sizeof error);
        samples[run] = now_ms() - start;
        if (!map) {
            printf("map_load failed: %s\n", error);
            return;
        }
        map_free(map);
    }
    printf("read the map asset: median %.1f ms over %d runs\n", median(samples, RUNS), RUNS);
}

/* One frame drawn and presented (the software renderer does its work in the present). */
static double frame_ms(Game *game)
{
    double start = now_ms();
    game_draw(game);
    SDL_RenderPresent(game->renderer);
    return now_ms() - start;
}

/* The screen on top drawn again and again: median time and textures made (0 when cached). */
static void bench_steady(Game *game, const char *what)
{
    double samples[RUNS];
    unsigned long before = game_render_count(game);
    for (int run = 0; run < RUNS; run++)
        samples[run] = frame_ms(game);
    printf("%s frame, steady: median %.2f ms, textures made by %d steady frames: %lu\n", what,
           median(samples, RUNS), RUNS, game_render_count(game) - before);
}

static void bench_game(const char *schema, const char *questions, const char *assets,
                       const char *data_dir)
{
    GameConfig config = {0};
    config.question_dirs[config.question_dir_count++] = questions;
    config.schema_path = schema;
    config.assets_dir = assets;
    config.data_dir = data_dir;
    config.seed = 1;
    config.width = 1920;
    config.height = 1080;
    config.software_renderer = true;

    double start = now_ms();
    SDL_Init(SDL_INIT_VIDEO);
    TTF_Init();
    char error[512];
    Game *game = game_create(&config, error, sizeof error);
    if (!game) {
        printf("game_create failed: %s\n", error);
        return;
    }
    double title_ms = frame_ms(game);
    printf("start-up to first frame (1920x1080, software renderer, title with the map and the "
           "emblem): %.1f ms, of which the first frame %.1f ms\n",
           now_ms() - start, title_ms);
    bench_steady(game, "title");
    game_push(game, SCREEN_BANKS, 0);
    game_apply_requests(game);
    printf("bank list first frame (its map at a new size): %.1f ms\n", frame_ms(game));
    bench_steady(game, "bank list");

    game_start_round(game, -1, 0);
    game_push(game, SCREEN_QUESTION, 0);
    game_apply_requests(game);
    double first = now_ms();
    game_draw(game);
    SDL_RenderPresent(game->renderer); /* the software renderer does its work here */
    double first_ms = now_ms() - first;
    double samples[RUNS];
    unsigned long renders_before = text_render_count(game->text);
    for (int run = 0; run < RUNS; run++) {
        double t = now_ms();
        game_draw(game);
        SDL_RenderPresent(game->renderer);
        samples[run] = now_ms() - t;
    }
    printf("question frame drawn and presented: first %.2f ms, steady median %.2f ms, "
           "text blocks rendered by %d steady frames: %lu\n",
           first_ms, median(samples, RUNS), RUNS, text_render_count(game->text) - renders_before);
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    session_answer(game->session, snap.correct_choice);
    game_replace(game, SCREEN_FEEDBACK, 0);
    game_apply_requests(game);
    printf("feedback first frame (the map near the question's place): %.1f ms\n", frame_ms(game));
    bench_steady(game, "feedback");

    /* What --validate adds to loading: each question laid out at every checked window and text
     * size, measured with the real font. */
    FontMetrics metrics = text_metrics(game->text);
    Diagnostics *diags = diags_new();
    double fit_start = now_ms();
    for (size_t i = 0; i < library_bank_count(game->library); i++)
        fit_check_bank(library_bank(game->library, i), &metrics, diags);
    printf("fit check of every shipped question (%zu), %d windows x %d text sizes, real font: "
           "%.1f ms, %zu problems\n",
           library_question_total(game->library), FIT_WINDOW_COUNT, FIT_SCALE_COUNT,
           now_ms() - fit_start, diags_count(diags));
    diags_free(diags);
    game_end_round(game);
    bench_classroom(game);
    game_destroy(game);
    TTF_Quit();
    SDL_Quit();
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: %s SOURCE_DIR DATA_DIR LOAD_HELPER HEROCITY\n", argv[0]);
        return 2;
    }
    char schema[1024], questions[1024], assets[1024];
    snprintf(schema, sizeof schema, "%s/questions/schema/bank-1.xsd", argv[1]);
    snprintf(questions, sizeof questions, "%s/questions", argv[1]);
    snprintf(assets, sizeof assets, "%s/assets", argv[1]);
    bench_loading(schema, questions);
    bench_map_load(assets);
    printf("peak memory after loading: %ld KiB\n", peak_rss_kib());
    bench_game(schema, questions, assets, argv[2]);
    printf("peak memory after start-up and drawing at 1920x1080: %ld KiB\n", peak_rss_kib());
    bench_large_bank(schema, argv[2], argv[3], argv[4]);
    return 0;
}
