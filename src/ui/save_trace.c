/* The save trace (see save_trace.h). Each line goes out in one write(2) to a file opened with
 * O_APPEND, unbuffered: once write returns, a SIGKILL cannot lose the line, and a line is
 * never half written before another. */
#include "save_trace.h"

#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

static int trace_fd = -1;

bool save_trace_open(const char *path)
{
    save_trace_close();
    trace_fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    return trace_fd >= 0;
}

void save_trace_close(void)
{
    if (trace_fd >= 0)
        close(trace_fd);
    trace_fd = -1;
}

void save_trace(const char *format, ...)
{
    if (trace_fd < 0)
        return;
    char line[512];
    va_list args;
    va_start(args, format);
    int length = vsnprintf(line, sizeof line - 1, format, args);
    va_end(args);
    if (length < 0)
        return;
    if ((size_t)length > sizeof line - 2)
        length = (int)sizeof line - 2; /* cut, but still one line */
    line[length++] = '\n';
    ssize_t written = write(trace_fd, line, (size_t)length);
    (void)written; /* a trace that cannot be written leaves the game as it was */
}
