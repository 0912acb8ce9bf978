"""File-name helpers in RPython (os.path's are not all RPython)."""
import os


def dirname(p):
    i = p.rfind('/')
    if i < 0:
        return ''
    if i == 0:
        return '/'
    assert i > 0
    return p[:i]


def join(a, b):
    if not a:
        return b
    if b.startswith('/'):
        return b
    if a.endswith('/'):
        return a + b
    return a + '/' + b


def exists(p):
    if '\x00' in p:
        return False    # a name read from a corrupt file: no such path
    try:
        os.stat(p)
    except OSError:
        return False
    return True


def isdir(p):
    if '\x00' in p:
        return False
    try:
        st = os.stat(p)
    except OSError:
        return False
    return (st.st_mode & 0170000) == 0040000
