"""System.Console and the System.IO.TextWriter objects of Console.Out and
Console.Error: Write/WriteLine of every primitive type, strings, objects,
char arrays and composite formats; ReadLine/Read from standard input."""
import os
from rpython.rlib.rstring import UnicodeBuilder
from parley.interop.model import (W_Int, W_String, W_IntArray, W_Instance)
from parley.interop.console import console, encode_utf8, decode_utf8
from parley.interop.native import add_native
from parley.clr.ukeys import add_native_u
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.clr.lib.util import (ival, jval, dval, sval, arg_null, arg_range,
                                 chars_to_unicode, throw)
from parley.clr.lib import numformat
from parley.clr.lib.strings import text_of, object_list

STATIC = ACC_PUBLIC | ACC_STATIC
S = 'Ljava/lang/String;'
O = 'Ljava/lang/Object;'
WRITER = 'Lcli/System/IO/TextWriter;'

FD_OUT = 1
FD_ERR = 2


def write_text(fd, u):
    if fd == FD_ERR:
        console.write_err(encode_utf8(u))
    else:
        console.write_out(encode_utf8(u))


def value_text(kind, w):
    """The text Console.Write(x) prints for an argument of descriptor kind."""
    if kind == 'I':
        return unicode(str(ival(w)))
    if kind == 'J':
        return unicode(str(jval(w)))
    if kind == 'U':             # uint32
        return unicode(str(ival(w) & 0xffffffff))
    if kind == 'V':             # uint64
        return numformat.format_integer(jval(w), 64, True, None)
    if kind == 'Z':
        return u'True' if ival(w) != 0 else u'False'
    if kind == 'C':
        return unichr(ival(w) & 0xffff)
    if kind == 'D':
        return numformat.format_double(dval(w), None)
    if kind == 'F':
        return numformat.format_single(dval(w), None)
    if kind == 'S':
        s = sval(w)
        if s is None:
            return u''
        return s
    if kind == 'O':
        # TextWriter.Write(object): IFormattable values get ToString(null, ...)
        from parley.clr.lib.composite import format_arg
        return format_arg(w, None)
    if kind == 'A':             # char[]
        if w is None:
            return u''
        assert isinstance(w, W_IntArray)
        return chars_to_unicode(w.storage, 0, len(w.storage))
    return text_of(w)


def _chars_range(args, first):
    w_arr = args[first]
    if w_arr is None:
        raise arg_null('buffer')
    assert isinstance(w_arr, W_IntArray)
    index = ival(args[first + 1])
    count = ival(args[first + 2])
    if index < 0:
        raise arg_range('index', 'Non-negative number required.')
    if count < 0:
        raise arg_range('count', 'Non-negative number required.')
    if len(w_arr.storage) - index < count:
        raise throw('System.ArgumentException',
                    'Offset and length were out of bounds for the array or count '
                    'is greater than the number of elements from index to the end '
                    'of the source collection.')
    return chars_to_unicode(w_arr.storage, index, index + count)


def _format_text(args, first, nitems):
    from parley.clr.lib.composite import composite_format
    fmt = sval(args[first])
    if fmt is None:
        raise arg_null('format')
    items = []
    for i in range(nitems):
        items.append(args[first + 1 + i])
    return composite_format(fmt, items)


def _format_array_text(args, first):
    from parley.clr.lib.composite import composite_format
    fmt = sval(args[first])
    if fmt is None:
        raise arg_null('format')
    return composite_format(fmt, object_list(args[first + 1], 'args'))


# ---- the writers -----------------------------------------------------------------------

class Writers(object):
    """The TextWriter objects of Console.Out and Console.Error and the
    TextReader of Console.In, made on first use (after the classes are
    linked)."""
    def __init__(self):
        self.out = None
        self.err = None
        self.inp = None

writers = Writers()


def writer_fd(w):
    if w is writers.err and w is not None:
        return FD_ERR
    return FD_OUT


def _get_out(args):
    from parley.clr.lib.types import text_writer_class
    if writers.out is None:
        writers.out = W_Instance(text_writer_class)
    return writers.out


def _get_error(args):
    from parley.clr.lib.types import text_writer_class
    if writers.err is None:
        writers.err = W_Instance(text_writer_class)
    return writers.err


def _get_in(args):
    from parley.clr.lib.types import text_reader_class
    if writers.inp is None:
        writers.inp = W_Instance(text_reader_class)
    return writers.inp


# Console.X(args) has args[0:]; writer.X(args) has the receiver first
def _make_write(kind, newline, is_writer):
    first = 1 if is_writer else 0

    def fn(args):
        fd = writer_fd(args[0]) if is_writer else FD_OUT
        u = value_text(kind, args[first])
        if newline:
            u = u + u'\n'
        write_text(fd, u)
        return None
    return fn


def _make_write_range(newline, is_writer):
    first = 1 if is_writer else 0

    def fn(args):
        fd = writer_fd(args[0]) if is_writer else FD_OUT
        u = _chars_range(args, first)
        if newline:
            u = u + u'\n'
        write_text(fd, u)
        return None
    return fn


def _make_write_format(nitems, newline, is_writer):
    first = 1 if is_writer else 0

    def fn(args):
        fd = writer_fd(args[0]) if is_writer else FD_OUT
        u = _format_text(args, first, nitems)
        if newline:
            u = u + u'\n'
        write_text(fd, u)
        return None
    return fn


def _make_write_format_array(newline, is_writer):
    first = 1 if is_writer else 0

    def fn(args):
        fd = writer_fd(args[0]) if is_writer else FD_OUT
        u = _format_array_text(args, first)
        if newline:
            u = u + u'\n'
        write_text(fd, u)
        return None
    return fn


def _make_newline(is_writer):
    def fn(args):
        fd = writer_fd(args[0]) if is_writer else FD_OUT
        write_text(fd, u'\n')
        return None
    return fn


def _flush(args):
    console.flush()
    return None


# Write(uint)/Write(ulong): the keys of Write(int)/Write(long) with the
# parameter marked unsigned (parley.clr.ukeys)
_UKINDS = [('U', 'I'), ('V', 'J')]
_KINDS = [('Z', 'Z'), ('C', 'C'), ('I', 'I'), ('J', 'J'), ('F', 'F'),
          ('D', 'D'), ('S', S), ('O', O), ('A', '[C')]


def install_writes(cls, is_writer):
    flags = ACC_PUBLIC if is_writer else STATIC
    for kind, desc in _KINDS:
        add_native(cls, 'Write', '(' + desc + ')V', _make_write(kind, False, is_writer), flags)
        add_native(cls, 'WriteLine', '(' + desc + ')V', _make_write(kind, True, is_writer), flags)
    for kind, desc in _UKINDS:
        add_native_u(cls, 'Write', '(' + desc + ')V', 'u>.',
                     _make_write(kind, False, is_writer), flags)
        add_native_u(cls, 'WriteLine', '(' + desc + ')V', 'u>.',
                     _make_write(kind, True, is_writer), flags)
    add_native(cls, 'WriteLine', '()V', _make_newline(is_writer), flags)
    add_native(cls, 'Write', '([CII)V', _make_write_range(False, is_writer), flags)
    add_native(cls, 'WriteLine', '([CII)V', _make_write_range(True, is_writer), flags)
    for n in range(1, 4):
        desc = '(' + S + O * n + ')V'
        add_native(cls, 'Write', desc, _make_write_format(n, False, is_writer), flags)
        add_native(cls, 'WriteLine', desc, _make_write_format(n, True, is_writer), flags)
    add_native(cls, 'Write', '(' + S + '[' + O + ')V',
               _make_write_format_array(False, is_writer), flags)
    add_native(cls, 'WriteLine', '(' + S + '[' + O + ')V',
               _make_write_format_array(True, is_writer), flags)


# ---- standard input ---------------------------------------------------------------------

class StdinReader(object):
    """Standard input, read a line at a time (so that a prompt written
    before ReadLine is not held back), decoded as UTF-8."""
    def __init__(self):
        self.raw = ''           # bytes read but not yet decoded
        self.pending = u''      # decoded text not yet returned
        self.eof = False

    def _fill_line(self):
        """Decode the next line (with its terminator) into pending;
        False at end of input."""
        while True:
            i = self.raw.find('\n')
            if i >= 0:
                line = self.raw[:i + 1]
                self.raw = self.raw[i + 1:]
                self.pending = self.pending + decode_utf8(line)
                return True
            if self.eof:
                if self.raw:
                    self.pending = self.pending + decode_utf8(self.raw)
                    self.raw = ''
                    return True
                return False
            try:
                data = os.read(0, 4096)
            except OSError:
                data = ''
            if not data:
                self.eof = True
            else:
                self.raw = self.raw + data

    def read_line(self):
        """A line without its terminator (\\n, \\r\\n or \\r), or None."""
        while True:
            p = self.pending
            for i in range(len(p)):
                c = p[i]
                if c == u'\n':
                    self.pending = p[i + 1:]
                    return p[:i]
                if c == u'\r':
                    if i + 1 < len(p):
                        j = i + 2 if p[i + 1] == u'\n' else i + 1
                        self.pending = p[j:]
                        return p[:i]
                    if self.eof and not self.raw:
                        self.pending = u''
                        return p[:i]
                    break
            if not self._fill_line():
                if len(self.pending) > 0:
                    line = self.pending
                    self.pending = u''
                    return line
                return None

    def read_char(self):
        if len(self.pending) == 0:
            if not self._fill_line():
                return -1
        if len(self.pending) == 0:
            return -1
        c = ord(self.pending[0])
        self.pending = self.pending[1:]
        return c


stdin = StdinReader()


def _read_line(args):
    console.flush()
    line = stdin.read_line()
    if line is None:
        return None
    return W_String(line)


def _read(args):
    console.flush()
    return W_Int(stdin.read_char())


def _reader_read_to_end(args):
    console.flush()
    sb = UnicodeBuilder()
    while True:
        c = stdin.read_char()
        if c < 0:
            break
        sb.append(unichr(c))
    return W_String(sb.build())


COLOR = 'Lcli/System/ConsoleColor;'


def _get_color(args):
    return W_Int(0)


def _ignore(args):
    return None


def install(console_class, writer_class, reader_class):
    install_writes(console_class, False)
    install_writes(writer_class, True)
    add_native(console_class, 'get_Out', '()' + WRITER, _get_out, STATIC)
    add_native(console_class, 'get_Error', '()' + WRITER, _get_error, STATIC)
    add_native(console_class, 'get_In', '()Lcli/System/IO/TextReader;', _get_in, STATIC)
    add_native(console_class, 'ReadLine', '()' + S, _read_line, STATIC)
    # colours: Parley's console is not a terminal, and Mono's, when its
    # output is not one, writes no escape codes and reads back Black
    for which in ['Foreground', 'Background']:
        add_native(console_class, 'get_%sColor' % which, '()' + COLOR,
                   _get_color, STATIC)
        add_native(console_class, 'set_%sColor' % which, '(' + COLOR + ')V',
                   _ignore, STATIC)
    add_native(console_class, 'ResetColor', '()V', _ignore, STATIC)
    add_native(console_class, 'Read', '()I', _read, STATIC)
    add_native(writer_class, 'Flush', '()V', _flush)
    add_native(reader_class, 'ReadLine', '()' + S, _read_line)
    add_native(reader_class, 'Read', '()I', _read)
    add_native(reader_class, 'ReadToEnd', '()' + S, _reader_read_to_end)
