/* Typing a name (see name_box.h). */
#include "name_box.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "widgets.h"

static void erase_last_character(char *text)
{
    size_t len = strlen(text);
    while (len > 0) {
        len--;
        if (((unsigned char)text[len] & 0xC0) != 0x80) /* not a continuation byte */
            break;
    }
    text[len] = '\0';
}

bool name_box_edit(char *name, size_t size, const Action *action)
{
    switch (action->type) {
    case ACTION_TEXT:
        /* An input method sends whole characters: one that does not fit is left out whole. */
        if (strlen(name) + strlen(action->text) < size)
            strcat(name, action->text);
        return true;
    case ACTION_ERASE: erase_last_character(name); return true;
    default: return false;
    }
}

static int field_height(Game *game)
{
    FontSizes fs = widgets_sizes(game);
    return text_line_height(game->text, FONT_BOLD, fs.answer) + fs.answer / 2;
}

int name_box_height(Game *game, int width, const char *ask)
{
    FontSizes fs = widgets_sizes(game);
    return text_height(game->text, ask, width, FONT_REGULAR, fs.body) + fs.body / 4 +
           field_height(game);
}

void name_box_draw(Game *game, const Rect *area, const char *ask, const char *name)
{
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    TextStyle body = {FONT_REGULAR, fs.body, t->text, ALIGN_LEFT};
    Rect r = *area;
    int used = text_draw(game->text, ask, &r, body) + fs.body / 4;
    Rect field = {area->x, area->y + used, area->w, field_height(game)};
    draw_fill(game->renderer, &field, t->surface);
    draw_outline(game->renderer, &field, 3, t->focus);
    char shown[LIMIT_NAME_BYTES * 2 + 8];
    snprintf(shown, sizeof shown, "%s_", name);
    TextStyle style = {FONT_BOLD, fs.answer, t->text, ALIGN_LEFT};
    const char *visible = shown;
    int room = field.w - fs.answer;
    while (*visible &&
           text_measure(game->text, FONT_BOLD, fs.answer, visible, strlen(visible)) > room) {
        visible++;
        while (((unsigned char)*visible & 0xC0) == 0x80)
            visible++;
    }
    text_draw_line(game->text, visible, field.x + fs.answer / 2, field.y + field.h / 2, style);
}
