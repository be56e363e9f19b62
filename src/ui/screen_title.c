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

static void handle(Game *game, const Action *action)
{
    MenuLayout layout;
    menu_layout(game, &layout);
    MenuState *state = &game->menu[SCREEN_TITLE];
    if (action->type == ACTION_BACK) {
        game->quit = true;
        return;
    }
    bool changed = false;
    int picked = widgets_menu_handle(state, &layout, rows, ROW_COUNT, action, &changed);
    if (changed)
        game->dirty = true;
    switch (picked) {
    case ROW_PLAY:
        game->menu[SCREEN_BANKS].focus = 0;
        game_push(game, SCREEN_BANKS);
        break;
    case ROW_SCORES:
        game->scores_table = 0;
        game_push(game, SCREEN_HIGHSCORES);
        break;
    case ROW_SETTINGS: game_push(game, SCREEN_SETTINGS); break;
    case ROW_QUIT: game->quit = true; break;
    default: break;
    }
}

static void draw(Game *game)
{
    MenuLayout layout;
    menu_layout(game, &layout);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, TXT_GAME_NAME, TXT_TAGLINE);
    widgets_menu(game, &layout, rows, ROW_COUNT, &game->menu[SCREEN_TITLE]);
    if (game->notice[0]) {
        FontSizes fs = widgets_sizes(game);
        Rect notice = {layout.footer.x, layout.footer.y - fs.body * 3, layout.footer.w,
                       fs.body * 3};
        TextStyle style = {FONT_REGULAR, fs.footer, game->theme->text, ALIGN_CENTER};
        text_draw(game->text, game->notice, &notice, style);
    }
    widgets_footer(game, &layout.footer, TXT_FOOTER_MENU);
}

const Screen SCREEN_TITLE_DEF = {"title", INPUT_MENU, NULL, handle, draw};
