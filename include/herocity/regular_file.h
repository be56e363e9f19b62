/* Opening files named by the user, who may name a FIFO or a device by mistake. */
#ifndef HEROCITY_REGULAR_FILE_H
#define HEROCITY_REGULAR_FILE_H

#include <stdio.h>

/* PATH opened for reading ("rb") if it is a regular file, else NULL with *why set to a
 * sentence fragment such as "it is not a regular file (a FIFO)" or strerror's text. Never
 * blocks: a FIFO with no writer would block a plain open() forever, so the file is opened
 * non-blocking and checked with fstat before anything is read. */
FILE *regular_file_open(const char *path, const char **why);

#endif
