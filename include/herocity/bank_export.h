/* Writes a Bank in the formats teachers take to other tools: Moodle XML and GIFT. */
#ifndef HEROCITY_BANK_EXPORT_H
#define HEROCITY_BANK_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "herocity/bank.h"

/* Moodle XML that Moodle imports into a question category named after the bank, one
 * multiple-choice question (one answer right) per question. What Moodle has no field for goes
 * where the Moodle importer finds it again, so that a bank written here and read back is the
 * same bank: the bank's id and each question's id as ID numbers, the description as the
 * category's information, the language as xml:lang on <quiz>, the difficulty as a tag
 * "difficulty-N" (1 or 3), the source as a last paragraph "Source: ..." of the general feedback.
 * False when writing failed. */
bool bank_write_moodle(const Bank *bank, FILE *out);

/* GIFT, Moodle's text format: the bank as a category, each question titled with its id, its
 * explanation and source as general feedback. GIFT has no place for the difficulty or the order
 * of the choices, so those are not kept. False when writing failed. */
bool bank_write_gift(const Bank *bank, FILE *out);

#endif
