/* --trace-saves FILE: one line per save the store has committed, written before the screen
 * shows it, so a test that kills the game can check that whatever the player saw confirmed is
 * in the database. Tab-separated, one kind per line:
 *   class-event GAME SEQ KIND QUESTION TEAM CHOICE ELAPSED_MS POINTS
 *   study-answer LEARNER_ID QUESTION_ID SEEN   (SEEN: the question's answers, this one counted)
 *   score BANK_ID SCORE CORRECT TOTAL PLAYED_AT NAME */
#ifndef HEROCITY_UI_SAVE_TRACE_H
#define HEROCITY_UI_SAVE_TRACE_H

#include <stdbool.h>

/* Opens FILE for appending (made when missing); false, with errno set, when it cannot be. */
bool save_trace_open(const char *path);
void save_trace_close(void);

/* Appends one line, when a trace is open. */
#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
void save_trace(const char *format, ...);

#endif
