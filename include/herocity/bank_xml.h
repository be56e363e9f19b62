/* Writes a Bank as a native v1 bank file, the format questions/schema/bank-1.xsd describes. */
#ifndef HEROCITY_BANK_XML_H
#define HEROCITY_BANK_XML_H

#include <stdbool.h>
#include <stdio.h>

#include "herocity/bank.h"

/* Writes `bank` to `out` as UTF-8 XML that validates against bank-1.xsd and loads back into
 * the same bank: all text XML-escaped, 2-space indents, defaults (difficulty 2, shuffle true,
 * empty explanation, source and description) left out. Returns false when writing failed or a
 * text holds a control character XML 1.0 cannot carry (no loaded bank does). */
bool bank_write_xml(const Bank *bank, FILE *out);

#endif
