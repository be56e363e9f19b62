/* Drawing primitives over SDL_RenderGeometry, so shapes are filled polygons at any size. */
#include "draw.h"

#include <math.h>

void draw_fill(SDL_Renderer *renderer, const Rect *rect, SDL_Color colour)
{
    SDL_SetRenderDrawColor(renderer, colour.r, colour.g, colour.b, colour.a);
    SDL_Rect r = {rect->x, rect->y, rect->w, rect->h};
    SDL_RenderFillRect(renderer, &r);
}

void draw_outline(SDL_Renderer *renderer, const Rect *rect, int thickness, SDL_Color colour)
{
    Rect sides[4] = {
        {rect->x, rect->y, rect->w, thickness},
        {rect->x, rect->y + rect->h - thickness, rect->w, thickness},
        {rect->x, rect->y, thickness, rect->h},
        {rect->x + rect->w - thickness, rect->y, thickness, rect->h},
    };
    for (int i = 0; i < 4; i++)
        draw_fill(renderer, &sides[i], colour);
}

/* A regular polygon as a triangle fan around its centre. */
static void fill_polygon(SDL_Renderer *renderer, float cx, float cy, float radius, int sides,
                         float rotation, SDL_Color colour)
{
    enum { MAX_SIDES = 48 };
    SDL_Vertex vertices[MAX_SIDES * 3];
    if (sides > MAX_SIDES)
        sides = MAX_SIDES;
    const float tau = 6.28318530718f;
    for (int i = 0; i < sides; i++) {
        float a0 = rotation + tau * (float)i / (float)sides;
        float a1 = rotation + tau * (float)(i + 1) / (float)sides;
        SDL_Vertex *v = &vertices[i * 3];
        v[0] = (SDL_Vertex){{cx, cy}, colour, {0, 0}};
        v[1] = (SDL_Vertex){{cx + radius * cosf(a0), cy + radius * sinf(a0)}, colour, {0, 0}};
        v[2] = (SDL_Vertex){{cx + radius * cosf(a1), cy + radius * sinf(a1)}, colour, {0, 0}};
    }
    SDL_RenderGeometry(renderer, NULL, vertices, sides * 3, NULL, 0);
}

void draw_shape(SDL_Renderer *renderer, AnswerShape shape, const Rect *box, SDL_Color colour)
{
    float cx = (float)box->x + (float)box->w / 2.0f;
    float cy = (float)box->y + (float)box->h / 2.0f;
    float r = (float)(box->w < box->h ? box->w : box->h) / 2.0f;
    const float up = -1.5707963f; /* a vertex pointing up */
    switch (shape) {
    case SHAPE_TRIANGLE: fill_polygon(renderer, cx, cy + r * 0.15f, r, 3, up, colour); break;
    case SHAPE_DIAMOND: {
        /* Two triangles: SDL's software renderer drops parts of a fan whose edges are
         * axis-aligned right triangles. */
        SDL_Vertex v[4] = {{{cx, cy - r}, colour, {0, 0}},
                           {{cx + r, cy}, colour, {0, 0}},
                           {{cx, cy + r}, colour, {0, 0}},
                           {{cx - r, cy}, colour, {0, 0}}};
        int indices[6] = {0, 1, 3, 1, 2, 3};
        SDL_RenderGeometry(renderer, NULL, v, 4, indices, 6);
        break;
    }
    case SHAPE_CIRCLE: fill_polygon(renderer, cx, cy, r * 0.92f, 40, 0.0f, colour); break;
    case SHAPE_SQUARE: fill_polygon(renderer, cx, cy, r * 1.0f, 4, up + 0.7853982f, colour); break;
    case SHAPE_PENTAGON: fill_polygon(renderer, cx, cy + r * 0.05f, r, 5, up, colour); break;
    case SHAPE_HEXAGON: fill_polygon(renderer, cx, cy, r, 6, 0.0f, colour); break;
    }
}

/* A thick line from (x0,y0) to (x1,y1) as a quad of two triangles. */
static void thick_line(SDL_Renderer *renderer, float x0, float y0, float x1, float y1, float width,
                       SDL_Color colour)
{
    float dx = x1 - x0, dy = y1 - y0;
    float len = sqrtf(dx * dx + dy * dy);
    if (len <= 0.0f)
        return;
    float nx = -dy / len * width / 2.0f, ny = dx / len * width / 2.0f;
    SDL_Vertex v[4] = {
        {{x0 + nx, y0 + ny}, colour, {0, 0}},
        {{x1 + nx, y1 + ny}, colour, {0, 0}},
        {{x1 - nx, y1 - ny}, colour, {0, 0}},
        {{x0 - nx, y0 - ny}, colour, {0, 0}},
    };
    int indices[6] = {0, 1, 2, 0, 2, 3};
    SDL_RenderGeometry(renderer, NULL, v, 4, indices, 6);
}

void draw_check(SDL_Renderer *renderer, const Rect *box, int stroke, SDL_Color colour)
{
    float x = (float)box->x, y = (float)box->y, w = (float)box->w, h = (float)box->h;
    thick_line(renderer, x + w * 0.15f, y + h * 0.55f, x + w * 0.40f, y + h * 0.80f, (float)stroke,
               colour);
    thick_line(renderer, x + w * 0.40f, y + h * 0.80f, x + w * 0.88f, y + h * 0.20f, (float)stroke,
               colour);
}

void draw_cross(SDL_Renderer *renderer, const Rect *box, int stroke, SDL_Color colour)
{
    float x = (float)box->x, y = (float)box->y, w = (float)box->w, h = (float)box->h;
    thick_line(renderer, x + w * 0.2f, y + h * 0.2f, x + w * 0.8f, y + h * 0.8f, (float)stroke,
               colour);
    thick_line(renderer, x + w * 0.8f, y + h * 0.2f, x + w * 0.2f, y + h * 0.8f, (float)stroke,
               colour);
}
