#include "herocity/regular_file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *not_regular_reason(mode_t mode)
{
    if (S_ISFIFO(mode))
        return "it is not a regular file (a FIFO)";
    if (S_ISDIR(mode))
        return "it is not a regular file (a folder)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "it is not a regular file (a device)";
    if (S_ISSOCK(mode))
        return "it is not a regular file (a socket)";
    return "it is not a regular file";
}

FILE *regular_file_open(const char *path, const char **why)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *why = strerror(errno);
        return NULL;
    }
    struct stat info;
    if (fstat(fd, &info) != 0) {
        *why = strerror(errno);
        close(fd);
        return NULL;
    }
    if (!S_ISREG(info.st_mode)) {
        *why = not_regular_reason(info.st_mode);
        close(fd);
        return NULL;
    }
    /* Reads of a regular file never block; clearing the flag keeps stdio's reads plain. */
    int flags = fcntl(fd, F_GETFL);
    FILE *file =
        flags >= 0 && fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0 ? fdopen(fd, "rb") : NULL;
    if (!file) {
        *why = strerror(errno);
        close(fd);
    }
    return file;
}
