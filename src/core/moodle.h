/* Private to the loaders: the seam where Moodle XML quizzes (<quiz> root) become Banks. */
#ifndef HEROCITY_MOODLE_H
#define HEROCITY_MOODLE_H

#include <libxml/tree.h>

#include "herocity/bank.h"
#include "herocity/diag.h"

/* Converts a parsed Moodle XML document (root element <quiz>) into a new Bank read from `name`.
 * `doc` is borrowed: the caller still owns and frees it. The loader has already refused
 * DOCTYPEs and installed its error handlers, so libxml2 calls made here report into diags.
 * Returns NULL, with at least one error in diags, when nothing usable could be imported;
 * questions that have to be left out are reported as warnings. */
Bank *moodle_import(xmlDocPtr doc, const char *name, Diagnostics *diags);

#endif
