/* Screen geometry (see layout.h): one place for every size and box the screens use. */
#include "herocity/layout.h"

static int scaled(int px_at_1080, int reference_h, int percent)
{
    long px = (long)px_at_1080 * reference_h * percent / (1080L * 100L);
    return px < LAYOUT_MIN_TEXT_PX ? LAYOUT_MIN_TEXT_PX : (int)px;
}

static int clamp_scale(int scale_percent)
{
    if (scale_percent < LIMIT_TEXT_SCALE_MIN)
        return LIMIT_TEXT_SCALE_MIN;
    return scale_percent > LIMIT_TEXT_SCALE_MAX ? LIMIT_TEXT_SCALE_MAX : scale_percent;
}

int layout_reference_height(int window_w, int window_h)
{
    int from_width = window_w * 3 / 4;
    return from_width < window_h ? from_width : window_h;
}

FontSizes layout_font_sizes_at(int window_w, int window_h, int percent)
{
    int ref = layout_reference_height(window_w, window_h);
    FontSizes sizes = {
        .title = scaled(72, ref, percent),
        .prompt = scaled(48, ref, percent),
        .answer = scaled(38, ref, percent),
        .body = scaled(32, ref, percent),
        .status = scaled(28, ref, percent),
        /* The footer's keys follow the text size too: a projector's back row reads them. Its
         * buttons drop their key caps, then shrink, before a narrow window cuts one. */
        .footer = scaled(24, ref, percent),
    };
    return sizes;
}

FontSizes layout_font_sizes(int window_w, int window_h, int scale_percent)
{
    return layout_font_sizes_at(window_w, window_h, clamp_scale(scale_percent));
}

int layout_margin(int window_w, int window_h)
{
    return layout_reference_height(window_w, window_h) / 30;
}

int layout_gap(int window_w, int window_h)
{
    return layout_reference_height(window_w, window_h) / 60;
}

Rect layout_content(int window_w, int window_h, int ratio_w, int ratio_h)
{
    int margin = layout_margin(window_w, window_h);
    int content_w = window_w - 2 * margin;
    int max_w = window_h * ratio_w / ratio_h;
    if (content_w > max_w)
        content_w = max_w;
    Rect content = {(window_w - content_w) / 2, margin, content_w, window_h - 2 * margin};
    return content;
}

bool rect_contains(const Rect *rect, int x, int y)
{
    return x >= rect->x && y >= rect->y && x < rect->x + rect->w && y < rect->y + rect->h;
}

bool rect_inside(const Rect *inner, const Rect *outer)
{
    return inner->x >= outer->x && inner->y >= outer->y &&
           inner->x + inner->w <= outer->x + outer->w && inner->y + inner->h <= outer->y + outer->h;
}

bool rect_overlaps(const Rect *a, const Rect *b)
{
    if (a->w <= 0 || a->h <= 0 || b->w <= 0 || b->h <= 0)
        return false;
    return a->x < b->x + b->w && b->x < a->x + a->w && a->y < b->y + b->h && b->y < a->y + a->h;
}

void layout_menu(int window_w, int window_h, int scale_percent, int row_count, int row_px,
                 MenuLayout *out)
{
    FontSizes fs = layout_font_sizes(window_w, window_h, scale_percent);
    int margin = layout_margin(window_w, window_h);
    Rect content = layout_content(window_w, window_h, 4, 3);
    int left = content.x, content_w = content.w;
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
