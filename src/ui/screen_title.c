/* Title screen: the name, one line on what the game is, and the main menu. */
#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { ROW_PLAY, ROW_SCORES, ROW_SETTINGS, ROW_QUIT, ROW_COUNT };

static const MenuRow rows[ROW_COUNT] = {
    {TXT_PLAY, NULL, false},
    {TXT_HIGH_SCORES, NULL, false},
    {TXT_SETTINGS, NULL, false},
    {TXT_QUIT, NULL, false},
};

static void menu_layout(const Game *game, MenuLayout *layout)
{
    FontSizes fs = widgets_sizes(game);
    layout_menu(game->width, game->height, game->settings.text_scale_percent, ROW_COUNT,
                fs.answer * 2, layout);
    /* Leave room for the tagline under the name. */
    int shift = fs.status * 3;
    layout->heading.h += shift;
    for (int i = 0; i < layout->row_count; i++)
        layout->rows[i].y += shift;
    /* A short menu reads best as a centred column. */
    for (int i = 0; i < layout->row_count; i++) {
        int w = layout->rows[i].w / 2;
        int min_w = fs.answer * 10;
        if (w < min_w)
            w = min_w < layout->rows[i].w ? min_w : layout->rows[i].w;
        layout->rows[i].x += (layout->rows[i].w - w) / 2;
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
    switch (picked) {
    case ROW_PLAY: game_push(game, SCREEN_BANKS, 0); break;
    case ROW_SCORES: game_push(game, SCREEN_HIGHSCORES, 0); break;
    case ROW_SETTINGS: game_push(game, SCREEN_SETTINGS, 0); break;
    case ROW_QUIT: game->quit = true; break;
    default: break;
    }
}

static void draw(Game *game, void *state)
{
    TitleState *title = state;
    MenuLayout layout;
    menu_layout(game, &layout);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, TXT_GAME_NAME, TXT_TAGLINE);
    widgets_menu(game, &layout, rows, ROW_COUNT, &title->menu);
    if (game->store_status != STORE_OPENED) { /* the player should know before playing */
        FontSizes fs = widgets_sizes(game);
        Rect notice = {layout.footer.x, layout.footer.y - fs.body * 3, layout.footer.w,
                       fs.body * 3};
        TextStyle style = {FONT_REGULAR, fs.footer, game->theme->text, ALIGN_CENTER};
        text_draw(game->text, game->store_message, &notice, style);
    }
    widgets_footer(game, &layout.footer, TXT_FOOTER_MENU);
}

const Screen SCREEN_TITLE_DEF = {
    .name = "title",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(TitleState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
};
