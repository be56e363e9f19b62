/* Moodle XML import: turns a <quiz> document into a Bank. Not written yet; the seam is ready. */
#include "moodle.h"

#include <limits.h>

Bank *moodle_import(xmlDocPtr doc, const char *name, Diagnostics *diags)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    long line = root ? xmlGetLineNo(root) : 0;
    diags_add(diags, DIAG_ERROR, name, line > 0 && line <= INT_MAX ? (int)line : 0, 0,
              "Moodle XML import is not available yet");
    return NULL;
}
