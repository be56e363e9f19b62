/* Kahoot's quiz spreadsheet template saved as CSV: a question, up to four answers, a time limit
 * and the number of the correct answer on each row. The template's instruction rows come
 * before a header row, which says where each column is; without one, the columns are taken in
 * the template's order. Excel writes a comma or, where the decimal mark is a comma, a
 * semicolon between cells: the one that occurs more in the first lines is taken. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "herocity/alloc.h"
#include "import.h"
#include "moodle_text.h"
#include "text_import.h"

enum { MAX_CELLS = 32, KAHOOT_ANSWERS = 4, HEADER_SEARCH_ROWS = 30 };

typedef struct {
    const char *text;
    size_t size;
    size_t at;
    int line;
    char delimiter;
} CsvReader;

typedef struct {
    char *cells[MAX_CELLS];
    int count;
    int line; /* where the row starts */
} Row;

static void free_row(Row *row)
{
    for (int i = 0; i < row->count; i++)
        hc_free(row->cells[i]);
    row->count = 0;
}

/* One cell: quoted ("" is a quote; line breaks allowed) or up to the next delimiter. */
static char *read_cell(CsvReader *r)
{
    char *cell = hc_malloc(r->size - r->at + 1);
    size_t len = 0;
    bool quoted = r->at < r->size && r->text[r->at] == '"';
    r->at += quoted;
    while (cell && r->at < r->size) {
        char ch = r->text[r->at];
        if (quoted && ch == '"' && r->at + 1 < r->size && r->text[r->at + 1] == '"') {
            cell[len++] = '"';
            r->at += 2;
            continue;
        }
        if (quoted && ch == '"') {
            quoted = false;
            r->at++;
            continue;
        }
        if (!quoted && (ch == r->delimiter || ch == '\n' || ch == '\r'))
            break;
        r->line += ch == '\n';
        cell[len++] = ch;
        r->at++;
    }
    if (cell)
        cell[len] = '\0';
    return cell;
}

/* The next row; false at the end of the text or when memory runs out (then row->count < 0). */
static bool read_row(CsvReader *r, Row *row)
{
    row->count = 0;
    if (r->at >= r->size)
        return false;
    row->line = r->line;
    for (;;) {
        char *cell = read_cell(r);
        if (!cell) {
            free_row(row);
            row->count = -1;
            return false;
        }
        if (row->count < MAX_CELLS)
            row->cells[row->count++] = cell;
        else
            hc_free(cell);
        if (r->at < r->size && r->text[r->at] == r->delimiter) {
            r->at++;
            continue;
        }
        if (r->at < r->size && r->text[r->at] == '\r')
            r->at++;
        if (r->at < r->size && r->text[r->at] == '\n')
            r->at++;
        r->line++;
        return true;
    }
}

/* The delimiter that occurs more, outside quotes, in the first lines. */
static char detect_delimiter(const char *text, size_t size)
{
    size_t commas = 0, semicolons = 0;
    bool quoted = false;
    int lines = 0;
    for (size_t i = 0; i < size && lines < HEADER_SEARCH_ROWS; i++) {
        quoted = text[i] == '"' ? !quoted : quoted;
        commas += !quoted && text[i] == ',';
        semicolons += !quoted && text[i] == ';';
        lines += !quoted && text[i] == '\n';
    }
    return semicolons > commas ? ';' : ',';
}

/* Where the template's columns are. */
typedef struct {
    int question;
    int answers[KAHOOT_ANSWERS];
    int correct;
} Columns;

static bool starts_with_word(const char *cell, const char *word)
{
    cell += strspn(cell, " \t\"");
    return strncasecmp(cell, word, strlen(word)) == 0;
}

/* A header row names the question, the answers and the correct answer. */
static bool read_header(const Row *row, Columns *columns)
{
    *columns = (Columns){-1, {-1, -1, -1, -1}, -1};
    for (int i = 0; i < row->count; i++) {
        const char *cell = row->cells[i];
        if (starts_with_word(cell, "question") && columns->question < 0)
            columns->question = i;
        else if (starts_with_word(cell, "correct"))
            columns->correct = i;
        for (int a = 0; a < KAHOOT_ANSWERS; a++) {
            char spaced[16], joined[16];
            snprintf(spaced, sizeof spaced, "answer %d", a + 1);
            snprintf(joined, sizeof joined, "answer%d", a + 1);
            if (starts_with_word(cell, spaced) || starts_with_word(cell, joined))
                columns->answers[a] = i;
        }
    }
    return columns->question >= 0 && columns->correct >= 0 && columns->answers[0] >= 0;
}

/* Without a header: the template's order, after the number column when there is one. */
static Columns template_columns(const Row *row)
{
    const char *first = row->count > 0 ? row->cells[0] : "";
    bool numbered = row->count >= 7 && strspn(first, "0123456789 ") == strlen(first);
    int at = numbered ? 1 : 0;
    return (Columns){at, {at + 1, at + 2, at + 3, at + 4}, at + 6};
}

static const char *cell_of(const Row *row, int column)
{
    return column >= 0 && column < row->count ? row->cells[column] : "";
}

/* "2", or "1,3" when several are correct: the numbers named, in *first the first of them. */
static int correct_numbers(const char *cell, int *first, bool *all_numbers)
{
    int count = 0;
    *all_numbers = true;
    for (const char *p = cell; *p;) {
        p += strspn(p, " ,;\t");
        if (!*p)
            break;
        char *end = NULL;
        long n = strtol(p, &end, 10);
        if (end == p || n < 1 || n > KAHOOT_ANSWERS) {
            *all_numbers = false;
            break;
        }
        if (count++ == 0)
            *first = (int)n;
        p = end;
    }
    return count;
}

static bool row_blank(const Row *row)
{
    for (int i = 0; i < row->count; i++)
        if (!text_line_blank(row->cells[i], strlen(row->cells[i])))
            return false;
    return true;
}

static void read_question(Importer *im, const Row *row, const Columns *columns)
{
    ImportDraft d;
    import_draft(im, &d, row->line);
    d.shuffle = true;
    d.prompt = moodle_plain_text(cell_of(row, columns->question));
    d.name = d.prompt ? text_name_from(d.prompt) : NULL;
    im->out_of_memory = im->out_of_memory || !d.name;
    import_check_texts(im, &d, "explanation");
    int numbers[KAHOOT_ANSWERS]; /* each answer's number in the template */
    for (int a = 0; a < KAHOOT_ANSWERS && !im->out_of_memory; a++) {
        char *answer = moodle_plain_text(cell_of(row, columns->answers[a]));
        if (answer && answer[0] == '\0') {
            hc_free(answer); /* answers 3 and 4 are optional */
            continue;
        }
        numbers[d.choice_count] = a + 1;
        import_add_answer(im, &d, answer);
    }
    const char *correct = cell_of(row, columns->correct);
    int first = 0;
    bool all_numbers = true;
    int count = correct_numbers(correct, &first, &all_numbers);
    d.correct_index = -1;
    for (int i = 0; i < d.choice_count; i++)
        if (numbers[i] == first)
            d.correct_index = i;
    if (!all_numbers)
        import_leave_out(im, &d, "its correct answer \"%s\" is not a number from 1 to 4", correct);
    else if (count == 0)
        import_leave_out(im, &d, "no correct answer is given");
    else if (count > 1)
        import_leave_out(im, &d,
                         "%d answers are marked correct (%s); exactly one can be right "
                         "here",
                         count, correct);
    else if (d.correct_index < 0)
        import_leave_out(im, &d, "its correct answer is answer %d, which is empty", first);
    import_end_draft(im, &d);
}

Bank *kahoot_csv_import(const char *text, size_t size, const char *name, Diagnostics *diags)
{
    Importer im;
    import_start(&im, name, "Kahoot CSV", NULL, diags);
    CsvReader reader = {text, size, 0, 1, detect_delimiter(text, size)};
    /* The header, when there is one, is among the first rows; what comes before it is the
     * template's instructions. */
    Row row = {0};
    Columns columns;
    size_t data_from = 0;
    int data_line = 1, rows = 0;
    bool header = false;
    while (!header && rows++ < HEADER_SEARCH_ROWS && read_row(&reader, &row)) {
        header = read_header(&row, &columns);
        free_row(&row);
        if (header) {
            data_from = reader.at;
            data_line = reader.line;
        }
    }
    reader.at = data_from;
    reader.line = data_line;
    while (!im.out_of_memory && read_row(&reader, &row)) {
        if (!header)
            columns = template_columns(&row);
        if (!row_blank(&row))
            read_question(&im, &row, &columns);
        free_row(&row);
    }
    im.out_of_memory = im.out_of_memory || row.count < 0;
    return import_finish(&im, 1);
}
