/* Screen geometry (see layout.h): one place for every size and box the screens use. */
#include "herocity/layout.h"

static int scaled(int px_at_1080, int window_h, int scale_percent)
{
    long px = (long)px_at_1080 * window_h * scale_percent / (1080L * 100L);
    return px < LAYOUT_MIN_TEXT_PX ? LAYOUT_MIN_TEXT_PX : (int)px;
}

static int clamp_scale(int scale_percent)
{
    if (scale_percent < LIMIT_TEXT_SCALE_MIN)
        return LIMIT_TEXT_SCALE_MIN;
    return scale_percent > LIMIT_TEXT_SCALE_MAX ? LIMIT_TEXT_SCALE_MAX : scale_percent;
}

FontSizes layout_font_sizes(int window_h, int scale_percent)
{
    int s = clamp_scale(scale_percent);
    FontSizes sizes = {
        .title = scaled(72, window_h, s),
        .prompt = scaled(48, window_h, s),
        .answer = scaled(38, window_h, s),
        .body = scaled(32, window_h, s),
        .status = scaled(28, window_h, s),
        /* The footer does not grow with the text-size setting: it must never crowd the game. */
        .footer = scaled(24, window_h, 100),
    };
    return sizes;
}

/* The width of the centred content column: the window less its margins, but never wider than
 * ratio_w:ratio_h of the height, so lines stay readable on very wide windows. */
static int content_width(int window_w, int window_h, int margin, int ratio_w, int ratio_h,
                         int *left)
{
    int content_w = window_w - 2 * margin;
    int max_w = window_h * ratio_w / ratio_h;
    if (content_w > max_w)
        content_w = max_w;
    *left = (window_w - content_w) / 2;
    return content_w;
}

bool rect_contains(const Rect *rect, int x, int y)
{
    return x >= rect->x && y >= rect->y && x < rect->x + rect->w && y < rect->y + rect->h;
}

void layout_round(int window_w, int window_h, int scale_percent, int choice_count,
                  bool long_answers, bool feedback, RoundLayout *out)
{
    FontSizes fs = layout_font_sizes(window_h, scale_percent);
    int margin = window_h / 30;
    int gap = window_h / 60;
    int left = 0;
    int content_w = content_width(window_w, window_h, margin, 16, 9, &left);

    *out = (RoundLayout){0};
    out->padding = fs.answer / 3;
    out->status = (Rect){left, margin / 2, content_w, fs.status * 2};
    out->footer = (Rect){left, window_h - fs.footer * 2, content_w, fs.footer * 2};
    int top = out->status.y + out->status.h + gap;
    int bottom = out->footer.y - gap;
    int avail = bottom - top;

    if (choice_count < 1)
        choice_count = 1;
    if (choice_count > BANK_MAX_CHOICES)
        choice_count = BANK_MAX_CHOICES;
    int columns = (long_answers || choice_count < 2) ? 1 : 2;
    int rows = (choice_count + columns - 1) / columns;
    int tile_w = (content_w - (columns - 1) * gap) / columns;

    /* The prompt and the tiles stand in the same place before and after the answer, so the
     * marks appear on the tiles the player was looking at; the explanation panel takes the
     * room below them. Tiles get what they need, not more: the panel gets the rest. */
    int prompt_h = avail * 22 / 100;
    int panel_min = avail * 30 / 100;
    int grid_room = avail - prompt_h - panel_min - 2 * gap;
    int tile_h = (grid_room - (rows - 1) * gap) / rows;
    int max_tile_h = fs.answer * 3;
    if (tile_h > max_tile_h)
        tile_h = max_tile_h;
    int grid_h = rows * tile_h + (rows - 1) * gap;
    out->prompt = (Rect){left, top, content_w, prompt_h};
    int grid_top = top + prompt_h + gap;
    if (feedback)
        out->panel =
            (Rect){left, grid_top + grid_h + gap, content_w, bottom - (grid_top + grid_h + gap)};
    out->columns = columns;
    out->tile_count = choice_count;
    out->badge = tile_h - 2 * out->padding;
    if (out->badge > fs.answer * 2)
        out->badge = fs.answer * 2;
    for (int i = 0; i < choice_count; i++) {
        int row = i / columns, col = i % columns;
        out->tiles[i] =
            (Rect){left + col * (tile_w + gap), grid_top + row * (tile_h + gap), tile_w, tile_h};
    }
}

Rect layout_tile_text(const RoundLayout *layout, int index, bool feedback)
{
    const Rect *tile = &layout->tiles[index];
    int mark_w = feedback ? layout->badge : 0;
    int x = tile->x + 2 * layout->padding + layout->badge;
    Rect box = {x, tile->y + layout->padding / 2, tile->x + tile->w - x - layout->padding - mark_w,
                tile->h - layout->padding};
    return box;
}

int layout_prose_width(const RoundLayout *layout, const FontSizes *sizes)
{
    int prose_w = layout->panel.w - layout->padding * 4;
    int max_prose = sizes->body * 35; /* about 70 characters of body text */
    return prose_w < max_prose ? prose_w : max_prose;
}

int layout_source_width(const RoundLayout *layout) { return layout->panel.w - layout->padding * 4; }

void layout_panel(const RoundLayout *layout, const FontSizes *sizes, int source_h, PanelLayout *out)
{
    const Rect *panel = &layout->panel;
    int pad = layout->padding;
    int icon = sizes->body * 3 / 2;
    int prose_w = layout_prose_width(layout, sizes);
    out->icon = (Rect){panel->x + pad * 2, panel->y + pad, icon, icon};
    out->verdict =
        (Rect){out->icon.x + icon + pad, panel->y + pad, panel->w - icon - pad * 4, icon};
    int top = out->verdict.y + out->verdict.h + pad / 2;
    int bottom = panel->y + panel->h - pad;
    out->body = (Rect){panel->x + pad * 2, top, prose_w, bottom - top - source_h};
    /* A source is a list of titles, not prose: it may use the panel's whole width. */
    out->source =
        (Rect){panel->x + pad * 2, bottom - source_h, layout_source_width(layout), source_h};
}

void layout_menu(int window_w, int window_h, int scale_percent, int row_count, int row_px,
                 MenuLayout *out)
{
    FontSizes fs = layout_font_sizes(window_h, scale_percent);
    int margin = window_h / 30;
    int left = 0;
    int content_w = content_width(window_w, window_h, margin, 4, 3, &left);
    if (row_count > 16)
        row_count = 16;
    *out = (MenuLayout){0};
    out->heading = (Rect){left, margin, content_w, fs.title * 2};
    out->footer = (Rect){left, window_h - fs.footer * 2, content_w, fs.footer * 2};
    int top = out->heading.y + out->heading.h + margin / 2;
    int bottom = out->footer.y - margin / 2;
    int gap = row_px / 4;
    if (row_count > 0 && row_count * (row_px + gap) > bottom - top)
        row_px = (bottom - top) / row_count - gap;
    out->row_count = row_count;
    for (int i = 0; i < row_count; i++)
        out->rows[i] = (Rect){left, top + i * (row_px + gap), content_w, row_px};
}
