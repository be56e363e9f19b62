/* Settings: text size for projectors, fullscreen, sound, theme. Saved as soon as changed. */
#include <stdio.h>

#include "screen.h"
#include "strings.h"
#include "widgets.h"

enum { ROW_TEXT_SIZE, ROW_FULLSCREEN, ROW_SOUND, ROW_THEME, ROW_BACK, ROW_COUNT };

typedef struct {
    char text[ROW_COUNT][64];
    MenuRow rows[ROW_COUNT];
} SettingRows;

static void build_rows(const Game *game, SettingRows *out)
{
    const Settings *s = &game->settings;
    snprintf(out->text[ROW_TEXT_SIZE], 64, TXT_TEXT_SIZE_FMT, s->text_scale_percent);
    snprintf(out->text[ROW_FULLSCREEN], 64, TXT_FULLSCREEN_FMT, s->fullscreen ? TXT_ON : TXT_OFF);
    snprintf(out->text[ROW_SOUND], 64, TXT_SOUND_FMT, s->sound ? TXT_ON : TXT_OFF);
    snprintf(out->text[ROW_THEME], 64, TXT_THEME_FMT, s->theme);
    snprintf(out->text[ROW_BACK], 64, "%s", TXT_BACK);
    for (int i = 0; i < ROW_COUNT; i++)
        out->rows[i] = (MenuRow){out->text[i], NULL, false};
}

static void menu_layout(Game *game, MenuLayout *layout)
{
    widgets_list_layout(game, TXT_SETTINGS, NULL, ROW_COUNT, false, 1, true, layout);
}

typedef struct {
    MenuState menu;
    bool save_failed; /* said on this screen, where the change was made */
} SettingsState;

static void enter(Game *game, void *state, int arg)
{
    (void)game;
    (void)arg;
    ((SettingsState *)state)->menu = menu_state_at(0);
}

static void change(Game *game, SettingsState *state, int row, int direction)
{
    Settings *s = &game->settings;
    switch (row) {
    case ROW_TEXT_SIZE: {
        int scale = s->text_scale_percent + direction * LIMIT_TEXT_SCALE_STEP;
        if (scale > LIMIT_TEXT_SCALE_MAX)
            scale = LIMIT_TEXT_SCALE_MIN; /* Enter cycles round */
        if (scale < LIMIT_TEXT_SCALE_MIN)
            scale = LIMIT_TEXT_SCALE_MIN;
        s->text_scale_percent = scale;
        text_flush(game->text);
        break;
    }
    case ROW_FULLSCREEN: game_toggle_fullscreen(game); break;
    case ROW_SOUND: s->sound = !s->sound; break;
    case ROW_THEME: snprintf(s->theme, sizeof s->theme, "%s", theme_next(s->theme)); break;
    default: return;
    }
    state->save_failed = !game_save_settings(game) && game->store;
    game->dirty = true;
}

static void handle(Game *game, void *state, const Action *action)
{
    SettingsState *settings = state;
    SettingRows rows;
    build_rows(game, &rows);
    MenuLayout layout;
    menu_layout(game, &layout);
    switch (action->type) {
    case ACTION_BACK: game_pop(game); return;
    case ACTION_LEFT:
    case ACTION_RIGHT:
        change(game, settings, settings->menu.focus, action->type == ACTION_RIGHT ? 1 : -1);
        return;
    default: break;
    }
    bool changed = false;
    int picked =
        widgets_menu_handle(&settings->menu, &layout, rows.rows, ROW_COUNT, action, &changed);
    if (changed)
        game->dirty = true;
    if (picked == ROW_BACK)
        game_pop(game);
    else if (picked >= 0)
        change(game, settings, picked, 1);
}

static void draw(Game *game, void *state)
{
    SettingsState *settings = state;
    SettingRows rows;
    build_rows(game, &rows);
    MenuLayout layout;
    menu_layout(game, &layout);
    widgets_clear(game);
    widgets_heading(game, &layout.heading, TXT_SETTINGS, NULL);
    widgets_menu(game, &layout, rows.rows, ROW_COUNT, &settings->menu);
    if (settings->save_failed)
        widgets_notice(game, &layout.footer, TXT_SETTINGS_NOT_SAVED, false);
    static const FooterButton footer[] = {{KEY_UP_DOWN, TXT_DO_CHOOSE, ACTION_NONE, 0},
                                          {KEY_LEFT_RIGHT, TXT_DO_CHANGE, ACTION_NONE, 0},
                                          {KEY_ESC, TXT_DO_BACK, ACTION_BACK, 0}};
    widgets_footer(game, &layout.footer, footer, 3);
}

const Screen SCREEN_SETTINGS_DEF = {
    .name = "settings",
    .input_mode = INPUT_MENU,
    .state_size = sizeof(SettingsState),
    .enter = enter,
    .handle = handle,
    .draw = draw,
};
