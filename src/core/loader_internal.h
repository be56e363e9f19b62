/* Private to the loader files: bank checks (loader_check.c) and messages (loader_messages.c). */
#ifndef HEROCITY_LOADER_INTERNAL_H
#define HEROCITY_LOADER_INTERNAL_H

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "herocity/bank.h"
#include "herocity/diag.h"

/* Turns a <bank> document that already passed bank-1.xsd into a new Bank read from `name`
 * (caller frees). Checks what the schema cannot: exactly one correct choice per question, no
 * duplicate or blank choices, no blank prompt or title, unique question ids. Every problem is
 * added to diags with its line; returns NULL when there was any, or when memory ran out.
 * `doc` is borrowed. */
Bank *loader_check_bank(xmlDocPtr doc, const char *name, Diagnostics *diags);

/* The message for one libxml2 error, in words a bank author understands (what is wrong and,
 * where cheap, how to fix it); no position, the caller adds file:line:col. New string, caller
 * hc_frees; NULL when memory runs out. */
char *loader_message(const xmlError *err);

#endif
