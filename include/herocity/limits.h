/* Every limit the program has, in one place (as Lua's llimits.h): the loader, the store, the
 * command line, scripts and the screens read them from here. The schema's maxLength values must
 * agree with the LIMIT_*_CHARS below, and its maxOccurs for questions with
 * LIMIT_QUESTIONS_PER_BANK; the test lint_schema_limits checks that they do. */
#ifndef HEROCITY_LIMITS_H
#define HEROCITY_LIMITS_H

enum {
    /* Bank texts, in characters (the schema counts characters, not bytes). */
    LIMIT_ID_CHARS = 64,
    LIMIT_TITLE_CHARS = 60,
    LIMIT_DESCRIPTION_CHARS = 200,
    LIMIT_PROMPT_CHARS = 200,
    LIMIT_CHOICE_CHARS = 90,
    LIMIT_EXPLANATION_CHARS = 500,
    LIMIT_SOURCE_CHARS = 200,
    /* A whole Moodle course export can hold thousands of questions. */
    LIMIT_QUESTIONS_PER_BANK = 10000,
    /* The largest bank file read, in bytes; larger ones are refused before parsing. */
    LIMIT_FILE_BYTES = 16 * 1024 * 1024,
    /* Ids are ASCII: one byte a character. */
    LIMIT_ID_BYTES = LIMIT_ID_CHARS,
    /* Titles in UTF-8: up to four bytes a character. */
    LIMIT_TITLE_BYTES = LIMIT_TITLE_CHARS * 4,

    /* A player's name in the high-score table, in bytes of UTF-8. */
    LIMIT_NAME_BYTES = 64,
    /* Rows in one high-score table. */
    LIMIT_SCORE_TABLE_ROWS = 10,

    /* Classroom play: teams, and the bytes of a team's name in UTF-8. */
    LIMIT_TEAMS_MIN = 2,
    LIMIT_TEAMS_MAX = 8,
    LIMIT_TEAM_NAME_BYTES = 48,

    /* Answers to one question on one day that a progress file may bring (an import adds at most
     * this many log entries per question and day). */
    LIMIT_ANSWERS_PER_DAY = 10000,

    /* The text-size setting, in percent, and its step. */
    LIMIT_TEXT_SCALE_MIN = 75,
    LIMIT_TEXT_SCALE_MAX = 200,
    LIMIT_TEXT_SCALE_STEP = 25,
    LIMIT_TEXT_SCALE_DEFAULT = 100,

    /* The window: the smallest the game lays out for, the largest a script or --size may ask. */
    LIMIT_WINDOW_MIN_WIDTH = 800,
    LIMIT_WINDOW_MIN_HEIGHT = 600,
    LIMIT_WINDOW_MAX_SIDE = 8192,

    /* Folders of banks: those given with --questions plus the user's own folder. */
    LIMIT_QUESTION_DIRS = 16,
    /* Messages shown for one file; a note says how many more there are. */
    LIMIT_MESSAGES_PER_FILE = 100,
    /* Paths the program builds (the data folder, the user's bank folder). */
    LIMIT_PATH_BYTES = 1024,
    /* The data folder itself: the rest of a path is kept for the names inside it
     * ("/herocity.db.corrupt-999", "/exports/classroom-2026-12-02-1405-99.csv"). */
    LIMIT_DATA_DIR_BYTES = LIMIT_PATH_BYTES - 128,
    /* A line of a script, in bytes. */
    LIMIT_SCRIPT_LINE_BYTES = 1023,

    /* The map asset: its size, and how many vertices, triangles or coast points it may hold. */
    LIMIT_MAP_BYTES = 16 * 1024 * 1024,
    LIMIT_MAP_ITEMS = 1024 * 1024,
};

#endif
