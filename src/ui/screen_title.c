/* Title screen: the name, one line on what the game is, and the main menu, between the emblem
 * and the map of the thirteen places. */
#include <string.h>

#include "map_view.h"
#include "picture.h"
#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { ROW_PLAY, ROW_STUDY, ROW_CLASSROOM, ROW_SCORES, ROW_SETTINGS, ROW_QUIT, ROW_COUNT };

static const MenuRow rows[ROW_COUNT] = {
    {TXT_PLAY, NULL, false},        {TXT_STUDY, NULL, false},    {TXT_CLASSROOM, NULL, false},
    {TXT_HIGH_SCORES, NULL, false}, {TXT_SETTINGS, NULL, false}, {TXT_QUIT, NULL, false},
};

static void menu_layout(Game *game, MenuLayout *layout)
{
    /* A line above the footer only when there is something to say (saving does not work). */
    int notice_lines = game->store_status != STORE_OPENED || game->title_notice ? 1 : 0;
    widgets_list_layout(game, TXT_GAME_NAME, TXT_TAGLINE, ROW_COUNT, false, notice_lines, true,
                        layout);
    /* A short menu reads best as a centred column, wide enough for its longest label. */
    FontSizes fs = widgets_sizes(game);
    int w = 0;
    for (int i = 0; i < ROW_COUNT; i++) {
        int label =
            text_measure(game->text, FONT_BOLD, fs.answer, rows[i].label, strlen(rows[i].label)) +
            fs.answer * 2;
        w = label > w ? label : w;
    }
    w = w > layout->heading.w / 2 ? w : layout->heading.w / 2;
    w = w < layout->heading.w ? w : layout->heading.w;
    for (int i = 0; i < layout->row_count; i++) {
        layout->rows[i].x = layout->heading.x + (layout->heading.w - w) / 2;
        layout->rows[i].w = w;
    }
}

typedef struct {
    MenuState menu;
} TitleState;

static void enter(Game *game, void *state, int arg)
{
    (void)game;
    (void)arg;
    ((TitleState *)state)->menu = menu_state_at(0);
}

static void handle(Game *game, void *state, const Action *action)
{
    TitleState *title = state;
    MenuLayout layout;
    menu_layout(game, &layout);
    if (action->type == ACTION_BACK) {
        game->quit = true;
        return;
    }
    bool changed = false;
    int picked = widgets_menu_handle(&title->menu, &layout, rows, ROW_COUNT, action, &changed);
    if (changed)
        game->dirty = true;
    if (picked >= 0)
        game->title_notice = NULL; /* read: the title says it no more */
    switch (picked) {
    case ROW_PLAY: game_push(game, SCREEN_BANKS, 0); break;
    case ROW_STUDY: game_push(game, SCREEN_LEARNERS, 0); break;
    case ROW_CLASSROOM: game_push(game, SCREEN_CLASS_SETUP, 0); break;
    case ROW_SCORES: game_push(game, SCREEN_HIGHSCORES, 0); break;
    case ROW_SETTINGS: game_push(game, SCREEN_SETTINGS, 0); break;
    case ROW_QUIT: game->quit = true; break;
    default: break;
    }
}

/* In the room the centred menu leaves on either side, below the heading: the emblem on the
 * left, level with the menu, and the map with every place named on the right. */
static void draw_pictures(Game *game, const MenuLayout *layout)
{
    int margin = layout_margin(game->width, game->height);
    const Rect *first = &layout->rows[0], *last = &layout->rows[layout->row_count - 1];
    int top = layout->heading.y + layout->heading.h + margin;
    int bottom = layout->footer.y - margin;
    /* Clear of the scroll bar a long menu has beside it (widgets_menu). */
    int right_x = first->x + first->w + margin + widgets_sizes(game).footer * 2 / 3;
    Rect right = {right_x, top, game->width - margin - right_x, bottom - top};
    MapShow show = {.name_all = true};
    map_view_draw(game->map_view, game, &right, &show);
    Rect left = {margin, top, first->x - 2 * margin, bottom - top};
    Rect emblem = picture_fit(game->emblem, &left, left.w * 4 / 5);
    int level = (first->y + last->y + last->h) / 2 - emblem.h / 2;
    emblem.y = level < top ? top : level + emblem.h > bottom ? bottom - emblem.h : level;
    picture_draw(game->emblem, game->renderer, &emblem);
}

static void draw(Game *game, void *state)
{
    TitleState *title = state;
    MenuLayout layout;
    menu_layout(game, &layout);
    widgets_clear(game);
    draw_pictures(game, &layout);
    widgets_heading(game, &layout.heading, TXT_GAME_NAME, TXT_TAGLINE);
    widgets_menu(game, &layout, rows, ROW_COUNT, &title->menu);
    if (game->title_notice)
        widgets_notice(game, &layout.footer, game->title_notice, false);
    else if (game->store_status != STORE_OPENED) /* the player should know before playing */
        widgets_notice(game, &layout.footer, game->store_message, false);
    static const FooterButton footer[] = {{KEY_UP_DOWN, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                          {KEY_F11, TXT_DO_FULLSCREEN, ACTION_FULLSCREEN, 0},
                                          {KEY_ESC, TXT_DO_QUIT, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 3);
}

const Screen SCREEN_TITLE_DEF = {
    .name = "title",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(TitleState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
};
