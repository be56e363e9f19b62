/* The round plan (see round_plan.h): the question and feedback screens' boxes, worked out from
 * what their texts need. */
#include "herocity/round_plan.h"

#include <stdio.h>
#include <string.h>

const int ROUND_GROWTHS[ROUND_GROWTH_COUNT] = {150, 137, 125, 112, 100, ROUND_GROWTH_MIN};

void round_texts_make(const Question *q, const char *const *choices, int correct_choice,
                      RoundTexts *out)
{
    out->prompt = q->prompt;
    out->choice_count = q->choice_count;
    for (int i = 0; i < q->choice_count; i++)
        out->choices[i] = choices[i];
    out->explanation = q->explanation;
    out->source[0] = '\0';
    if (q->source[0])
        (void)snprintf(out->source, sizeof out->source, FIT_SOURCE_FORMAT, q->source);
    (void)snprintf(out->verdict, sizeof out->verdict, FIT_WORST_VERDICT_FORMAT,
                   choices[correct_choice]);
}

static int max_int(int a, int b) { return a > b ? a : b; }

static int line_height(const FontMetrics *metrics, bool bold, int px)
{
    return metrics->line_height(metrics->context, bold, px);
}

/* A placement whose box is as tall as the text needs at this width. */
static TextPlacement measured(const FontMetrics *metrics, const char *text, int width, bool bold,
                              int px)
{
    int needed = text[0] ? fit_text_height(metrics, text, width, bold, px) : 0;
    TextPlacement placement = {{0, 0, width, needed}, px, bold, needed, true};
    return placement;
}

/* A box whose height the squeeze may take lines from. */
typedef struct {
    int *height;
    int line_h;
    int times;  /* rows of tiles share one text height: each line taken counts once a row */
    int floor;  /* taking lines below this saves nothing (a tile is at least a badge high) */
    int needed; /* the height before any was taken */
} Squeezable;

enum { SQUEEZABLE_MAX = 4 };

/* Takes `excess` pixels from items[first..count) in whole lines, from the one that takes the
 * most room first, leaving each at least min_lines; with `only_squeezed`, only from boxes
 * already short of their text, so that the blame stays where it was laid. Returns what is still
 * to take. */
static int squeeze(Squeezable *items, int first, int count, int excess, int min_lines,
                   bool only_squeezed)
{
    bool done[SQUEEZABLE_MAX] = {false};
    while (excess > 0) {
        int pick = -1, most = 0;
        for (int i = first; i < count; i++) {
            int room = max_int(*items[i].height, items[i].floor) * items[i].times;
            bool eligible = !only_squeezed || *items[i].height < items[i].needed;
            if (!done[i] && eligible && *items[i].height > min_lines * items[i].line_h &&
                room > most) {
                pick = i;
                most = room;
            }
        }
        if (pick < 0)
            break;
        Squeezable *item = &items[pick];
        done[pick] = true;
        int target = *item->height - (excess + item->times - 1) / item->times;
        int lines = target > 0 ? target / item->line_h : 0;
        int shrunk = max_int(lines, min_lines) * item->line_h;
        excess -=
            (max_int(*item->height, item->floor) - max_int(shrunk, item->floor)) * item->times;
        *item->height = shrunk;
    }
    return excess;
}

/* What the texts need at the plan's sizes, before the room is shared out. */
typedef struct {
    int gap, rows, tile_w, text_w;
    int prompt_h, tile_text_h, verdict_row_h, explanation_h, source_h;
    bool with_panel;    /* the feedback phase: the panel takes its room below the tiles */
    bool wide;          /* a window at least 3:2 keeps a fifth of the panel for the map */
    int prose_w, map_w; /* the map's 0: no room for it */
    bool map_from_top, map_to_bottom; /* the verdict, the source fit left of the map */
} Needs;

/* Tile width and the width left for its text for this many columns. */
static void tile_widths(const RoundPlan *plan, int content_w, int gap, int columns, Needs *needs)
{
    needs->tile_w = (content_w - (columns - 1) * gap) / columns;
    needs->text_w = needs->tile_w - 4 * plan->padding - 2 * plan->badge;
}

/* Two columns unless an answer needs more than two lines in one (or `two_anyway`). */
static void measure_answers(const FontMetrics *metrics, const RoundTexts *texts, RoundPlan *plan,
                            int content_w, bool two_anyway, Needs *needs)
{
    int px = plan->sizes.answer;
    int two_lines = 2 * line_height(metrics, false, px);
    plan->columns = plan->tile_count < 2 ? 1 : 2;
    tile_widths(plan, content_w, needs->gap, plan->columns, needs);
    for (int i = 0; i < plan->tile_count; i++) {
        plan->answers[i] = measured(metrics, texts->choices[i], needs->text_w, false, px);
        if (plan->columns == 2 && !two_anyway && plan->answers[i].height_needed > two_lines) {
            plan->columns = 1;
            tile_widths(plan, content_w, needs->gap, 1, needs);
            i = -1; /* measure them all again at the single column's width */
        }
    }
    needs->rows = (plan->tile_count + plan->columns - 1) / plan->columns;
    needs->tile_text_h = 0;
    for (int i = 0; i < plan->tile_count; i++)
        needs->tile_text_h = max_int(needs->tile_text_h, plan->answers[i].height_needed);
}

/* The panel's parts, measured at the panel's inner width; prose is wrapped narrower, at about
 * 70 characters a line, to stay readable, and short of the map's fifth on a wide window. */
static void measure_panel(const FontMetrics *metrics, const RoundTexts *texts, RoundPlan *plan,
                          int content_w, Needs *needs)
{
    int pad = plan->padding, body = plan->sizes.body;
    int inner_w = content_w - 4 * pad;
    int icon = body * 3 / 2;
    plan->icon = (Rect){0, 0, icon, icon};
    plan->verdict = measured(metrics, texts->verdict, inner_w - icon - pad, true, body);
    needs->verdict_row_h = max_int(icon, plan->verdict.height_needed);
    int map_room = needs->wide ? inner_w / 5 + 2 * pad : 0;
    int prose_w = inner_w - map_room < body * 35 ? inner_w - map_room : body * 35;
    plan->explanation = measured(metrics, texts->explanation, prose_w, false, body);
    plan->source = measured(metrics, texts->source, inner_w, false, plan->sizes.status);
    needs->explanation_h = plan->explanation.height_needed;
    needs->source_h = plan->source.height_needed;
    /* The map, right of the prose, where it has room to show a place. The verdict and the
     * source wrap short of it only where that costs them no line: the panel keeps its height. */
    needs->prose_w = prose_w;
    needs->map_w = inner_w - prose_w - 2 * pad >= body * 4 ? inner_w - prose_w - 2 * pad : 0;
    if (needs->map_w == 0)
        return;
    TextPlacement verdict = measured(metrics, texts->verdict, prose_w - icon - pad, true, body);
    TextPlacement source = measured(metrics, texts->source, prose_w, false, plan->sizes.status);
    needs->map_from_top = verdict.height_needed <= plan->verdict.height_needed;
    needs->map_to_bottom = source.height_needed <= plan->source.height_needed;
    plan->verdict = needs->map_from_top ? verdict : plan->verdict;
    plan->source = needs->map_to_bottom ? source : plan->source;
}

/* A text the question has is set off by half a padding, even when squeezed to nothing. */
static int panel_height(const RoundPlan *plan, const Needs *needs)
{
    if (!needs->with_panel)
        return 0;
    int pad = plan->padding;
    int h = pad + needs->verdict_row_h + pad;
    if (plan->explanation.height_needed > 0)
        h += pad / 2 + needs->explanation_h;
    if (plan->source.height_needed > 0)
        h += pad / 2 + needs->source_h;
    return h;
}

/* Shares out the height between the status bar and the footer: returns the prompt box's height
 * and grows or squeezes the others. */
static int share_height(const FontMetrics *metrics, RoundPlan *plan, Needs *needs, int avail,
                        int *tile_h)
{
    int prompt_box = needs->prompt_h;
    int badge_floor = plan->badge;
    Squeezable items[SQUEEZABLE_MAX] = {
        {&prompt_box, line_height(metrics, true, plan->sizes.prompt), 1, 0, prompt_box},
        {&needs->tile_text_h, line_height(metrics, false, plan->sizes.answer), needs->rows,
         badge_floor, needs->tile_text_h},
        {&needs->explanation_h, line_height(metrics, false, plan->sizes.body), 1, 0,
         needs->explanation_h},
        {&needs->source_h, line_height(metrics, false, plan->sizes.status), 1, 0, needs->source_h},
    };
    int grid_gaps = (needs->rows - 1) * needs->gap;
    int fixed = 2 * needs->gap + grid_gaps + needs->rows * 2 * plan->padding;
    int used = prompt_box + needs->rows * max_int(needs->tile_text_h, badge_floor) +
               panel_height(plan, needs) + fixed;
    int excess = used - avail;
    if (excess > 0) {
        /* At least a line of each text; then nothing of those already cut, the prompt last:
         * a question must at least be asked. */
        excess = squeeze(items, 0, SQUEEZABLE_MAX, excess, 1, false);
        excess = squeeze(items, 1, SQUEEZABLE_MAX, excess, 0, true);
        excess = squeeze(items, 1, SQUEEZABLE_MAX, excess, 0, false);
        squeeze(items, 0, SQUEEZABLE_MAX, excess, 0, false);
        *tile_h = max_int(needs->tile_text_h, badge_floor) + 2 * plan->padding;
        return prompt_box;
    }
    /* Room to spare: taller tiles first (easier to hit), then space around the prompt. */
    int leftover = -excess;
    *tile_h = max_int(needs->tile_text_h, badge_floor) + 2 * plan->padding;
    int extra = leftover / needs->rows;
    if (extra > *tile_h / 2)
        extra = *tile_h / 2;
    *tile_h += extra;
    return prompt_box + leftover - extra * needs->rows;
}

static void set_box(TextPlacement *placement, int x, int y, int w, int h)
{
    placement->box = (Rect){x, y, w, h};
    placement->fits = placement->height_needed <= h;
}

static void place_tiles(RoundPlan *plan, const Needs *needs, const Rect *content, int top,
                        int tile_h)
{
    int pad = plan->padding, badge = plan->badge;
    for (int i = 0; i < plan->tile_count; i++) {
        int row = i / plan->columns, col = i % plan->columns;
        Rect tile = {content->x + col * (needs->tile_w + needs->gap),
                     top + row * (tile_h + needs->gap), needs->tile_w, tile_h};
        int badge_y = tile.y + (tile_h - badge) / 2;
        plan->tiles[i] = tile;
        plan->badges[i] = (Rect){tile.x + pad, badge_y, badge, badge};
        plan->marks[i] = (Rect){tile.x + tile.w - pad - badge, badge_y, badge, badge};
        set_box(&plan->answers[i], tile.x + 2 * pad + badge, tile.y + pad, needs->text_w,
                tile_h - 2 * pad);
    }
}

static void place_panel(RoundPlan *plan, const Needs *needs, const Rect *content, int top)
{
    int pad = plan->padding;
    int x = content->x + 2 * pad;
    plan->icon.x = x;
    plan->icon.y = top + pad;
    set_box(&plan->verdict, x + plan->icon.w + pad, top + pad, plan->verdict.box.w,
            needs->verdict_row_h);
    int y = top + pad + needs->verdict_row_h;
    if (plan->explanation.height_needed > 0)
        y += pad / 2;
    set_box(&plan->explanation, x, y, plan->explanation.box.w, needs->explanation_h);
    y += needs->explanation_h;
    if (plan->source.height_needed > 0)
        y += pad / 2;
    set_box(&plan->source, x, y, plan->source.box.w, needs->source_h);
    plan->panel = (Rect){content->x, top, content->w, panel_height(plan, needs)};
    int map_top = needs->map_from_top ? top + pad : plan->explanation.box.y;
    int map_bottom = needs->map_to_bottom ? top + plan->panel.h - pad : y - pad / 2;
    plan->map = (Rect){x + needs->prose_w + 2 * pad, map_top, needs->map_w, map_bottom - map_top};
    if (needs->map_w == 0 || plan->map.h < plan->sizes.body * 3) /* no room to show a place */
        plan->map = (Rect){0, 0, 0, 0};
}

static bool all_fit(const RoundPlan *plan)
{
    const TextPlacement *fixed[] = {&plan->status, &plan->prompt, &plan->verdict,
                                    &plan->explanation, &plan->source};
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
        if (!fixed[i]->fits)
            return false;
    for (int i = 0; i < plan->tile_count; i++)
        if (!plan->answers[i].fits)
            return false;
    return true;
}

/* The question screen shows no panel or marks. */
static void hide_feedback(RoundPlan *plan)
{
    TextPlacement none = {{0, 0, 0, 0}, 0, false, 0, true};
    plan->panel = plan->icon = plan->map = (Rect){0, 0, 0, 0};
    plan->verdict = plan->explanation = plan->source = none;
    for (int i = 0; i < plan->tile_count; i++)
        plan->marks[i] = (Rect){0, 0, 0, 0};
}

static void plan_with_columns(const FontMetrics *metrics, int window_w, int window_h, int scale,
                              int growth, const RoundTexts *texts, RoundPhase phase,
                              bool two_anyway, RoundPlan *plan)
{
    *plan = (RoundPlan){0};
    plan->scale = scale;
    plan->growth = growth;
    FontSizes fs = layout_font_sizes_at(window_w, window_h, scale * growth / 100);
    plan->sizes = fs;
    Needs needs = {0};
    needs.gap = layout_gap(window_w, window_h);
    int margin = layout_margin(window_w, window_h);
    Rect content = layout_content(window_w, window_h, 16, 9);
    plan->tile_count = texts->choice_count < 1                  ? 1
                       : texts->choice_count > BANK_MAX_CHOICES ? BANK_MAX_CHOICES
                                                                : texts->choice_count;
    plan->border = fs.answer / 12 + 2;
    plan->frame = plan->border * 2;
    plan->padding = plan->frame + fs.answer / 5;
    plan->badge = max_int(LAYOUT_MIN_MARKER_PX, fs.answer * 3 / 2);
    plan->letter_px = plan->badge * LAYOUT_MARKER_LETTER_PERCENT / 100;
    plan->gap = needs.gap;

    plan->status =
        (TextPlacement){{0}, fs.status, false, line_height(metrics, false, fs.status), true};
    set_box(&plan->status, content.x, margin / 2, content.w, fs.status * 2);
    plan->footer = (Rect){content.x, window_h - fs.footer * 2, content.w, fs.footer * 2};
    int top = plan->status.box.y + plan->status.box.h + needs.gap;
    int bottom = plan->footer.y - needs.gap;

    plan->prompt = measured(metrics, texts->prompt, content.w, true, fs.prompt);
    needs.prompt_h = plan->prompt.height_needed;
    measure_answers(metrics, texts, plan, content.w, two_anyway, &needs);
    /* The question alone has the whole window: its tiles and text grow into the panel's room
     * (a plan for the feedback is made when the answer is given). */
    needs.with_panel = phase == ROUND_PHASE_FEEDBACK;
    needs.wide = window_w * 2 >= window_h * 3;
    if (needs.with_panel)
        measure_panel(metrics, texts, plan, content.w, &needs);
    int tile_h = 0;
    int prompt_box = share_height(metrics, plan, &needs, bottom - top, &tile_h);

    set_box(&plan->prompt, content.x, top, content.w, prompt_box);
    int grid_top = top + prompt_box + needs.gap;
    place_tiles(plan, &needs, &content, grid_top, tile_h);
    if (needs.with_panel)
        place_panel(plan, &needs, &content, grid_top + needs.rows * (tile_h + needs.gap));
    else
        hide_feedback(plan);
    plan->fits = all_fit(plan);
}

bool round_plan_at(const FontMetrics *metrics, int window_w, int window_h, int scale, int growth,
                   const RoundTexts *texts, RoundPhase phase, RoundPlan *plan)
{
    plan_with_columns(metrics, window_w, window_h, scale, growth, texts, phase, false, plan);
    /* Long answers read best one to a row, but where the rows do not fit, two columns of
     * narrower answers may. */
    if (!plan->fits && plan->columns == 1 && plan->tile_count > 1) {
        RoundPlan two;
        plan_with_columns(metrics, window_w, window_h, scale, growth, texts, phase, true, &two);
        if (two.fits)
            *plan = two;
    }
    return plan->fits;
}

/* The text sizes, in percent, already laid out without fitting: a plan depends on the scale
 * and the growth only through their product, so no product is laid out twice. */
typedef struct {
    int percents[ROUND_GROWTH_COUNT * 8];
    int count;
} Tried;

static bool tried_before(Tried *tried, int percent)
{
    for (int i = 0; i < tried->count; i++)
        if (tried->percents[i] == percent)
            return true;
    if (tried->count < (int)(sizeof tried->percents / sizeof tried->percents[0]))
        tried->percents[tried->count++] = percent;
    return false;
}

static bool layout_scale(const FontMetrics *metrics, int window_w, int window_h, int scale,
                         const RoundTexts *texts, RoundPhase phase, RoundPlan *plan, Tried *tried)
{
    for (int i = 0; i < ROUND_GROWTH_COUNT; i++) {
        int growth = ROUND_GROWTHS[i];
        /* No text larger than at the largest setting. */
        if (scale * growth > LIMIT_TEXT_SCALE_MAX * 100)
            growth = LIMIT_TEXT_SCALE_MAX * 100 / scale;
        if (tried_before(tried, scale * growth / 100))
            continue;
        if (round_plan_at(metrics, window_w, window_h, scale, growth, texts, phase, plan))
            return true;
    }
    return false;
}

bool round_plan_layout(const FontMetrics *metrics, int window_w, int window_h, int scale,
                       const RoundTexts *texts, RoundPhase phase, RoundPlan *plan)
{
    /* Growths only grow below ROUND_GROWTH_MIN's percent: it is tried last, and is the plan
     * left when none fits. */
    Tried tried = {{0}, 0};
    return layout_scale(metrics, window_w, window_h, scale, texts, phase, plan, &tried);
}

bool round_plan_for_setting(const FontMetrics *metrics, int window_w, int window_h, int setting,
                            const RoundTexts *texts, RoundPhase phase, RoundPlan *plan)
{
    Tried tried = {{0}, 0};
    int scale = setting > LIMIT_TEXT_SCALE_MAX ? LIMIT_TEXT_SCALE_MAX : setting;
    for (; scale >= LIMIT_TEXT_SCALE_MIN; scale -= LIMIT_TEXT_SCALE_STEP)
        if (layout_scale(metrics, window_w, window_h, scale, texts, phase, plan, &tried))
            return true;
    return round_plan_at(metrics, window_w, window_h, LIMIT_TEXT_SCALE_MIN, ROUND_GROWTH_MIN, texts,
                         phase, plan);
}
