/* Whitespace rules shared by the loaders: XML authors indent and wrap text freely. */
#ifndef HEROCITY_TEXT_SPACE_H
#define HEROCITY_TEXT_SPACE_H

#include <stdbool.h>

/* The four XML whitespace characters. */
bool text_is_space(char ch);
/* Trims text in place and collapses every run of whitespace into one space. */
void text_collapse_space(char *text);

#endif
