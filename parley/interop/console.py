"""Standard output and error, shared by both VMs so that their output
interleaves in program order.  stdout is buffered; stderr is not, and a
write to it first flushes stdout."""
import os
from rpython.rlib.runicode import unicode_encode_utf_8, str_decode_utf_8


class Console(object):
    def __init__(self):
        self.buf = []
        self.size = 0

    def write_out(self, s):
        self.buf.append(s)
        self.size += len(s)
        if self.size > 65536:
            self.flush()

    def write_out_unicode(self, u):
        self.write_out(encode_utf8(u))

    def write_err(self, s):
        self.flush()
        _write_all(2, s)

    def flush(self):
        if self.buf:
            data = ''.join(self.buf)
            self.buf = []
            self.size = 0
            _write_all(1, data)


def encode_utf8(u):
    return unicode_encode_utf_8(u, len(u), 'replace')


def decode_utf8(s):
    """Bytes from outside (names in class files and metadata, command-line
    arguments) as text; malformed UTF-8 becomes U+FFFD, never an error."""
    u, _ = str_decode_utf_8(s, len(s), 'replace', final=True)
    return u


def _write_all(fd, data):
    while data:
        try:
            n = os.write(fd, data)
        except OSError:
            return
        if n <= 0:
            return
        assert n > 0
        data = data[n:]


console = Console()
