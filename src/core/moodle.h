/* Private to the loaders: the seam where Moodle XML quizzes (<quiz> root) become Banks. */
#ifndef HEROCITY_MOODLE_H
#define HEROCITY_MOODLE_H

#include <libxml/tree.h>

#include "herocity/bank.h"
#include "herocity/diag.h"

/* Converts a parsed Moodle XML document (root element <quiz>) into a new Bank read from `name`.
 * `doc` is borrowed: the caller still owns and frees it. The loader has already refused
 * DOCTYPEs; only libxml2's tree is read here, which reports nothing (but running out of
 * memory).
 * Returns NULL, with at least one error in diags, when nothing usable could be imported;
 * questions that have to be left out are reported as warnings. */
Bank *moodle_import(xmlDocPtr doc, const char *name, Diagnostics *diags);

#endif
