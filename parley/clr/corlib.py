"""Parley's CLR core library (what programs reference as mscorlib),
implemented natively in RPython.

Skeleton scope: System.Console (Write/WriteLine of the primitive types,
string and object), the String members C# programs use most (Concat,
Length, the indexer, Equals), System.Environment.Exit and the standard
exception classes.  System.Object and System.String are the classes the
JVM also uses (parley.interop.core).
"""
from rpython.rlib.rarithmetic import intmask
from parley.interop.console import decode_utf8
from parley.interop.model import (W_Int, W_Long, W_Double, W_Float, W_String,
    W_Throwable, W_TRUE, W_FALSE, W_Box, W_RefArray)
from parley.interop.core import object_class, string_class, call_tostring
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
    if kind == 'D':
        assert isinstance(w, W_Double)
        from parley.interop.format import double_to_clr_string
        return double_to_clr_string(w.floatval)
    if w is None:
        return u''
    return call_tostring(w)


# ---- System.Console -------------------------------------------------------------

console_class = _class('System.Console', object_class)


def _make_write(kind, newline):
    def fn(args):
        s = encode_utf8(clr_text(kind, args[0]))
        if newline:
            s += '\n'
        console.write_out(s)
        return None
    return fn


def _writeline_empty(args):
    console.write_out('\n')
    return None


for _kind, _desc in [('I', 'I'), ('J', 'J'), ('Z', 'Z'), ('C', 'C'),
                     ('D', 'D'), ('S', STRING), ('O', OBJECT)]:
    add_native(console_class, 'WriteLine', '(' + _desc + ')V', _make_write(_kind, True), STATIC)
    add_native(console_class, 'Write', '(' + _desc + ')V', _make_write(_kind, False), STATIC)
add_native(console_class, 'WriteLine', '()V', _writeline_empty, STATIC)

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


def _concat2(args):
    return W_String(_s(args[0]) + _s(args[1]))


def _concat3(args):
    return W_String(_s(args[0]) + _s(args[1]) + _s(args[2]))


def _concat4(args):
    return W_String(_s(args[0]) + _s(args[1]) + _s(args[2]) + _s(args[3]))


def _concat_o2(args):
    return W_String(clr_text('O', args[0]) + clr_text('O', args[1]))


def _concat_o3(args):
    return W_String(clr_text('O', args[0]) + clr_text('O', args[1]) +
                    clr_text('O', args[2]))


def _concat_array(args):
    w_arr = args[0]
    if w_arr is None:
        from parley.interop.coordinator import coordinator
        raise coordinator.clr.throw('System.ArgumentNullException',
                                    'Value cannot be null.\nParameter name: values')
    assert isinstance(w_arr, W_RefArray)
    parts = []
    for w in w_arr.storage:
        parts.append(clr_text('O', w))
    return W_String(u''.join(parts))


def _concat_o1(args):
    return W_String(clr_text('O', args[0]))


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


add_native(string_class, 'Concat', '(' + STRING * 2 + ')' + STRING, _concat2, STATIC)
add_native(string_class, 'Concat', '(' + STRING * 3 + ')' + STRING, _concat3, STATIC)
add_native(string_class, 'Concat', '(' + STRING * 4 + ')' + STRING, _concat4, STATIC)
add_native(string_class, 'Concat', '(' + OBJECT * 2 + ')' + STRING, _concat_o2, STATIC)
add_native(string_class, 'Concat', '(' + OBJECT * 3 + ')' + STRING, _concat_o3, STATIC)
add_native(string_class, 'Concat', '([' + OBJECT + ')' + STRING, _concat_array, STATIC)
add_native(string_class, 'Concat', '([' + STRING + ')' + STRING, _concat_array, STATIC)
add_native(string_class, 'Concat', '(' + OBJECT + ')' + STRING, _concat_o1, STATIC)
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


def _e_to_string(args):
    w = _thr(args[0])
    return W_String(decode_utf8(w.getclass().name) + u': ' + exception_message(w))


add_native(exception_class, '<init>', '()V', init_plain)
add_native(exception_class, '<init>', '(' + STRING + ')V', init_message)
add_native(exception_class, '<init>', '(' + STRING + 'Lcli/System/Exception;)V', init_message_cause)
add_native(exception_class, 'get_Message', '()' + STRING, _e_get_message)
add_native(exception_class, 'get_InnerException', '()Lcli/System/Exception;', get_cause)
add_native(exception_class, 'ToString', '()' + STRING, _e_to_string)

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
    ('System.MissingMemberException', 'System.SystemException'),
    ('System.MissingMethodException', 'System.MissingMemberException'),
    ('System.MissingFieldException', 'System.MissingMemberException'),
    ('System.MethodAccessException', 'System.SystemException'),
    ('System.Collections.Generic.KeyNotFoundException', 'System.SystemException'),
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

def _make_box_tostring(kind):
    def fn(args):
        w = args[0]
        assert isinstance(w, W_Box)
        return W_String(clr_text(kind, w.w_value))
    return fn


for _name, _kind in [('System.Boolean', 'Z'), ('System.Char', 'C'),
                     ('System.SByte', 'B'), ('System.Byte', 'B'),
                     ('System.Int16', 'S'), ('System.UInt16', 'S'),
                     ('System.Int32', 'I'), ('System.UInt32', 'I'),
                     ('System.Int64', 'J'), ('System.UInt64', 'J'),
                     ('System.Single', 'F'), ('System.Double', 'D'),
                     ('System.IntPtr', 'J'), ('System.UIntPtr', 'J')]:
    _c = _class(_name, valuetype_class, ACC_PUBLIC)
    _c.primitive = _kind
    add_native(_c, 'ToString', '()' + STRING, _make_box_tostring(_kind))

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
    from parley.clr.valuetypes import enum_name
    w = args[0]
    assert isinstance(w, W_Box)
    w_v = w.w_value
    if isinstance(w_v, W_Long):
        v = w_v.longval
    else:
        assert isinstance(w_v, W_Int)
        v = w_v.intval
    name = enum_name(w.klass, v)
    if name is None:
        return W_String(decode_utf8(str(v)))
    return W_String(decode_utf8(name))


add_native(valuetype_class, 'Equals', '(' + OBJECT + ')Z', _vt_equals)
add_native(valuetype_class, 'GetHashCode', '()I', _vt_hashcode)
add_native(enum_class, 'ToString', '()' + STRING, _enum_tostring)
