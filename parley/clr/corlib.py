"""Parley's CLR core library (what programs reference as mscorlib),
implemented natively in RPython.

This module declares the classes (System.Console, Environment, GC, Math,
Array, the exception hierarchy, ValueType/Enum/Delegate, the primitive
value types) and the members other modules rely on; the members of the
non-generic System library are in parley/clr/lib/ (one module per
concern), imported at the end.  System.Object and System.String are the
classes the JVM also uses (parley.interop.core).
"""
from rpython.rlib.rarithmetic import intmask
from parley.interop.console import decode_utf8
from parley.interop.model import (W_Int, W_Long, W_Double, W_Float, W_String,
    W_Throwable, W_TRUE, W_FALSE, W_Box, W_RefArray)
from parley.interop.core import object_class, string_class, call_tostring
from parley.interop.model import shared as _model_shared
from parley.interop.console import console, encode_utf8
from parley.interop.errors import ExitProgram
from parley.interop.native import native_class, add_native
from parley.interop.method import ACC_STATIC, ACC_PUBLIC
from parley.interop.vm import CoreVm
from parley.interop.throwables import (as_throwable, init_plain, init_message,
                                       init_message_cause, get_cause)

placeholder_vm = CoreVm(None)
boot_classes = []
STATIC = ACC_PUBLIC | ACC_STATIC

STRING = 'Ljava/lang/String;'
OBJECT = 'Ljava/lang/Object;'


def _class(name, superclass, flags=ACC_PUBLIC):
    cls = native_class(placeholder_vm, name, superclass, flags)
    boot_classes.append(cls)
    return cls


def clr_text(kind, w):
    """How Console.Write and String.Concat show a value."""
    if kind == 'I':
        assert isinstance(w, W_Int)
        return unicode(str(w.intval))
    if kind == 'J':
        assert isinstance(w, W_Long)
        return unicode(str(w.longval))
    if kind == 'Z':
        assert isinstance(w, W_Int)
        return u'True' if w.intval else u'False'
    if kind == 'C':
        assert isinstance(w, W_Int)
        return unichr(w.intval)
    if kind == 'D' or kind == 'F':
        assert isinstance(w, W_Double) or isinstance(w, W_Float)
        from parley.clr.lib.numformat import format_double, format_single
        if isinstance(w, W_Float):
            return format_single(w.floatval, None)
        assert isinstance(w, W_Double)
        if kind == 'F':
            return format_single(w.floatval, None)
        return format_double(w.floatval, None)
    if w is None:
        return u''
    return call_tostring(w)


# ---- System.Console -------------------------------------------------------------

console_class = _class('System.Console', object_class)
gc_class = _class('System.GC', object_class)
math_class = _class('System.Math', object_class)
array_class = _class('System.Array', object_class, ACC_PUBLIC | 0x0400)
_model_shared.array_base_class = array_class      # every array is an Array


# ---- System.Environment ---------------------------------------------------------

environment_class = _class('System.Environment', object_class)


def _exit(args):
    w = args[0]
    assert isinstance(w, W_Int)
    raise ExitProgram(w.intval)


add_native(environment_class, 'Exit', '(I)V', _exit, STATIC)

# ---- System.String (the CLR's view of the shared string class) --------------------


def _s(w):
    if w is None:
        return u''
    assert isinstance(w, W_String)
    return w.value


def _get_length(args):
    return W_Int(len(_s(args[0])))


def _get_chars(args):
    s = _s(args[0])
    w_i = args[1]
    assert isinstance(w_i, W_Int)
    i = w_i.intval
    if i < 0 or i >= len(s):
        from parley.interop.coordinator import coordinator
        raise coordinator.clr.throw('System.IndexOutOfRangeException', None)
    return W_Int(ord(s[i]))


def _op_equality(args):
    a = args[0]
    b = args[1]
    if a is None or b is None:
        return W_TRUE if a is b else W_FALSE
    return W_TRUE if _s(a) == _s(b) else W_FALSE


add_native(string_class, 'get_Length', '()I', _get_length)
add_native(string_class, 'get_Chars', '(I)C', _get_chars)
add_native(string_class, 'op_Equality', '(' + STRING * 2 + ')Z', _op_equality, STATIC)

# ---- System.Exception and the standard exceptions --------------------------------

exception_class = _class('System.Exception', object_class)
exception_class.is_throwable = True


_thr = as_throwable


DEFAULT_MESSAGES = {
    'System.NullReferenceException': 'Object reference not set to an instance of an object',
    'System.DivideByZeroException': 'Attempted to divide by zero.',
    'System.IndexOutOfRangeException': 'Index was outside the bounds of the array.',
    'System.OverflowException': 'Arithmetic operation resulted in an overflow.',
    'System.InvalidCastException': 'Specified cast is not valid.',
    'System.StackOverflowException': 'The requested operation caused a stack overflow.',
    'System.ArgumentException': 'Value does not fall within the expected range.',
    'System.InvalidOperationException': 'Operation is not valid due to the current state of the object.',
    'System.NotSupportedException': 'Specified method is not supported.',
    'System.NotImplementedException': 'The method or operation is not implemented.',
    'System.FormatException': 'One of the identified items was in an invalid format.',
    'System.ArithmeticException': 'Overflow or underflow in the arithmetic operation.',
    'System.ArgumentNullException': 'Value cannot be null.',
    'System.ArgumentOutOfRangeException': 'Specified argument was out of the range of valid values.',
    'System.ApplicationException': 'Error in the application.',
    'System.SystemException': 'System error.',
    'System.IO.IOException': 'I/O error occurred.',
    'System.IO.FileNotFoundException': 'Unable to find the specified file.',
    'System.IO.EndOfStreamException': 'Attempted to read past the end of the stream.',
    'System.ArrayTypeMismatchException': 'Attempted to access an element as a type incompatible with the array.',
    'System.Collections.Generic.KeyNotFoundException': 'The given key was not present in the dictionary.',
    'System.OutOfMemoryException': 'Insufficient memory to continue the execution of the program.',
    'System.TimeoutException': 'The operation has timed out.',
    'System.RankException': 'Attempted to operate on an array with the incorrect number of dimensions.',
    'System.UnauthorizedAccessException': 'Attempted to perform an unauthorized operation.',
    'System.PlatformNotSupportedException': 'Operation is not supported on this platform.',
    'System.ObjectDisposedException': 'Cannot access a disposed object.',
}


def exception_message(w):
    w = _thr(w)
    if w.message is not None:
        return w.message.value
    name = w.getclass().name
    msg = DEFAULT_MESSAGES.get(name, None)
    if msg is not None:
        return decode_utf8(msg)
    return (u"Exception of type '" + decode_utf8(name) + u"' was thrown.")


def _e_get_message(args):
    return W_String(exception_message(args[0]))


def exception_text(w):
    """Exception.ToString() without the stack trace: "Type: message", and
    the inner exception after " ---> "."""
    w = _thr(w)
    name = decode_utf8(w.getclass().name.replace('/', '+'))
    msg = exception_message(w)
    text = name
    if len(msg) > 0:
        text = name + u': ' + msg
    if w.cause is not None:
        text = (text + u' ---> ' + exception_text(w.cause) +
                u'\n   --- End of inner exception stack trace ---')
    return text


def _e_to_string(args):
    return W_String(exception_text(args[0]))


add_native(exception_class, '<init>', '()V', init_plain)
add_native(exception_class, '<init>', '(' + STRING + ')V', init_message)
add_native(exception_class, '<init>', '(' + STRING + 'Lcli/System/Exception;)V', init_message_cause)
add_native(exception_class, 'get_Message', '()' + STRING, _e_get_message)
add_native(exception_class, 'get_InnerException', '()Lcli/System/Exception;', get_cause)
add_native(exception_class, 'ToString', '()' + STRING, _e_to_string)


def _e_get_stack_trace(args):
    """Exception.StackTrace: the frames recorded for the exception, one
    line each in Mono's notation (as the uncaught report prints them), or
    null when it has none."""
    from parley.interop.report import format_trace
    w = _thr(args[0])
    if not w.trace:
        return None
    text = format_trace(w)
    if text.endswith('\n'):
        stop = len(text) - 1
        assert stop >= 0
        text = text[:stop]
    return W_String(decode_utf8(text))


add_native(exception_class, 'get_StackTrace', '()' + STRING, _e_get_stack_trace)

_HIERARCHY = [
    ('System.SystemException', 'System.Exception'),
    ('System.ApplicationException', 'System.Exception'),
    ('System.ArgumentException', 'System.SystemException'),
    ('System.ArgumentNullException', 'System.ArgumentException'),
    ('System.ArgumentOutOfRangeException', 'System.ArgumentException'),
    ('System.ArithmeticException', 'System.SystemException'),
    ('System.DivideByZeroException', 'System.ArithmeticException'),
    ('System.OverflowException', 'System.ArithmeticException'),
    ('System.NullReferenceException', 'System.SystemException'),
    ('System.IndexOutOfRangeException', 'System.SystemException'),
    ('System.InvalidCastException', 'System.SystemException'),
    ('System.InvalidOperationException', 'System.SystemException'),
    ('System.NotSupportedException', 'System.SystemException'),
    ('System.NotImplementedException', 'System.SystemException'),
    ('System.FormatException', 'System.SystemException'),
    ('System.StackOverflowException', 'System.SystemException'),
    ('System.OutOfMemoryException', 'System.SystemException'),
    ('System.ArrayTypeMismatchException', 'System.SystemException'),
    ('System.InvalidProgramException', 'System.SystemException'),
    ('System.BadImageFormatException', 'System.SystemException'),
    ('System.TypeLoadException', 'System.SystemException'),
    ('System.DllNotFoundException', 'System.TypeLoadException'),
    ('System.EntryPointNotFoundException', 'System.TypeLoadException'),
    ('System.MemberAccessException', 'System.SystemException'),
    ('System.MissingMemberException', 'System.MemberAccessException'),
    ('System.MissingMethodException', 'System.MissingMemberException'),
    ('System.MissingFieldException', 'System.MissingMemberException'),
    ('System.MethodAccessException', 'System.MemberAccessException'),
    ('System.FieldAccessException', 'System.MemberAccessException'),
    ('System.Collections.Generic.KeyNotFoundException', 'System.SystemException'),
    ('System.IO.IOException', 'System.SystemException'),
    ('System.IO.FileNotFoundException', 'System.IO.IOException'),
    ('System.IO.EndOfStreamException', 'System.IO.IOException'),
    ('System.TimeoutException', 'System.SystemException'),
    ('System.RankException', 'System.SystemException'),
    ('System.UnauthorizedAccessException', 'System.SystemException'),
    ('System.NotFiniteNumberException', 'System.ArithmeticException'),
    ('System.PlatformNotSupportedException', 'System.NotSupportedException'),
    ('System.ObjectDisposedException', 'System.InvalidOperationException'),
]

_by_name = {'System.Exception': exception_class}
for _name, _sup in _HIERARCHY:
    _c = _class(_name, _by_name[_sup])
    _c.is_throwable = True
    _by_name[_name] = _c

# ---- value-type roots ---------------------------------------------------------------

valuetype_class = _class('System.ValueType', object_class)
enum_class = _class('System.Enum', valuetype_class)
delegate_class = _class('System.Delegate', object_class)
multicast_delegate_class = _class('System.MulticastDelegate', delegate_class)

# ---- primitive value types (System.Int32 ...) ---------------------------------------
# (their members: parley/clr/lib/primitives.py)

primitive_classes = {}
for _name, _kind in [('System.Boolean', 'Z'), ('System.Char', 'C'),
                     ('System.SByte', 'B'), ('System.Byte', 'B'),
                     ('System.Int16', 'S'), ('System.UInt16', 'S'),
                     ('System.Int32', 'I'), ('System.UInt32', 'I'),
                     ('System.Int64', 'J'), ('System.UInt64', 'J'),
                     ('System.Single', 'F'), ('System.Double', 'D'),
                     ('System.IntPtr', 'J'), ('System.UIntPtr', 'J')]:
    _c = _class(_name, valuetype_class, ACC_PUBLIC)
    _c.primitive = _kind
    primitive_classes[_name] = _c

# ---- value types: ValueType.Equals/GetHashCode, Enum.ToString ------------------


def _vt_equals(args):
    from parley.clr.valuetypes import values_equal, fields_equal
    from parley.interop.model import W_Instance
    w_a = args[0]
    w_b = args[1]
    if isinstance(w_a, W_Box):
        return W_TRUE if values_equal(w_a, w_b) else W_FALSE
    if isinstance(w_a, W_Instance) and isinstance(w_b, W_Instance):
        return W_TRUE if fields_equal(w_a, w_b) else W_FALSE
    return W_FALSE


def _vt_hashcode(args):
    from parley.clr.valuetypes import value_hash, fields_hash
    w = args[0]
    if isinstance(w, W_Box):
        return W_Int(value_hash(w.w_value))
    return W_Int(fields_hash(w))


def _enum_tostring(args):
    from parley.clr.lib.primitives import enum_text
    w = args[0]
    assert isinstance(w, W_Box)
    return W_String(enum_text(w.klass, w.w_value, None))


def _enum_tostring_format(args):
    from parley.clr.lib.primitives import enum_text
    w = args[0]
    assert isinstance(w, W_Box)
    w_fmt = args[1]
    fmt = None
    if w_fmt is not None:
        assert isinstance(w_fmt, W_String)
        fmt = w_fmt.value
    return W_String(enum_text(w.klass, w.w_value, fmt))


add_native(valuetype_class, 'Equals', '(' + OBJECT + ')Z', _vt_equals)
add_native(valuetype_class, 'GetHashCode', '()I', _vt_hashcode)
add_native(enum_class, 'ToString', '()' + STRING, _enum_tostring)
add_native(enum_class, 'ToString', '(' + STRING + ')' + STRING, _enum_tostring_format)
add_native(enum_class, 'ToString', '(' + STRING + 'Lcli/System/IFormatProvider;)' + STRING,
           _enum_tostring_format)

# ---- ArgumentException and friends: (message, paramName) constructors ---------------

from parley.clr.lib import exceptions as _exceptions    # noqa: E402
_exceptions.install(_by_name)

# ---- the rest of the library (parley/clr/lib) ----------------------------------------

from parley.clr.lib import install as _install_lib     # noqa: E402
_install_lib()
