/* A classroom game's results as CSV, for a spreadsheet: one row per team per question, with a
 * header row; UTF-8, quoted as RFC 4180 says (fields with commas, quotes or line breaks are
 * quoted and their quotes doubled), lines ending in CRLF. */
#ifndef HEROCITY_CLASSROOM_CSV_H
#define HEROCITY_CLASSROOM_CSV_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "herocity/classroom.h"

/* The header: game,started,team,question_number,question_id,question,answer,correct_answer,
 * correct,seconds,points. */
bool classroom_csv_header(FILE *out);
/* The rows of one game: `game` names it in the first column, `started` is an ISO 8601 date and
 * time. Questions not asked yet are left out; a skipped question's rows have no points. */
bool classroom_csv_rows(const Classroom *room, const char *game, const char *started, FILE *out);

#endif
