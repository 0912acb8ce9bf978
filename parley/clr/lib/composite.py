"""Composite formatting (String.Format, Console.WriteLine(format, ...),
TextWriter.Write(format, ...)): "{index[,alignment][:format]}" items,
"{{" and "}}" escapes, with Mono 6.8's parsing and messages."""
from rpython.rlib.rstring import UnicodeBuilder
from parley.interop.model import W_String, W_Box, W_Instance
from parley.interop.core import call_tostring
from parley.clr.lib.util import throw, format_error

TOSTRING_FORMAT = 'ToString(Ljava/lang/String;Lcli/System/IFormatProvider;)Ljava/lang/String;'


def format_arg(w, fmt):
    """An argument's text for a format item: IFormattable values get
    ToString(format, null), others ToString(); null is ''."""
    if w is None:
        return u''
    if isinstance(w, W_String):
        return w.value
    if isinstance(w, W_Box):
        from parley.clr.lib.primitives import box_format
        return box_format(w, fmt)
    from parley.clr.lib.types import iformattable_class
    cls = w.getclass()
    if cls.is_subclass_of(iformattable_class):
        m = cls.dispatch(TOSTRING_FORMAT)
        if m is not None:
            w_fmt = None
            if fmt is not None:
                w_fmt = W_String(fmt)
            w_res = m.invoke([w, w_fmt, None])
            if w_res is None:
                return u''
            assert isinstance(w_res, W_String)
            return w_res.value
    from parley.clr.lib.strings import object_text
    return object_text(w)


def composite_format(fmt, args):
    """Expand a composite format string with the argument list args."""
    sb = UnicodeBuilder()
    pos = 0
    n = len(fmt)
    ch = u'\0'
    while True:
        while pos < n:
            ch = fmt[pos]
            pos += 1
            if ch == u'}':
                if pos < n and fmt[pos] == u'}':
                    pos += 1
                else:
                    raise format_error()
            if ch == u'{':
                if pos < n and fmt[pos] == u'{':
                    pos += 1
                else:
                    pos -= 1
                    break
            sb.append(ch)
        if pos == n:
            break
        pos += 1
        if pos == n:
            raise format_error()
        ch = fmt[pos]
        if ch < u'0' or ch > u'9':
            raise format_error()
        index = 0
        while True:
            index = index * 10 + ord(ch) - 48
            pos += 1
            if pos == n:
                raise format_error()
            ch = fmt[pos]
            if not (u'0' <= ch <= u'9' and index < 1000000):
                break
        if index >= len(args):
            raise throw('System.FormatException',
                        'Index (zero based) must be greater than or equal to '
                        'zero and less than the size of the argument list.')
        while pos < n:
            ch = fmt[pos]
            if ch != u' ':
                break
            pos += 1
        left = False
        width = 0
        if ch == u',':
            pos += 1
            while pos < n and fmt[pos] == u' ':
                pos += 1
            if pos == n:
                raise format_error()
            ch = fmt[pos]
            if ch == u'-':
                left = True
                pos += 1
                if pos == n:
                    raise format_error()
                ch = fmt[pos]
            if ch < u'0' or ch > u'9':
                raise format_error()
            while True:
                width = width * 10 + ord(ch) - 48
                pos += 1
                if pos == n:
                    raise format_error()
                ch = fmt[pos]
                if not (u'0' <= ch <= u'9' and width < 1000000):
                    break
        while pos < n:
            ch = fmt[pos]
            if ch != u' ':
                break
            pos += 1
        item_fmt = None
        if ch == u':':
            pos += 1
            fsb = UnicodeBuilder()
            while True:
                if pos == n:
                    raise format_error()
                ch = fmt[pos]
                pos += 1
                if ch == u'{':
                    if pos < n and fmt[pos] == u'{':
                        pos += 1
                    else:
                        raise format_error()
                elif ch == u'}':
                    if pos < n and fmt[pos] == u'}':
                        pos += 1
                    else:
                        pos -= 1
                        break
                fsb.append(ch)
            item_fmt = fsb.build()
        if ch != u'}':
            raise format_error()
        pos += 1
        s = format_arg(args[index], item_fmt)
        pad = width - len(s)
        if not left and pad > 0:
            sb.append_multiple_char(u' ', pad)
        sb.append(s)
        if left and pad > 0:
            sb.append_multiple_char(u' ', pad)
    return sb.build()
