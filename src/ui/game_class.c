/* The game's classroom state (see game.h): the remembered setup, the banks chosen, and the
 * game in play over them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game.h"
#include "herocity/alloc.h"
#include "save_trace.h"
#include "strings.h"

#define SETUP_KEY "classroom.setup"
#define BANKS_KEY "classroom.banks"

void game_class_load_setup(Game *game)
{
    classroom_setup_defaults(&game->class_setup);
    game->class_banks[0] = '\0';
    char text[1024];
    if (store_load_text(game->store, SETUP_KEY, text, sizeof text))
        classroom_setup_from_text(text, &game->class_setup); /* unreadable: the defaults */
    store_load_text(game->store, BANKS_KEY, game->class_banks, sizeof game->class_banks);
}

void game_class_save_setup(Game *game)
{
    char text[1024];
    classroom_setup_to_text(&game->class_setup, text, sizeof text);
    /* Remembering is a convenience: a failure costs the next setup's defaults, nothing more. */
    store_save_text(game->store, SETUP_KEY, text);
    store_save_text(game->store, BANKS_KEY, game->class_banks);
}

/* Whether id is one of the comma-separated ids in list. */
static bool listed(const char *list, const char *id)
{
    size_t len = strlen(id);
    for (const char *p = list; *p;) {
        const char *comma = strchr(p, ',');
        size_t part = comma ? (size_t)(comma - p) : strlen(p);
        if (part == len && strncmp(p, id, len) == 0)
            return true;
        p += part + (comma ? 1 : 0);
    }
    return false;
}

bool game_class_bank_chosen(const Game *game, const char *bank_id)
{
    return !game->class_banks[0] || listed(game->class_banks, bank_id);
}

void game_class_choose_bank(Game *game, const char *id, bool chosen)
{
    char list[LIMIT_PATH_BYTES] = "";
    size_t used = 0;
    size_t banks = library_bank_count(game->library), count = 0;
    for (size_t i = 0; i < banks; i++) {
        const char *other = bank_id(library_bank(game->library, i));
        bool keep = strcmp(other, id) == 0 ? chosen : game_class_bank_chosen(game, other);
        if (!keep)
            continue;
        int n = snprintf(list + used, sizeof list - used, "%s%s", count ? "," : "", other);
        if (n < 0 || (size_t)n >= sizeof list - used)
            return; /* too many to remember: the choice stays as it was */
        used += (size_t)n;
        count++;
    }
    if (count == 0)
        return; /* at least one bank stays chosen */
    /* Every bank chosen is written as "all", so banks added later are in too. */
    snprintf(game->class_banks, sizeof game->class_banks, "%s", count == banks ? "" : list);
}

size_t game_class_question_total(const Game *game)
{
    size_t total = 0;
    for (size_t i = 0; i < library_bank_count(game->library); i++) {
        const Bank *bank = library_bank(game->library, i);
        if (game_class_bank_chosen(game, bank_id(bank)))
            total += bank_question_count(bank);
    }
    return total;
}

/* The save trace's line for a classroom event the store has committed (save_trace.h). */
static void trace_event(int64_t game_id, int seq, const ClassEvent *event)
{
    save_trace("class-event\t%lld\t%d\t%d\t%d\t%d\t%d\t%d\t%d", (long long)game_id, seq,
               (int)event->kind, event->question, event->team, event->choice, event->elapsed_ms,
               event->points);
}

/* Every event of the game in play is saved as it happens, so a crash loses none. After a save
 * that fails nothing more is saved: what is saved stays a whole game up to that event. */
static void save_event(void *context, const ClassEvent *event)
{
    Game *game = context;
    if (game->class_game_id <= 0)
        return;
    if (!store_class_event(game->store, game->class_game_id, game->class_events_saved, event)) {
        game->class_save_failed = true;
        game->class_game_id = 0;
        return;
    }
    trace_event(game->class_game_id, game->class_events_saved, event);
    game->class_events_saved++;
}

static void begin_saving(Game *game)
{
    char setup[1024];
    classroom_setup_to_text(&game->class_setup, setup, sizeof setup);
    char *order = classroom_order_text(game->classroom);
    game->class_game_id = order ? store_class_begin(game->store, game_now(game), setup, order) : 0;
    game->class_events_saved = 0;
    game->class_save_failed = game->class_game_id == 0 && game->store_status != STORE_READ_ONLY &&
                              game->store_status != STORE_UNAVAILABLE;
    hc_free(order);
}

static int compare_ids(const void *a, const void *b)
{
    const Question *qa = *(const Question *const *)a, *qb = *(const Question *const *)b;
    return strcmp(qa->id, qb->id);
}

bool game_class_start(Game *game)
{
    game_class_end(game);
    size_t total = game_class_question_total(game);
    if (total == 0)
        return false;
    const Question **pool = calloc(total, sizeof *pool);
    if (!pool)
        return false;
    size_t n = 0, banks = 0;
    const Bank *only = NULL;
    for (size_t b = 0; b < library_bank_count(game->library); b++) {
        const Bank *bank = library_bank(game->library, b);
        if (!game_class_bank_chosen(game, bank_id(bank)))
            continue;
        for (size_t q = 0; q < bank_question_count(bank); q++)
            pool[n++] = bank_question(bank, q);
        only = bank;
        banks++;
    }
    qsort(pool, n, sizeof *pool, compare_ids); /* a seeded game is the same in any folder order */
    game->class_pool = pool;
    game->classroom = classroom_new(&game->class_setup, pool, n,
                                    game->config.seed + game->rounds_started++, save_event, game);
    if (!game->classroom) {
        game_class_end(game);
        return false;
    }
    begin_saving(game);
    if (banks == 1)
        snprintf(game->class_title, sizeof game->class_title, "%s", bank_title(only));
    else if (banks == library_bank_count(game->library))
        snprintf(game->class_title, sizeof game->class_title, "%s", TXT_ALL_BANKS);
    else
        snprintf(game->class_title, sizeof game->class_title, TXT_BANK_COUNT_FMT, banks);
    return true;
}

void game_class_finish(Game *game)
{
    if (game->class_game_id > 0)
        store_class_finish(game->store, game->class_game_id);
    game->class_game_id = 0;
}

static const Question *find_question(void *context, const char *id)
{
    return library_find_question(((const Game *)context)->library, id);
}

bool game_class_resume(Game *game, const StoredClassGame *saved)
{
    game_class_end(game);
    ClassSetup setup;
    if (!classroom_setup_from_text(saved->setup, &setup))
        return false;
    Classroom *room =
        classroom_from_order(&setup, saved->order, find_question, game, save_event, game);
    if (!room)
        return false;
    for (size_t i = 0; i < saved->event_count; i++)
        classroom_replay(room, &saved->events[i]); /* an event that no longer applies is dropped */
    classroom_restart_timer(room);
    game->class_setup = setup;
    game->classroom = room;
    game->class_game_id = saved->id;
    game->class_events_saved = (int)saved->event_count;
    game->class_save_failed = false;
    snprintf(game->class_title, sizeof game->class_title, "%s", TXT_RESUMED_GAME);
    return true;
}

ClassTakeUp game_class_take_up(Game *game, const StoredClassGame *saved)
{
    int seq = (int)saved->event_count;
    bool took = store_class_take(game->store, saved->id, seq);
    if (took) {
        const ClassEvent resumed = {CLASS_EVENT_RESUME, -1, -1, -1, 0, 0}; /* as the store has it */
        trace_event(saved->id, seq, &resumed);
    } else if (game->store) {
        StoredClassGame now;
        bool unchanged = store_class_load(game->store, saved->id, &now) && !now.finished &&
                         now.event_count == saved->event_count;
        stored_class_game_free(&now);
        if (!unchanged)
            return CLASS_TAKEN_ELSEWHERE;
    }
    if (!game_class_resume(game, saved))
        return CLASS_NOT_RESUMED;
    if (took)
        game->class_events_saved++; /* the resume event is this game's next number */
    return CLASS_RESUMED;
}

void game_class_end(Game *game)
{
    classroom_free(game->classroom);
    game->classroom = NULL;
    free(game->class_pool);
    game->class_pool = NULL;
    game->class_game_id = 0; /* unfinished in the store: the next start offers to resume it */
}
