/* Missed questions on the results screen, every answer at the end of a study session (see
 * missed_list.h). Every text is wrapped to the list's width at the text size, whole; the list is
 * a scroll view that moves by lines, so an item taller than the view can still be read to its
 * end. */
#include "missed_list.h"

#include <stdio.h>

#include "draw.h"
#include "strings.h"
#include "widgets.h"

typedef struct {
    const Question *question;
    char given[LIMIT_CHOICE_CHARS * 4 + 64];
    char right[LIMIT_CHOICE_CHARS * 4 + 64]; /* "" when the answer given was right */
    int prompt_h, given_h, right_h;
} MissedItem;

/* The items listed: the missed answers, or `every` answer given. */
static size_t item_count(const Game *game, bool every)
{
    if (!every)
        return session_missed_count(game->session);
    SessionSnapshot snap;
    session_snapshot(game->session, &snap);
    return (size_t)snap.answered_count;
}

static void measure_item(Game *game, bool every, size_t index, int width, MissedItem *item)
{
    FontSizes fs = widgets_sizes(game);
    const char *given = NULL;
    bool right = false;
    if (every) {
        session_given_answer(game->session, index, &item->question, &given, &right);
    } else {
        item->question = session_missed(game->session, index);
        given = session_missed_answer(game->session, index);
    }
    const Question *q = item->question;
    snprintf(item->given, sizeof item->given,
             right ? TXT_YOU_ANSWERED_RIGHT_FMT : TXT_YOUR_ANSWER_FMT, given);
    item->right[0] = '\0';
    if (!right)
        snprintf(item->right, sizeof item->right, TXT_RIGHT_ANSWER_FMT,
                 q->choices[q->correct_index]);
    item->prompt_h = text_height(game->text, q->prompt, width, FONT_REGULAR, fs.status);
    item->given_h =
        text_height(game->text, item->given, width - fs.status, FONT_REGULAR, fs.status);
    item->right_h = item->right[0] ? text_height(game->text, item->right, width - fs.status,
                                                 FONT_BOLD, fs.status)
                                   : 0;
}

/* An arrow button that scrolls the list by `step`. */
static void scroll_button(Game *game, const Rect *box, const char *label, int step)
{
    FontSizes fs = widgets_sizes(game);
    draw_fill(game->renderer, box, game->theme->surface);
    draw_outline(game->renderer, box, 1 + fs.status / 16, game->theme->outline);
    TextStyle style = {FONT_REGULAR, fs.status, game->theme->text, ALIGN_CENTER};
    Rect text_box = {box->x,
                     box->y + (box->h - text_line_height(game->text, FONT_REGULAR, fs.status)) / 2,
                     box->w, box->h};
    text_draw(game->text, label, &text_box, style);
    Action action = {.type = ACTION_SCROLL, .device = DEVICE_MOUSE, .choice = step};
    game_add_target(game, step > 0 ? "button Scroll down" : "button Scroll up", box, &action);
}

/* The list's content height from the top of the first item to the end of the last. */
static int content_height(Game *game, bool every, int width, size_t missed, int gap)
{
    int total = 0;
    for (size_t i = 0; i < missed; i++) {
        MissedItem item;
        measure_item(game, every, i, width, &item);
        total += item.prompt_h + item.given_h + item.right_h + gap;
    }
    return total;
}

/* The side of the two arrow buttons at the right of the heading. */
static int arrow_side(Game *game)
{
    FontSizes fs = widgets_sizes(game);
    return text_line_height(game->text, FONT_BOLD, fs.body) + fs.body / 4;
}

/* The heading's height, wrapped beside the arrow buttons (and at least their height). */
static int heading_height(Game *game, bool every, const Rect *area, size_t missed, char *text,
                          size_t size)
{
    if (every)
        snprintf(text, size, TXT_EVERY_ANSWER_FMT, missed);
    else if (missed)
        snprintf(text, size, TXT_MISSED_FMT, missed);
    else
        snprintf(text, size, "%s", TXT_NONE_MISSED);
    FontSizes fs = widgets_sizes(game);
    int side = arrow_side(game);
    int h = text_height(game->text, text, area->w - 2 * side - fs.body, FONT_BOLD, fs.body);
    return (h > side ? h : side) + fs.status / 2;
}

static int scroll_limit(Game *game, bool every, const Rect *area)
{
    FontSizes fs = widgets_sizes(game);
    size_t missed = item_count(game, every);
    int line_h = text_line_height(game->text, FONT_REGULAR, fs.status);
    char heading[96];
    int view_h = area->h - heading_height(game, every, area, missed, heading, sizeof heading);
    int over = content_height(game, every, area->w, missed, fs.status / 2) - view_h;
    return over > 0 ? (over + line_h - 1) / line_h : 0;
}

int missed_list_scroll_limit(Game *game, const Rect *area)
{
    return scroll_limit(game, false, area);
}

int answer_list_scroll_limit(Game *game, const Rect *area)
{
    return scroll_limit(game, true, area);
}

static void draw_list(Game *game, bool every, const Rect *area, int scroll)
{
    FontSizes fs = widgets_sizes(game);
    const Theme *t = game->theme;
    size_t missed = item_count(game, every);
    char heading[96];
    int heading_h = heading_height(game, every, area, missed, heading, sizeof heading);
    int side = arrow_side(game);
    Rect line = {area->x, area->y, area->w - 2 * side - fs.body, heading_h};
    TextStyle head = {FONT_BOLD, fs.body, t->text, ALIGN_LEFT};
    text_draw(game->text, heading, &line, head);
    if (missed == 0)
        return;
    /* A scroll view: the arrows beside the heading, the items clipped to the space below. */
    int line_h = text_line_height(game->text, FONT_REGULAR, fs.status);
    Rect down = {area->x + area->w - side, area->y, side, side};
    Rect up = {down.x - side - fs.body / 2, area->y, side, side};
    Rect view = {area->x, area->y + heading_h, area->w, area->h - heading_h};
    int gap = fs.status / 2;
    int offset = scroll * line_h;
    SDL_Rect clip = {view.x, view.y, view.w, view.h};
    SDL_RenderSetClipRect(game->renderer, &clip);
    TextStyle body = {FONT_REGULAR, fs.status, t->text, ALIGN_LEFT};
    TextStyle right = {FONT_BOLD, fs.status, t->text, ALIGN_LEFT};
    int item_y = view.y - offset;
    bool more_below = false;
    for (size_t i = 0; i < missed; i++) {
        MissedItem item;
        measure_item(game, every, i, area->w, &item);
        int h = item.prompt_h + item.given_h + item.right_h;
        if (item_y + h > view.y && item_y < view.y + view.h) {
            const Question *q = item.question;
            Rect prompt = {area->x, item_y, area->w, item.prompt_h};
            text_draw(game->text, q->prompt, &prompt, body);
            Rect given = {area->x + fs.status, item_y + item.prompt_h, area->w - fs.status,
                          item.given_h};
            text_draw(game->text, item.given, &given, body);
            Rect answer = {area->x + fs.status, given.y + item.given_h, area->w - fs.status,
                           item.right_h};
            if (item.right[0])
                text_draw(game->text, item.right, &answer, right);
        }
        more_below = more_below || item_y + h > view.y + view.h;
        item_y += h + gap;
    }
    SDL_RenderSetClipRect(game->renderer, NULL);
    if (scroll > 0)
        scroll_button(game, &up, TXT_SCROLL_UP, -1);
    if (more_below)
        scroll_button(game, &down, TXT_SCROLL_DOWN, +1);
}

void missed_list_draw(Game *game, const Rect *area, int scroll)
{
    draw_list(game, false, area, scroll);
}

void answer_list_draw(Game *game, const Rect *area, int scroll)
{
    draw_list(game, true, area, scroll);
}
