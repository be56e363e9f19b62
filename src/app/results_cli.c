/* --export-results (see results_cli.h). Each game is rebuilt from its saved events on the banks
 * as they are now, so its questions must still be there; one that cannot be rebuilt is named
 * and left out. */
#include "results_cli.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "herocity/alloc.h"
#include "herocity/classroom_csv.h"
#include "herocity/store_class.h"
#include "validate.h"

enum { GAMES_MAX = 10000 };

static const Question *find_question(void *context, const char *id)
{
    return library_find_question((const BankLibrary *)context, id);
}

/* One game's rows; false (after saying why) when it cannot be rebuilt. */
static bool write_game(Store *store, const BankLibrary *library, int64_t id, FILE *out)
{
    StoredClassGame saved;
    if (!store_class_load(store, id, &saved)) {
        fprintf(stderr, "herocity: classroom game %lld cannot be read\n", (long long)id);
        return false;
    }
    ClassSetup setup;
    Classroom *room =
        classroom_setup_from_text(saved.setup, &setup)
            ? classroom_from_order(&setup, saved.order, find_question, (void *)library, NULL, NULL)
            : NULL;
    bool ok = room != NULL;
    if (!room)
        fprintf(stderr,
                "herocity: classroom game %lld is left out: some of its questions are no longer "
                "in the banks\n",
                (long long)id);
    for (size_t i = 0; room && i < saved.event_count; i++)
        classroom_replay(room, &saved.events[i]);
    if (room) {
        char label[32], started[32];
        time_t when = (time_t)saved.started;
        struct tm local;
        localtime_r(&when, &local);
        strftime(started, sizeof started, "%Y-%m-%dT%H:%M", &local);
        snprintf(label, sizeof label, "%lld", (long long)id);
        ok = classroom_csv_rows(room, label, started, out);
    }
    classroom_free(room);
    stored_class_game_free(&saved);
    return ok;
}

int results_cli_run(const CliOptions *options, const GameConfig *config)
{
    const char *path = options->export_results;
    char message[512] = "";
    StoreOpenStatus status;
    Store *store =
        config->data_dir ? store_open(config->data_dir, &status, message, sizeof message) : NULL;
    if (!store) {
        fprintf(stderr, "herocity: no saved games to export%s%s\n", message[0] ? ": " : "",
                message);
        return 1;
    }
    static int64_t ids[GAMES_MAX];
    size_t count = store_class_games(store, ids, options->export_all ? GAMES_MAX : 1);
    BankLoader *loader = NULL;
    BankLibrary *library = NULL;
    char user_dir[LIMIT_PATH_BYTES];
    int result = 1;
    if (count == 0) {
        fprintf(stderr, "herocity: no classroom game has been played yet\n");
    } else if (load_configured_banks(config, &loader, &library, user_dir, sizeof user_dir)) {
        FILE *out = fopen(path, "wx"); /* an existing file is never replaced */
        if (!out) {
            fprintf(stderr, "herocity: cannot create %s: %s\n", path,
                    errno == EEXIST ? "it already exists (choose another name)" : strerror(errno));
        } else {
            bool ok = classroom_csv_header(out);
            size_t written = 0;
            for (size_t i = count; ok && i-- > 0;) /* the oldest first */
                written += write_game(store, library, ids[i], out);
            if (fclose(out) != 0 || !ok) {
                fprintf(stderr, "herocity: could not write all of %s; it was removed\n", path);
                unlink(path);
            } else {
                printf("wrote %zu classroom game(s) to %s\n", written, path);
                result = written > 0 ? 0 : 1;
            }
        }
    }
    library_free(library);
    loader_free(loader);
    store_close(store);
    return result;
}
