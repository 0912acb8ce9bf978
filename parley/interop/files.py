"""Reading whole files (class files, jars' members come from rzipfile)."""
import errno
import os


def read_file(path):
    """The bytes of a file; raises OSError."""
    if '\x00' in path:
        raise OSError(errno.ENOENT, 'no such file')
    fd = os.open(path, os.O_RDONLY, 0)
    try:
        parts = []
        while True:
            s = os.read(fd, 65536)
            if not s:
                break
            parts.append(s)
    finally:
        os.close(fd)
    return ''.join(parts)
