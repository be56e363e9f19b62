/* Drawing primitives over SDL_RenderGeometry, so shapes are filled polygons at any size. */
#include "draw.h"

#include <math.h>
#include <string.h>

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

enum { MAX_SIDES = 48 };

/* A regular polygon: every answer shape is one, so fill and outline share the geometry. */
typedef struct {
    float cx, cy, radius;
    int sides;
    float rotation; /* angle of the first vertex */
} Polygon;

static Polygon shape_polygon(AnswerShape shape, const Rect *box)
{
    float cx = (float)box->x + (float)box->w / 2.0f;
    float cy = (float)box->y + (float)box->h / 2.0f;
    float r = (float)(box->w < box->h ? box->w : box->h) / 2.0f;
    const float up = -1.5707963f; /* a vertex pointing up */
    switch (shape) {
    /* A triangle's centre of mass sits low: move it down to look centred. */
    case SHAPE_TRIANGLE: return (Polygon){cx, cy + r * 0.15f, r, 3, up};
    case SHAPE_DIAMOND: return (Polygon){cx, cy, r, 4, up};
    case SHAPE_CIRCLE: return (Polygon){cx, cy, r * 0.92f, 40, 0.0f};
    case SHAPE_SQUARE: return (Polygon){cx, cy, r, 4, up + 0.7853982f};
    case SHAPE_PENTAGON: return (Polygon){cx, cy + r * 0.05f, r, 5, up};
    case SHAPE_HEXAGON: break;
    }
    return (Polygon){cx, cy, r, 6, 0.0f};
}

/* Vertex i of the polygon scaled to `radius`, in colour. */
static SDL_Vertex polygon_vertex(const Polygon *p, float radius, int i, SDL_Color colour)
{
    const float tau = 6.28318530718f;
    float angle = p->rotation + tau * (float)(i % p->sides) / (float)p->sides;
    return (SDL_Vertex){
        {p->cx + radius * cosf(angle), p->cy + radius * sinf(angle)}, colour, {0, 0}};
}

/* The polygon as a triangle fan around its centre. */
static void fill_polygon(SDL_Renderer *renderer, const Polygon *p, SDL_Color colour)
{
    SDL_Vertex vertices[MAX_SIDES * 3];
    int sides = p->sides < MAX_SIDES ? p->sides : MAX_SIDES;
    for (int i = 0; i < sides; i++) {
        SDL_Vertex *v = &vertices[i * 3];
        v[0] = (SDL_Vertex){{p->cx, p->cy}, colour, {0, 0}};
        v[1] = polygon_vertex(p, p->radius, i, colour);
        v[2] = polygon_vertex(p, p->radius, i + 1, colour);
    }
    SDL_RenderGeometry(renderer, NULL, vertices, sides * 3, NULL, 0);
}

void draw_shape(SDL_Renderer *renderer, AnswerShape shape, const Rect *box, SDL_Color colour)
{
    Polygon p = shape_polygon(shape, box);
    if (shape != SHAPE_DIAMOND) {
        fill_polygon(renderer, &p, colour);
        return;
    }
    /* Two triangles: SDL's software renderer drops parts of a fan whose edges are axis-aligned
     * right triangles. */
    SDL_Vertex v[4];
    for (int i = 0; i < 4; i++)
        v[i] = polygon_vertex(&p, p.radius, i, colour);
    int indices[6] = {0, 1, 3, 1, 2, 3};
    SDL_RenderGeometry(renderer, NULL, v, 4, indices, 6);
}

void draw_shape_outline(SDL_Renderer *renderer, AnswerShape shape, const Rect *box, int thickness,
                        SDL_Color colour)
{
    Polygon p = shape_polygon(shape, box);
    int sides = p.sides < MAX_SIDES ? p.sides : MAX_SIDES;
    /* Moving every side `thickness` inwards takes the vertices in by thickness / cos(pi/n). */
    float inner = p.radius - (float)thickness / cosf(3.14159265f / (float)sides);
    if (inner < 0.0f)
        inner = 0.0f;
    SDL_Vertex vertices[MAX_SIDES * 2];
    int indices[MAX_SIDES * 6];
    for (int i = 0; i < sides; i++) {
        vertices[i * 2] = polygon_vertex(&p, p.radius, i, colour);
        vertices[i * 2 + 1] = polygon_vertex(&p, inner, i, colour);
        /* The band along side i: outer i, outer i+1, inner i+1 and inner i. */
        int outer0 = i * 2, inner0 = i * 2 + 1;
        int outer1 = (i + 1) % sides * 2, inner1 = outer1 + 1;
        const int band[6] = {outer0, outer1, inner1, outer0, inner1, inner0};
        memcpy(&indices[i * 6], band, sizeof band);
    }
    SDL_RenderGeometry(renderer, NULL, vertices, sides * 2, indices, sides * 6);
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
