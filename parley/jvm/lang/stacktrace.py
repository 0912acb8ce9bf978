"""Java stack traces: fillInStackTrace at construction, StackTraceElement,
Throwable.getStackTrace/setStackTrace, and printStackTrace in HotSpot's
format (also the uncaught-exception report).

A Java throwable records the whole live stack when it is made, as HotSpot
does: its constructor calls the (overridable) fillInStackTrace(), which
walks the frame chain of both interpreters (parley.interop.framechain),
skipping the fillInStackTrace and <init> frames of the throwable itself;
an exception the VM throws (NullPointerException ...) is filled at the
instruction that throws.  The trace is then closed: unwinding adds nothing
(CLR exceptions keep recording frames as they unwind, as .NET does).

The trace is kept as StackEntry(method, pc) in W_Throwable.trace; the
StackTraceElement[] is made when the program asks for it and then kept in
the Throwable's `stackTrace` field (setStackTrace replaces it), as the JDK
does.  Native methods of Parley's library have no frame (the JDK's own
frames of the same methods are therefore absent).
"""
from parley.interop import framechain
from parley.interop.model import (W_Throwable, W_Instance, W_String, W_Int,
                                  W_RefArray, MAX_TRACE, W_TRUE, W_FALSE)
from parley.interop.method import StackEntry, ACC_PUBLIC, ACC_PRIVATE
from parley.interop.klass import ACC_FINAL
from parley.interop.core import (object_class, call_tostring, string_hashcode,
                                 java_class_name)
from parley.interop.native import add_native, add_field
from parley.interop.console import console, encode_utf8, decode_utf8
from parley.interop import arrays
from parley.jvm.corelib import _class, throwable_class
from parley.jvm.lang.util import throw, ival

# ---- java.lang.StackTraceElement -------------------------------------------------

ste_class = _class('java.lang.StackTraceElement', object_class, ACC_PUBLIC | ACC_FINAL)
_F_LOADER = add_field(ste_class, 'classLoaderName', 'Ljava/lang/String;', False, ACC_PRIVATE)
_F_MODULE = add_field(ste_class, 'moduleName', 'Ljava/lang/String;', False, ACC_PRIVATE)
_F_VERSION = add_field(ste_class, 'moduleVersion', 'Ljava/lang/String;', False, ACC_PRIVATE)
_F_CLASS = add_field(ste_class, 'declaringClass', 'Ljava/lang/String;', False, ACC_PRIVATE)
_F_METHOD = add_field(ste_class, 'methodName', 'Ljava/lang/String;', False, ACC_PRIVATE)
_F_FILE = add_field(ste_class, 'fileName', 'Ljava/lang/String;', False, ACC_PRIVATE)
_F_LINE = add_field(ste_class, 'lineNumber', 'I', False, ACC_PRIVATE)
# the JDK's `format`: which parts toString leaves out (set for the elements
# the VM makes: the built-in class loader's name, the JDK modules' version)
_F_FORMAT = add_field(ste_class, 'format', 'B', False, ACC_PRIVATE)
DROP_LOADER = 1
DROP_VERSION = 2


def _field(w, f):
    assert isinstance(w, W_Instance)
    return w.fields[f.index]


def _ustr(w):
    """A String field or argument (None for null) as unicode or None."""
    if w is None:
        return None
    assert isinstance(w, W_String)
    return w.value


def _wstr_or_null(u):
    if u is None:
        return None
    return W_String(u)


def new_element(loader, module, version, cls, method, fname, line, fmt):
    w = W_Instance(ste_class)
    w.fields[_F_LOADER.index] = _wstr_or_null(loader)
    w.fields[_F_MODULE.index] = _wstr_or_null(module)
    w.fields[_F_VERSION.index] = _wstr_or_null(version)
    w.fields[_F_CLASS.index] = W_String(cls)
    w.fields[_F_METHOD.index] = W_String(method)
    w.fields[_F_FILE.index] = _wstr_or_null(fname)
    w.fields[_F_LINE.index] = W_Int(line)
    w.fields[_F_FORMAT.index] = W_Int(fmt)
    return w


def is_jdk_class(klass):
    """Classes of java.base (Parley's library): HotSpot names their module."""
    return klass.vm.tag == 'jvm' and klass.name.startswith('java.')


def element_of(entry):
    """The StackTraceElement the VM makes for a frame."""
    m = entry.method
    klass = m.klass
    if klass.vm.tag == 'jvm':
        cls = decode_utf8(klass.name)
        src = klass.source_file
        fname = decode_utf8(src) if src else None
        line = m.line_for(entry.pc) if src else -1
        if is_jdk_class(klass):
            return new_element(None, u'java.base', None, cls, decode_utf8(m.name),
                               fname, line, DROP_LOADER | DROP_VERSION)
        return new_element(u'app', None, None, cls, decode_utf8(m.name),
                           fname, line, DROP_LOADER | DROP_VERSION)
    # a frame of the other VM: its class as Java names it
    return new_element(None, None, None, decode_utf8(java_class_name(klass)),
                       decode_utf8(m.name), None, -1, DROP_LOADER | DROP_VERSION)


def element_text(w):
    """StackTraceElement.toString() (JDK 17)."""
    fmt = ival(_field(w, _F_FORMAT))
    loader = _ustr(_field(w, _F_LOADER))
    module = _ustr(_field(w, _F_MODULE))
    version = _ustr(_field(w, _F_VERSION))
    s = u''
    if fmt & DROP_LOADER == 0 and loader is not None and len(loader) > 0:
        s += loader + u'/'
    if module is not None and len(module) > 0:
        s += module
        if fmt & DROP_VERSION == 0 and version is not None and len(version) > 0:
            s += u'@' + version
    cls = _ustr(_field(w, _F_CLASS))
    assert cls is not None
    if len(s) == 0:
        s = cls
    else:
        s = s + u'/' + cls
    method = _ustr(_field(w, _F_METHOD))
    fname = _ustr(_field(w, _F_FILE))
    line = ival(_field(w, _F_LINE))
    s += u'.' + (method if method is not None else u'null') + u'('
    if line == -2:
        return s + u'Native Method)'
    if fname is not None and line >= 0:
        return s + fname + u':' + unicode(str(line)) + u')'
    if fname is not None:
        return s + fname + u')'
    return s + u'Unknown Source)'


def frame_text(method, pc):
    """The trace line ('\\tat ...', bytes) of a JVM frame, as HotSpot prints
    it (JvmInstance.format_frame)."""
    return '\tat ' + encode_utf8(element_text(element_of(StackEntry(method, pc))))


def _ste_init(args):
    w = args[0]
    assert isinstance(w, W_Instance)
    if len(args) == 5:
        loader = module = version = None
        cls, method, fname, w_line = args[1], args[2], args[3], args[4]
    else:
        loader, module, version = args[1], args[2], args[3]
        cls, method, fname, w_line = args[4], args[5], args[6], args[7]
    if cls is None:
        raise throw('java/lang/NullPointerException', 'Declaring class is null')
    if method is None:
        raise throw('java/lang/NullPointerException', 'Method name is null')
    w.fields[_F_LOADER.index] = loader
    w.fields[_F_MODULE.index] = module
    w.fields[_F_VERSION.index] = version
    w.fields[_F_CLASS.index] = cls
    w.fields[_F_METHOD.index] = method
    w.fields[_F_FILE.index] = fname
    w.fields[_F_LINE.index] = w_line
    w.fields[_F_FORMAT.index] = W_Int(0)
    return None


def _ste_to_string(args):
    return W_String(element_text(args[0]))


_EQUAL_FIELDS = [_F_LOADER, _F_MODULE, _F_VERSION, _F_CLASS, _F_METHOD, _F_FILE]
_HASH_FIELDS = [_F_LOADER, _F_MODULE, _F_VERSION, _F_FILE]


def _opt_equal(a, b):
    ua = _ustr(a)
    ub = _ustr(b)
    if ua is None or ub is None:
        return ua is None and ub is None
    return ua == ub


def elements_equal(w, w_other):
    """StackTraceElement.equals."""
    if w is w_other:
        return True
    if not isinstance(w_other, W_Instance) or w_other.klass is not ste_class:
        return False
    for f in _EQUAL_FIELDS:
        if not _opt_equal(_field(w, f), _field(w_other, f)):
            return False
    return ival(_field(w, _F_LINE)) == ival(_field(w_other, _F_LINE))


def _ste_equals(args):
    return W_TRUE if elements_equal(args[0], args[1]) else W_FALSE


def _hash_or_zero(w):
    u = _ustr(w)
    if u is None:
        return 0
    return string_hashcode(u)


def _ste_hash_code(args):
    w = args[0]
    r = 31 * _hash_or_zero(_field(w, _F_CLASS)) + _hash_or_zero(_field(w, _F_METHOD))
    for f in _HASH_FIELDS:
        r = _wrap32(31 * r + _hash_or_zero(_field(w, f)))
    r = _wrap32(31 * r + ival(_field(w, _F_LINE)))
    return W_Int(r)


def _wrap32(v):
    v = v & 0xffffffff
    if v >= 0x80000000:
        v -= 0x100000000
    return v


def _getter(f):
    def get(args):
        return _field(args[0], f)
    return get


_S = 'Ljava/lang/String;'
add_native(ste_class, '<init>', '(' + _S * 3 + 'I)V', _ste_init)
add_native(ste_class, '<init>', '(' + _S * 6 + 'I)V', _ste_init)
add_native(ste_class, 'getClassLoaderName', '()' + _S, _getter(_F_LOADER))
add_native(ste_class, 'getModuleName', '()' + _S, _getter(_F_MODULE))
add_native(ste_class, 'getModuleVersion', '()' + _S, _getter(_F_VERSION))
add_native(ste_class, 'getClassName', '()' + _S, _getter(_F_CLASS))
add_native(ste_class, 'getMethodName', '()' + _S, _getter(_F_METHOD))
add_native(ste_class, 'getFileName', '()' + _S, _getter(_F_FILE))
add_native(ste_class, 'getLineNumber', '()I', _getter(_F_LINE))
add_native(ste_class, 'isNativeMethod', '()Z',
           lambda args: W_TRUE if ival(_field(args[0], _F_LINE)) == -2 else W_FALSE)
add_native(ste_class, 'toString', '()' + _S, _ste_to_string)
add_native(ste_class, 'equals', '(Ljava/lang/Object;)Z', _ste_equals)
add_native(ste_class, 'hashCode', '()I', _ste_hash_code)

# ---- Throwable: capturing the stack --------------------------------------------------

# the StackTraceElement[] once asked for or set (null: not made yet)
_F_STACK = add_field(throwable_class, 'stackTrace', '[Ljava/lang/StackTraceElement;',
                     False, ACC_PRIVATE)
# writableStackTrace == false (the 4-argument constructor): no trace at all
_F_FROZEN = add_field(throwable_class, 'stackTraceFrozen', 'Z', False, ACC_PRIVATE)
# the cause was given (a constructor with a cause, or initCause), maybe null
_F_CAUSE_SET = add_field(throwable_class, 'causeInitialized', 'Z', False, ACC_PRIVATE)
# enableSuppression == false: addSuppressed does nothing
_F_NO_SUPPRESSION = add_field(throwable_class, 'suppressionDisabled', 'Z', False,
                              ACC_PRIVATE)

FILL_KEY = 'fillInStackTrace()Ljava/lang/Throwable;'
CAUSE_KEY = 'getCause()Ljava/lang/Throwable;'


def is_java_throwable(w):
    return isinstance(w, W_Throwable) and w.getclass().is_subclass_of(throwable_class)


def _flag(w, f):
    if not isinstance(w, W_Throwable) or not is_java_throwable(w):
        return False
    w_v = w.fields[f.index]
    return isinstance(w_v, W_Int) and w_v.intval != 0


def _set_flag(w, f):
    assert isinstance(w, W_Instance)
    w.fields[f.index] = W_Int(1)


def capture_stack(w):
    """fillInStackTrace: the live frames, innermost first, without the
    frames of fillInStackTrace and then those of the throwable's own
    constructors (HotSpot's java_lang_Throwable::fill_in_stack_trace)."""
    assert isinstance(w, W_Throwable)
    cls = w.getclass()
    entries = []
    frame = framechain.top_frame()
    skip_fill = True
    skip_init = True
    while frame is not None and len(entries) < MAX_TRACE:
        m = frame.chain_method()
        if skip_fill:
            if m.name == 'fillInStackTrace' and cls.is_subclass_of(m.klass):
                frame = framechain.back_frame(frame)
                continue
            skip_fill = False
        if skip_init:
            if m.name == '<init>' and cls.is_subclass_of(m.klass):
                frame = framechain.back_frame(frame)
                continue
            skip_init = False
        entries.append(StackEntry(m, frame.chain_pc()))
        frame = framechain.back_frame(frame)
    w.trace = entries
    w.trace_closed = True
    if is_java_throwable(w):
        w.fields[_F_STACK.index] = None


def fill_in(w):
    """What a Throwable constructor does: call fillInStackTrace(), which a
    subclass may override (to leave the trace empty, say)."""
    assert isinstance(w, W_Throwable)
    w.trace_closed = True        # whatever the override does: no unwinding frames
    m = w.getclass().dispatch(FILL_KEY)
    if m is None or m is _fill_method:
        capture_stack(w)
    else:
        m.invoke([w])


def _t_fill_in_stack_trace(args):
    w = args[0]
    if not _flag(w, _F_FROZEN):
        capture_stack(w)
    return w


_fill_method = add_native(throwable_class, 'fillInStackTrace', '()Ljava/lang/Throwable;',
                          _t_fill_in_stack_trace)


def our_stack_trace(w):
    """Throwable.getOurStackTrace: the StackTraceElement[] (made once)."""
    assert isinstance(w, W_Throwable)
    java = is_java_throwable(w)
    if java:
        w_arr = w.fields[_F_STACK.index]
        if w_arr is not None:
            assert isinstance(w_arr, W_RefArray)
            return w_arr
    n = len(w.trace)
    if java and _flag(w, _F_FROZEN):
        n = 0
    arr = W_RefArray(arrays.array_class_of(ste_class), n)
    for i in range(n):
        arr.storage[i] = element_of(w.trace[i])
    if java:
        w.fields[_F_STACK.index] = arr
    return arr


def _t_get_stack_trace(args):
    arr = our_stack_trace(args[0])
    copy = W_RefArray(arr.klass, len(arr.storage))
    for i in range(len(arr.storage)):
        copy.storage[i] = arr.storage[i]
    return copy


def _t_set_stack_trace(args):
    w = args[0]
    w_arr = args[1]
    if w_arr is None:
        raise throw('java/lang/NullPointerException',
                    'Cannot invoke "[Ljava.lang.StackTraceElement;.clone()" '
                    'because "stackTrace" is null')
    assert isinstance(w_arr, W_RefArray)
    n = len(w_arr.storage)
    copy = W_RefArray(arrays.array_class_of(ste_class), n)
    for i in range(n):
        if w_arr.storage[i] is None:
            raise throw('java/lang/NullPointerException', 'stackTrace[%d]' % i)
        copy.storage[i] = w_arr.storage[i]
    if _flag(w, _F_FROZEN):
        return None
    assert isinstance(w, W_Throwable)
    w.fields[_F_STACK.index] = copy
    return None


def copy_stack_trace(w_from, w_to):
    """w_to.setStackTrace(w_from.getStackTrace())."""
    arr = our_stack_trace(w_from)
    if is_java_throwable(w_to):
        assert isinstance(w_to, W_Throwable)
        copy = W_RefArray(arr.klass, len(arr.storage))
        for i in range(len(arr.storage)):
            copy.storage[i] = arr.storage[i]
        w_to.fields[_F_STACK.index] = copy


add_native(throwable_class, 'getStackTrace', '()[Ljava/lang/StackTraceElement;',
           _t_get_stack_trace)
add_native(throwable_class, 'setStackTrace', '([Ljava/lang/StackTraceElement;)V',
           _t_set_stack_trace)

# ---- Throwable: constructors, cause, suppressed -------------------------------------


def _thr(w):
    assert isinstance(w, W_Throwable)
    return w


def _message_arg(w):
    if w is not None:
        assert isinstance(w, W_String)
    return w


def _init_plain(args):
    fill_in(_thr(args[0]))
    return None


def _init_message(args):
    w = _thr(args[0])
    fill_in(w)
    w.message = _message_arg(args[1])
    return None


def _set_cause(w, w_cause):
    if w_cause is not None:
        w.cause = _thr(w_cause)
    else:
        w.cause = None
    _set_flag(w, _F_CAUSE_SET)


def _init_message_cause(args):
    w = _thr(args[0])
    fill_in(w)
    w.message = _message_arg(args[1])
    _set_cause(w, args[2])
    return None


def _init_cause(args):
    w = _thr(args[0])
    fill_in(w)
    w_cause = args[1]
    if w_cause is not None:
        w.message = W_String(call_tostring(w_cause))
    _set_cause(w, w_cause)
    return None


def _init_full(args):
    """Throwable(String, Throwable, boolean enableSuppression, boolean
    writableStackTrace)."""
    w = _thr(args[0])
    if ival(args[4]) != 0:
        fill_in(w)
    else:
        w.trace = []
        w.trace_closed = True
        _set_flag(w, _F_FROZEN)
    if ival(args[3]) == 0:
        _set_flag(w, _F_NO_SUPPRESSION)
    w.message = _message_arg(args[1])
    _set_cause(w, args[2])
    return None


def _t_init_cause_method(args):
    """Throwable.initCause."""
    w = _thr(args[0])
    w_cause = args[1]
    if _flag(w, _F_CAUSE_SET):
        what = u'a null' if w_cause is None else call_tostring(w_cause)
        raise _with_cause(throw('java/lang/IllegalStateException',
                                "Can't overwrite cause with " + encode_utf8(what)), w)
    if w_cause is w:
        raise _with_cause(throw('java/lang/IllegalArgumentException',
                                'Self-causation not permitted'), w)
    _set_cause(w, w_cause)
    return w


def _with_cause(e, w_cause):
    w = e.w_exc
    assert isinstance(w, W_Throwable)
    w.cause = _thr(w_cause)
    _set_flag(w, _F_CAUSE_SET)
    return e


def _t_add_suppressed(args):
    w = _thr(args[0])
    if args[1] is None:
        raise throw('java/lang/NullPointerException', 'Cannot suppress a null exception.')
    s = _thr(args[1])
    if s is w:
        raise _with_cause(throw('java/lang/IllegalArgumentException',
                                'Self-suppression not permitted'), s)
    if _flag(w, _F_NO_SUPPRESSION):
        return None
    if w.suppressed is None:
        w.suppressed = [s]
    else:
        w.suppressed.append(s)
    return None


_ACC_PUBLIC_FINAL = ACC_PUBLIC | ACC_FINAL
add_native(throwable_class, '<init>', '()V', _init_plain)
add_native(throwable_class, '<init>', '(Ljava/lang/String;)V', _init_message)
add_native(throwable_class, '<init>', '(Ljava/lang/String;Ljava/lang/Throwable;)V',
           _init_message_cause)
add_native(throwable_class, '<init>', '(Ljava/lang/Throwable;)V', _init_cause)
add_native(throwable_class, '<init>', '(Ljava/lang/String;Ljava/lang/Throwable;ZZ)V',
           _init_full, 0x0004)
add_native(throwable_class, 'initCause', '(Ljava/lang/Throwable;)Ljava/lang/Throwable;',
           _t_init_cause_method)
add_native(throwable_class, 'addSuppressed', '(Ljava/lang/Throwable;)V', _t_add_suppressed,
           _ACC_PUBLIC_FINAL)

# ---- printStackTrace ----------------------------------------------------------------


def describe(w):
    """String.valueOf(w) as bytes: the throwable's toString()."""
    return encode_utf8(call_tostring(w))


def trace_lines(w):
    """The '\\tat ...' lines of w's trace (bytes), innermost first.  Frames
    of the other VM are in that VM's notation (the made or set
    StackTraceElements, once the program asked for them, in Java's)."""
    assert isinstance(w, W_Throwable)
    lines = []
    if is_java_throwable(w):
        w_arr = w.fields[_F_STACK.index]
        if w_arr is not None or _flag(w, _F_FROZEN):
            arr = our_stack_trace(w)
            for w_el in arr.storage:
                lines.append('\tat ' + encode_utf8(element_text(w_el)))
            return lines
    for entry in w.trace:
        lines.append(entry.method.location(entry.pc))
    return lines


def cause_of(w):
    """getCause(), which a subclass may override."""
    m = w.getclass().dispatch(CAUSE_KEY)
    if m is None:
        return w.cause
    w_c = m.invoke([w])
    if w_c is None:
        return None
    return _thr(w_c)


def stack_trace_text(w):
    """Throwable.printStackTrace()'s text (bytes)."""
    assert isinstance(w, W_Throwable)
    out = []
    dejavu = [w]
    out.append(describe(w) + '\n')
    trace = trace_lines(w)
    for line in trace:
        out.append(line + '\n')
    _print_related(w, trace, '', dejavu, out)
    return ''.join(out)


def _print_related(w, trace, prefix, dejavu, out):
    if w.suppressed is not None:
        for s in w.suppressed:
            _print_enclosed(s, trace, 'Suppressed: ', prefix + '\t', dejavu, out)
    cause = cause_of(w)
    if cause is not None:
        _print_enclosed(cause, trace, 'Caused by: ', prefix, dejavu, out)


def _print_enclosed(w, enclosing, caption, prefix, dejavu, out):
    if w in dejavu:
        out.append(prefix + caption + '[CIRCULAR REFERENCE: ' + describe(w) + ']\n')
        return
    dejavu.append(w)
    trace = trace_lines(w)
    m = len(trace) - 1
    n = len(enclosing) - 1
    while m >= 0 and n >= 0 and trace[m] == enclosing[n]:
        m -= 1
        n -= 1
    in_common = len(trace) - 1 - m
    out.append(prefix + caption + describe(w) + '\n')
    for i in range(m + 1):
        out.append(prefix + trace[i] + '\n')
    if in_common != 0:
        out.append(prefix + '\t... %d more\n' % in_common)
    _print_related(w, trace, prefix, dejavu, out)


def _stream_fd(w_stream):
    if w_stream is None:
        raise throw('java/lang/NullPointerException', None)
    assert isinstance(w_stream, W_Instance)
    w_fd = w_stream.fields[0]
    return ival(w_fd)


def _t_print_stack_trace(args):
    console.write_err(stack_trace_text(_thr(args[0])))
    return None


def _t_print_stack_trace_to(args):
    text = stack_trace_text(_thr(args[0]))
    if _stream_fd(args[1]) == 2:
        console.write_err(text)
    else:
        console.write_out(text)
    return None


add_native(throwable_class, 'printStackTrace', '()V', _t_print_stack_trace)
add_native(throwable_class, 'printStackTrace', '(Ljava/io/PrintStream;)V',
           _t_print_stack_trace_to)
