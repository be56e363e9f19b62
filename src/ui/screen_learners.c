/* Who is studying: every learner by name, with how far each has come, and "Add a learner".
 * Enter studies as the learner focused, F2 renames, Delete deletes after asking. A name is typed
 * into a box under the list, as the results screen's high-score name is. */
#include <stdio.h>
#include <string.h>

#include "name_box.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { LEARNERS_MAX = 100, DETAIL_BYTES = 160, ASK_BYTES = 320 };

typedef enum { TYPING_NONE, TYPING_NEW, TYPING_RENAME } Typing;

typedef struct {
    MenuState menu;
    Learner learners[LEARNERS_MAX];
    int count; /* learners listed; the row after them adds one */
    char details[LEARNERS_MAX][DETAIL_BYTES];
    MenuRow rows[LEARNERS_MAX + 1];
    unsigned built_at; /* game->study.changes when the list was read */
    Typing typing;
    int64_t renaming; /* the learner being renamed */
    char name[LIMIT_NAME_BYTES + 1];
    char ask[ASK_BYTES]; /* the question above the box */
} LearnersState;

static bool can_save(const Game *game)
{
    return game->store && game->store_status != STORE_READ_ONLY;
}

static void build_list(Game *game, LearnersState *s)
{
    s->count = (int)store_list_learners(game->store, s->learners, LEARNERS_MAX);
    for (int i = 0; i < s->count; i++) {
        StudyProgress totals;
        game_study_totals(game, s->learners[i].id, &totals);
        snprintf(s->details[i], DETAIL_BYTES, TXT_LEARNER_DETAIL_FMT, totals.mastered,
                 totals.questions, totals.due);
        s->rows[i] = (MenuRow){s->learners[i].name, s->details[i], false};
    }
    s->rows[s->count] = (MenuRow){TXT_ADD_LEARNER, TXT_ADD_LEARNER_DETAIL, !can_save(game)};
    if (s->menu.focus > s->count)
        s->menu = menu_state_at(s->count);
    s->built_at = game->study.changes;
}

/* The list as it is in the store: a learner added, renamed or deleted elsewhere shows. */
static void refresh(Game *game, LearnersState *s)
{
    if (s->built_at != game->study.changes)
        build_list(game, s);
}

/* The name box takes the lines above the footer while a name is typed; a notice one line. */
static void menu_layout(Game *game, LearnersState *s, MenuLayout *layout)
{
    FontSizes fs = widgets_sizes(game);
    int lines = can_save(game) ? 0 : 1;
    if (s->typing) {
        MenuLayout page;
        layout_menu(game->width, game->height, game->settings.text_scale_percent, 0, 0, &page);
        int box_h = name_box_height(game, page.heading.w, s->ask) + fs.body / 2;
        lines = (box_h + fs.footer * 2 - 1) / (fs.footer * 2);
    }
    widgets_list_layout(game, TXT_WHO_STUDIES, TXT_LEARNERS_SUBTITLE, s->count + 1, true, lines,
                        false, layout);
    /* The row being renamed stays in sight above the box. */
    MenuState *m = &s->menu;
    if (m->focus >= m->scroll + layout->row_count)
        m->scroll = m->focus - layout->row_count + 1;
}

static void start_typing(LearnersState *s, Typing typing)
{
    s->typing = typing;
    s->name[0] = '\0';
    snprintf(s->ask, sizeof s->ask, "%s", TXT_TYPE_NEW_NAME);
    if (typing == TYPING_RENAME) {
        const Learner *learner = &s->learners[s->menu.focus];
        s->renaming = learner->id;
        snprintf(s->name, sizeof s->name, "%s", learner->name);
        snprintf(s->ask, sizeof s->ask, TXT_TYPE_RENAME_FMT, learner->name);
    }
}

static void enter(Game *game, void *state, int arg)
{
    (void)arg;
    LearnersState *s = state;
    s->menu = menu_state_at(0);
    build_list(game, s);
    if (s->count == 0 && can_save(game)) /* nobody yet: the first thing to do is type a name */
        start_typing(s, TYPING_NEW);
}

static void study_as(Game *game, const Learner *learner)
{
    game->study.learner = *learner;
    game_push(game, SCREEN_STUDY, 0);
}

static void focus_learner(LearnersState *s, int64_t id)
{
    for (int i = 0; i < s->count; i++)
        if (s->learners[i].id == id)
            s->menu = menu_state_at(i);
}

/* Adds or renames; on success a new learner starts studying at once (that is why the name was
 * typed), and on failure the question above the box says why. */
static void save_name(Game *game, LearnersState *s)
{
    Learner added = {0};
    int64_t id = s->renaming;
    LearnerStatus status = s->typing == TYPING_NEW
                               ? store_add_learner(game->store, s->name, &added)
                               : store_rename_learner(game->store, s->renaming, s->name);
    if (status == LEARNER_OK) {
        Typing was = s->typing;
        s->typing = TYPING_NONE;
        game->study.changes++;
        build_list(game, s);
        focus_learner(s, was == TYPING_NEW ? added.id : id);
        if (was == TYPING_NEW)
            study_as(game, &added);
        else if (game->study.learner.id == id)
            game_study_use_learner(game, s->name, false);
        return;
    }
    if (status == LEARNER_NAME_TAKEN)
        snprintf(s->ask, sizeof s->ask, TXT_NAME_TAKEN_FMT, s->name);
    else if (status == LEARNER_BAD_NAME)
        snprintf(s->ask, sizeof s->ask, "%s", TXT_NAME_BAD);
    else
        snprintf(s->ask, sizeof s->ask, "%s", TXT_NAME_NOT_SAVED);
}

static void handle_typing(Game *game, LearnersState *s, const Action *action)
{
    if (name_box_edit(s->name, sizeof s->name, action)) {
        game->dirty = true;
        return;
    }
    switch (action->type) {
    case ACTION_BACK: s->typing = TYPING_NONE; break;
    case ACTION_ACCEPT: save_name(game, s); break;
    default: return;
    }
    game->dirty = true;
}

static void handle(Game *game, void *state, const Action *action)
{
    LearnersState *s = state;
    refresh(game, s);
    if (s->typing) {
        handle_typing(game, s, action);
        return;
    }
    bool on_learner = s->menu.focus >= 0 && s->menu.focus < s->count;
    switch (action->type) {
    case ACTION_BACK: game_pop(game); return;
    case ACTION_RENAME:
        if (on_learner && can_save(game))
            start_typing(s, TYPING_RENAME);
        game->dirty = true;
        return;
    case ACTION_DELETE:
        if (on_learner && can_save(game)) {
            game->study.learner = s->learners[s->menu.focus];
            game_push(game, SCREEN_CONFIRM_LEAVE, CONFIRM_DELETE_LEARNER);
        }
        return;
    default: break;
    }
    MenuLayout layout;
    menu_layout(game, s, &layout);
    bool changed = false;
    int picked = widgets_menu_handle(&s->menu, &layout, s->rows, s->count + 1, action, &changed);
    if (changed)
        game->dirty = true;
    if (picked == s->count)
        start_typing(s, TYPING_NEW);
    else if (picked >= 0)
        study_as(game, &s->learners[picked]);
}

static InputMode mode(const void *state)
{
    return ((const LearnersState *)state)->typing ? INPUT_TEXT : INPUT_MENU;
}

static void draw(Game *game, void *state)
{
    LearnersState *s = state;
    refresh(game, s);
    MenuLayout layout;
    menu_layout(game, s, &layout);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, TXT_WHO_STUDIES, TXT_LEARNERS_SUBTITLE);
    widgets_menu(game, &layout, s->rows, s->count + 1, &s->menu);
    if (s->typing) {
        FontSizes fs = widgets_sizes(game);
        Rect box = {layout.heading.x, layout.footer.y + fs.body / 2, layout.heading.w,
                    name_box_height(game, layout.heading.w, s->ask)};
        name_box_draw(game, &box, s->ask, s->name);
        static const FooterButton typing[] = {{KEY_ENTER, TXT_DO_SAVE, ACTION_ACCEPT, 0},
                                              {KEY_ESC, TXT_DO_CANCEL, ACTION_BACK, 0}};
        widgets_footer(game, &layout.footer, typing, 2);
        return;
    }
    if (!can_save(game)) /* why nobody can be added */
        widgets_notice(game, &layout.footer, TXT_NO_LEARNERS_SAVED, false);
    static const FooterButton footer[] = {{KEY_UP_DOWN, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                          {KEY_ENTER, TXT_DO_STUDY, ACTION_ACCEPT, 0},
                                          {KEY_F2, TXT_DO_RENAME, ACTION_RENAME, 0},
                                          {KEY_DELETE, TXT_DO_DELETE, ACTION_DELETE, 0},
                                          {KEY_ESC, TXT_DO_BACK, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 5);
}

static bool query(Game *game, void *state, const char *name, char *out, size_t size)
{
    LearnersState *s = state;
    refresh(game, s);
    if (strcmp(name, "learners") == 0)
        snprintf(out, size, "%d", s->count);
    else if (strcmp(name, "focus") == 0)
        snprintf(out, size, "%s", s->menu.focus >= 0 ? s->rows[s->menu.focus].label : "none");
    else if (strcmp(name, "name_box") == 0)
        snprintf(out, size, "%s", s->typing ? "yes" : "no");
    else if (strcmp(name, "ask") == 0) /* the question above the name box */
        snprintf(out, size, "%s", s->typing ? s->ask : "none");
    else if (strcmp(name, "detail") == 0) /* the focused learner's figures */
        snprintf(out, size, "%s", s->menu.focus >= 0 ? s->rows[s->menu.focus].detail : "none");
    else
        return false;
    return true;
}

const Screen SCREEN_LEARNERS_DEF = {
    .name = "learners",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(LearnersState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
    .mode = mode,
    .query = query,
};
