/* Classroom play as a state machine, pure C with time as an input: teams answer a shared
 * question (each on its own device, through the quizmaster, or in turns with a steal), a
 * timer runs per team, the teacher reveals, skips, pauses and corrects scores. Every change is
 * an event; the same events replayed on a new game give the same game, which is how a game
 * killed mid-way resumes. */
#ifndef HEROCITY_CLASSROOM_H
#define HEROCITY_CLASSROOM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "herocity/bank.h"
#include "herocity/limits.h"

typedef enum {
    CLASS_ANSWERS_DEVICES,    /* a gamepad or a block of keys per team; answers stay hidden */
    CLASS_ANSWERS_QUIZMASTER, /* the teacher types each team's answer: team number, letter */
    CLASS_ANSWERS_TURNS,      /* one team a question in rotation; a miss lets the next steal */
} ClassAnswerMode;

typedef enum {
    CLASS_BOARD_EACH_QUESTION, /* the leaderboard after every reveal */
    CLASS_BOARD_AT_END,
    CLASS_BOARD_NEVER,
} ClassBoard;

/* Extra time for a team that needs it: a percentage of the timer; 0 means untimed. */
enum { CLASS_TIME_NORMAL = 100, CLASS_TIME_HALF_MORE = 150, CLASS_TIME_DOUBLE = 200 };

typedef struct {
    char name[LIMIT_TEAM_NAME_BYTES + 1];
    int time_percent; /* CLASS_TIME_*, or 0 for no time limit */
} ClassTeam;

typedef struct {
    int team_count; /* LIMIT_TEAMS_MIN..LIMIT_TEAMS_MAX */
    ClassTeam teams[LIMIT_TEAMS_MAX];
    ClassAnswerMode answers;
    int timer_seconds; /* 0: no timer */
    bool speed_bonus;
    bool streak_bonus;
    ClassBoard board;
    int question_count; /* 0: every question given */
    int prompt_ms;      /* the prompt alone before the answers show */
} ClassSetup;

/* The setup a teacher starts from: two teams, 20 s, no bonuses, leaderboard each question. */
void classroom_setup_defaults(ClassSetup *setup);
/* One line of text ("teams=Owls,Foxes;answers=devices;...") and back, to remember the last
 * setup and to store a game. Returns false for text it cannot read (setup unchanged). */
void classroom_setup_to_text(const ClassSetup *setup, char *out, size_t size);
bool classroom_setup_from_text(const char *text, ClassSetup *setup);

typedef enum {
    CLASS_PROMPT,    /* the prompt alone, for setup->prompt_ms */
    CLASS_ANSWERING, /* teams answer; the timer runs */
    CLASS_STEAL,     /* turns: the next team may steal a missed question for half */
    CLASS_REVEAL,    /* the right answer, what each team chose, the points */
    CLASS_FINISHED,
} ClassPhase;

typedef enum {
    CLASS_OK = 0,
    CLASS_WRONG_PHASE,   /* not while this is shown */
    CLASS_NOT_YOUR_TURN, /* turns: another team answers this one */
    CLASS_LOCKED,        /* devices and turns: an answer, once given, stays */
    CLASS_TIME_UP,       /* this team's time has run out */
    CLASS_BAD_ARGUMENT,
} ClassStatus;

/* What happened, in order: enough to replay a game exactly. */
typedef enum {
    CLASS_EVENT_ANSWER, /* team, choice (display index), elapsed_ms */
    CLASS_EVENT_REVEAL, /* the answers closed (all in, time up, or the teacher) */
    CLASS_EVENT_NEXT,   /* on to the next question */
    CLASS_EVENT_SKIP,   /* the question does not count */
    CLASS_EVENT_ADJUST, /* team, points (+ or -): the teacher is the judge */
    CLASS_EVENT_RESUME, /* taken up again after a stop, in the window that saved this; no change */
} ClassEventKind;

typedef struct {
    ClassEventKind kind;
    int question; /* 0-based */
    int team;
    int choice;
    int elapsed_ms;
    int points;
} ClassEvent;

typedef struct {
    bool answered;
    int choice;     /* display index */
    int elapsed_ms; /* from the moment the answers showed */
    bool correct;
    bool stole; /* turns: answered as the stealing team */
    int points;
} ClassAnswer;

typedef struct {
    ClassPhase phase;
    bool paused;
    int question_number; /* 1-based */
    int question_total;
    const Question *question;
    bool skipped; /* this question was skipped */
    int choice_count;
    const char *choices[BANK_MAX_CHOICES]; /* in display order */
    int correct_choice;
    int elapsed_ms; /* since the answers showed (or the prompt, in CLASS_PROMPT) */
    int turn_team;  /* turns: whose question it is; -1 otherwise */
    int steal_team; /* turns, in CLASS_STEAL: who may steal; -1 otherwise */
    int team_count;
    int scores[LIMIT_TEAMS_MAX];
    int streaks[LIMIT_TEAMS_MAX];
    int remaining_ms[LIMIT_TEAMS_MAX]; /* of the team's time; -1 when untimed */
    ClassAnswer answers[LIMIT_TEAMS_MAX];
    int choice_counts[BANK_MAX_CHOICES]; /* teams per answer */
} ClassSnapshot;

typedef struct Classroom Classroom;

/* A game over `questions` (borrowed), `setup->question_count` of them in an order shuffled by
 * seed. `on_event` (may be NULL) hears every event as it happens, to be saved at once. */
Classroom *classroom_new(const ClassSetup *setup, const Question *const *questions, size_t count,
                         uint64_t seed, void (*on_event)(void *context, const ClassEvent *event),
                         void *context);
void classroom_free(Classroom *room);

/* A saved game's questions, in the order asked, each with its choices' display order, as one
 * line of text ("kyiv-title-year:2,0,1,3;..."). The caller frees the text with hc_free. */
char *classroom_order_text(const Classroom *room);
/* The game again from that text, finding each question by id through `find`; NULL when a
 * question is no longer in the banks or the text is damaged. */
Classroom *classroom_from_order(const ClassSetup *setup, const char *order_text,
                                const Question *(*find)(void *context, const char *id),
                                void *find_context,
                                void (*on_event)(void *context, const ClassEvent *event),
                                void *context);

const ClassSetup *classroom_setup(const Classroom *room);
/* The questions in the order asked (for saving a game and resuming it). */
size_t classroom_question_count(const Classroom *room);
const Question *classroom_question(const Classroom *room, size_t index);

/* Time passes (not while paused): the prompt gives way to the answers, timers run out. */
void classroom_tick(Classroom *room, int elapsed_ms);
ClassStatus classroom_answer(Classroom *room, int team, int choice);
ClassStatus classroom_reveal(Classroom *room); /* the teacher's R, or the end of the time */
ClassStatus classroom_next(Classroom *room);   /* the teacher's N */
ClassStatus classroom_skip(Classroom *room);   /* the teacher's S: this question does not count */
ClassStatus classroom_adjust(Classroom *room, int team, int points);
void classroom_pause(Classroom *room, bool paused);

/* Replays a saved event on a fresh game (no event is reported again). */
ClassStatus classroom_replay(Classroom *room, const ClassEvent *event);
/* After a replay: the current question's timer starts again from its beginning. */
void classroom_restart_timer(Classroom *room);

void classroom_snapshot(const Classroom *room, ClassSnapshot *out);
/* The answer of `team` to question `index` (0-based), for the review and the export. */
const ClassAnswer *classroom_answer_of(const Classroom *room, size_t index, int team);
bool classroom_was_skipped(const Classroom *room, size_t index);
/* The display order of question `index`: choices[i] is question->choices[order[i]]. */
const int *classroom_choice_order(const Classroom *room, size_t index);

/* Teams by score, best first (ties keep team order): ranking[0] is the winner's index. */
void classroom_ranking(const Classroom *room, int ranking[LIMIT_TEAMS_MAX]);

#endif
