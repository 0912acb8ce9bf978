"""Parley's Java core library, implemented natively in RPython.

Skeleton scope: java.lang.System (out, err, exit, time), java.io.PrintStream
(print/println of every primitive type, String, Object), the String methods
Java programs use most, and the standard Throwable hierarchy of java.lang.
"""
import time
from rpython.rlib.rarithmetic import intmask
from parley.interop.console import decode_utf8
from parley.interop.model import (W_Int, W_Long, W_Double, W_Float, W_String,
    W_Instance, W_Throwable, W_TRUE, W_FALSE)
from parley.interop.core import (object_class, string_class, call_tostring,
                                 identity_hash, class_class, clone_object,
                                 java_class_name)
from parley.jvm.natives import native
from parley.interop.console import console, encode_utf8
from parley.interop.errors import ExitProgram
from parley.interop.format import double_to_java_string, float_to_java_string
from parley.interop.native import native_class, add_native, add_field, add_abstract
from parley.interop.method import ACC_STATIC, ACC_PUBLIC
from parley.interop.vm import CoreVm
from parley.interop.throwables import as_throwable, get_cause

# Classes are created at import time (prebuilt constants of the binary);
# JvmInstance.__init__ claims them.
placeholder_vm = CoreVm(None)
boot_classes = [object_class, string_class]

STATIC = ACC_PUBLIC | ACC_STATIC


def _class(name, superclass, flags=ACC_PUBLIC):
    cls = native_class(placeholder_vm, name, superclass, flags)
    boot_classes.append(cls)
    return cls


# ---- java.io.PrintStream --------------------------------------------------------

print_stream = _class('java.io.PrintStream', object_class)
add_field(print_stream, 'fd', 'I', False)


def _stream_fd(w_stream):
    assert isinstance(w_stream, W_Instance)
    w_fd = w_stream.fields[0]
    assert isinstance(w_fd, W_Int)
    return w_fd.intval


def _emit(w_stream, u, newline):
    s = encode_utf8(u)
    if newline:
        s += '\n'
    if _stream_fd(w_stream) == 2:
        console.write_err(s)
    else:
        console.write_out(s)


def text_of(kind, w):
    if kind == 'I':
        assert isinstance(w, W_Int)
        return unicode(str(w.intval))
    if kind == 'J':
        assert isinstance(w, W_Long)
        return unicode(str(w.longval))
    if kind == 'Z':
        assert isinstance(w, W_Int)
        return u'true' if w.intval else u'false'
    if kind == 'C':
        assert isinstance(w, W_Int)
        return unichr(w.intval)
    if kind == 'D':
        assert isinstance(w, W_Double)
        return double_to_java_string(w.floatval)
    if kind == 'F':
        assert isinstance(w, W_Float)
        return float_to_java_string(w.floatval)
    if w is None:
        return u'null'
    return call_tostring(w)


def _make_print(kind, newline):
    def fn(args):
        _emit(args[0], text_of(kind, args[1]), newline)
        return None
    return fn


def _println_empty(args):
    _emit(args[0], u'', True)
    return None


for _kind, _desc in [('I', 'I'), ('J', 'J'), ('Z', 'Z'), ('C', 'C'),
                     ('D', 'D'), ('F', 'F'), ('S', 'Ljava/lang/String;'),
                     ('O', 'Ljava/lang/Object;')]:
    add_native(print_stream, 'println', '(' + _desc + ')V', _make_print(_kind, True))
    add_native(print_stream, 'print', '(' + _desc + ')V', _make_print(_kind, False))
add_native(print_stream, 'println', '()V', _println_empty)


def _flush(args):
    console.flush()
    return None


add_native(print_stream, 'flush', '()V', _flush)

# ---- java.lang.System ---------------------------------------------------------

system_class = _class('java.lang.System', object_class)
add_field(system_class, 'out', 'Ljava/io/PrintStream;', True)
add_field(system_class, 'err', 'Ljava/io/PrintStream;', True)


def _system_clinit(args):
    out = W_Instance(print_stream)
    out.fields[0] = W_Int(1)
    err = W_Instance(print_stream)
    err.fields[0] = W_Int(2)
    system_class.static_values[0] = out
    system_class.static_values[1] = err
    return None


def _exit(args):
    w = args[0]
    assert isinstance(w, W_Int)
    raise ExitProgram(w.intval)


def _millis(args):
    return W_Long(intmask(int(time.time() * 1000.0)))


def _nanos(args):
    return W_Long(intmask(int(time.time() * 1000000000.0)))


def _identity_hash(args):
    if args[0] is None:
        return W_Int(0)
    return W_Int(identity_hash(args[0]))


add_native(system_class, '<clinit>', '()V', _system_clinit, STATIC)
add_native(system_class, 'exit', '(I)V', _exit, STATIC)
add_native(system_class, 'currentTimeMillis', '()J', _millis, STATIC)
add_native(system_class, 'nanoTime', '()J', _nanos, STATIC)
add_native(system_class, 'identityHashCode', '(Ljava/lang/Object;)I', _identity_hash, STATIC)

# ---- java.lang.String (Java's view of the shared string class) ----------------

ACC_IFACE = ACC_PUBLIC | 0x0200 | 0x0400
comparable_class = _class('java.lang.Comparable', object_class, ACC_IFACE)
add_abstract(comparable_class, 'compareTo', '(Ljava/lang/Object;)I')
char_sequence_class = _class('java.lang.CharSequence', object_class, ACC_IFACE)
add_abstract(char_sequence_class, 'length', '()I')
add_abstract(char_sequence_class, 'charAt', '(I)C')
serializable_class = _class('java.io.Serializable', object_class, ACC_IFACE)
string_class.interfaces.append(serializable_class)
string_class.interfaces.append(comparable_class)
string_class.interfaces.append(char_sequence_class)


def _str(w):
    assert isinstance(w, W_String)
    return w.value


def _length(args):
    return W_Int(len(_str(args[0])))


def _char_at(args):
    s = _str(args[0])
    w_i = args[1]
    assert isinstance(w_i, W_Int)
    i = w_i.intval
    if i < 0 or i >= len(s):
        from parley.interop.coordinator import coordinator
        raise coordinator.jvm.throw('java/lang/StringIndexOutOfBoundsException',
                                    'index %d, length %d' % (i, len(s)))
    return W_Int(ord(s[i]))


def _concat(args):
    return W_String(_str(args[0]) + _str(args[1]))


def _is_empty(args):
    return W_TRUE if len(_str(args[0])) == 0 else W_FALSE


def _value_of_int(args):
    return W_String(text_of('I', args[0]))


def _value_of_char(args):
    return W_String(text_of('C', args[0]))


def _value_of_obj(args):
    return W_String(text_of('O', args[0]))


def _compare_strings(args):
    from parley.interop.coordinator import coordinator
    a = _str(args[0])
    w_b = args[1]
    if w_b is None:
        raise coordinator.jvm.throw('java/lang/NullPointerException', None)
    if not isinstance(w_b, W_String):
        raise coordinator.jvm.throw('java/lang/ClassCastException',
                                    'class %s cannot be cast to class java.lang.String'
                                    % w_b.getclass().name)
    b = w_b.value
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return W_Int(ord(a[i]) - ord(b[i]))
    return W_Int(len(a) - len(b))


def _chars_of(w_arr, start, count):
    from parley.interop.coordinator import coordinator
    from parley.interop.model import W_IntArray
    if w_arr is None:
        raise coordinator.jvm.throw('java/lang/NullPointerException', None)
    assert isinstance(w_arr, W_IntArray)
    n = len(w_arr.storage)
    if start < 0 or count < 0 or start > n - count:
        raise coordinator.jvm.throw('java/lang/StringIndexOutOfBoundsException',
                                    'offset %d, count %d, length %d' % (start, count, n))
    out = [u'\0'] * count
    for i in range(count):
        out[i] = unichr(w_arr.storage[start + i])
    return u''.join(out)


def _init_empty(args):
    return None


def _init_string(args):
    w = args[0]
    assert isinstance(w, W_String)
    w.value = _str(args[1])
    return None


def _init_chars(args):
    from parley.interop.model import W_IntArray
    w = args[0]
    assert isinstance(w, W_String)
    w_arr = args[1]
    n = len(w_arr.storage) if isinstance(w_arr, W_IntArray) else 0
    w.value = _chars_of(w_arr, 0, n)
    return None


def _init_chars_range(args):
    w = args[0]
    assert isinstance(w, W_String)
    w_off = args[2]
    w_cnt = args[3]
    assert isinstance(w_off, W_Int) and isinstance(w_cnt, W_Int)
    w.value = _chars_of(args[1], w_off.intval, w_cnt.intval)
    return None


add_native(string_class, 'compareTo', '(Ljava/lang/String;)I', _compare_strings)
add_native(string_class, 'compareTo', '(Ljava/lang/Object;)I', _compare_strings)
add_native(string_class, '<init>', '()V', _init_empty)
add_native(string_class, '<init>', '(Ljava/lang/String;)V', _init_string)
add_native(string_class, '<init>', '([C)V', _init_chars)
add_native(string_class, '<init>', '([CII)V', _init_chars_range)
add_native(string_class, 'length', '()I', _length)
add_native(string_class, 'charAt', '(I)C', _char_at)
add_native(string_class, 'concat', '(Ljava/lang/String;)Ljava/lang/String;', _concat)
add_native(string_class, 'isEmpty', '()Z', _is_empty)
add_native(string_class, 'valueOf', '(I)Ljava/lang/String;', _value_of_int, STATIC)
add_native(string_class, 'valueOf', '(C)Ljava/lang/String;', _value_of_char, STATIC)
add_native(string_class, 'valueOf', '(Ljava/lang/Object;)Ljava/lang/String;', _value_of_obj, STATIC)

# ---- java.lang.Throwable and the standard exceptions --------------------------

throwable_class = _class('java.lang.Throwable', object_class)
throwable_class.is_throwable = True


_thr = as_throwable


def _t_get_message(args):
    return _thr(args[0]).message


def _t_get_localized_message(args):
    """getLocalizedMessage(): getMessage(), which a subclass may override."""
    w = args[0]
    m = w.getclass().dispatch('getMessage()Ljava/lang/String;')
    if m is None:
        return _thr(w).message
    return m.invoke([w])


def throwable_text(w):
    """Throwable.toString(): the class name and getLocalizedMessage()."""
    w = _thr(w)
    name = decode_utf8(w.getclass().name)
    m = w.getclass().dispatch('getLocalizedMessage()Ljava/lang/String;')
    if m is None:
        w_msg = w.message
    else:
        w_msg = m.invoke([w])
    if w_msg is None:
        return name
    assert isinstance(w_msg, W_String)
    return name + u': ' + w_msg.value


def _t_to_string(args):
    return W_String(throwable_text(args[0]))


def _t_get_suppressed(args):
    from parley.interop.arrays import array_class_of
    from parley.interop.model import W_RefArray
    w = _thr(args[0])
    items = w.suppressed
    n = 0 if items is None else len(items)
    arr = W_RefArray(array_class_of(throwable_class), n)
    for i in range(n):
        arr.storage[i] = items[i]
    return arr


# constructors, fillInStackTrace, get/setStackTrace, initCause, addSuppressed
# and printStackTrace: parley/jvm/lang/stacktrace.py
add_native(throwable_class, 'getMessage', '()Ljava/lang/String;', _t_get_message)
add_native(throwable_class, 'getLocalizedMessage', '()Ljava/lang/String;', _t_get_localized_message)
add_native(throwable_class, 'getCause', '()Ljava/lang/Throwable;', get_cause)
add_native(throwable_class, 'toString', '()Ljava/lang/String;', _t_to_string)
add_native(throwable_class, 'getSuppressed', '()[Ljava/lang/Throwable;', _t_get_suppressed, ACC_PUBLIC | 0x0010)

_HIERARCHY = [
    ('java.lang.Exception', 'java.lang.Throwable'),
    ('java.lang.Error', 'java.lang.Throwable'),
    ('java.lang.RuntimeException', 'java.lang.Exception'),
    ('java.lang.ArithmeticException', 'java.lang.RuntimeException'),
    ('java.lang.NullPointerException', 'java.lang.RuntimeException'),
    ('java.lang.ClassCastException', 'java.lang.RuntimeException'),
    ('java.lang.NegativeArraySizeException', 'java.lang.RuntimeException'),
    ('java.lang.ArrayStoreException', 'java.lang.RuntimeException'),
    ('java.lang.IllegalArgumentException', 'java.lang.RuntimeException'),
    ('java.lang.NumberFormatException', 'java.lang.IllegalArgumentException'),
    ('java.lang.IllegalStateException', 'java.lang.RuntimeException'),
    ('java.lang.UnsupportedOperationException', 'java.lang.RuntimeException'),
    ('java.lang.IndexOutOfBoundsException', 'java.lang.RuntimeException'),
    ('java.lang.ArrayIndexOutOfBoundsException', 'java.lang.IndexOutOfBoundsException'),
    ('java.lang.StringIndexOutOfBoundsException', 'java.lang.IndexOutOfBoundsException'),
    ('java.lang.CloneNotSupportedException', 'java.lang.Exception'),
    ('java.lang.InterruptedException', 'java.lang.Exception'),
    ('java.lang.ReflectiveOperationException', 'java.lang.Exception'),
    ('java.lang.ClassNotFoundException', 'java.lang.ReflectiveOperationException'),
    ('java.lang.LinkageError', 'java.lang.Error'),
    ('java.lang.NoClassDefFoundError', 'java.lang.LinkageError'),
    ('java.lang.ClassFormatError', 'java.lang.LinkageError'),
    ('java.lang.UnsupportedClassVersionError', 'java.lang.ClassFormatError'),
    ('java.lang.VerifyError', 'java.lang.LinkageError'),
    ('java.lang.BootstrapMethodError', 'java.lang.LinkageError'),
    ('java.lang.ExceptionInInitializerError', 'java.lang.LinkageError'),
    ('java.lang.UnsatisfiedLinkError', 'java.lang.LinkageError'),
    ('java.lang.IncompatibleClassChangeError', 'java.lang.LinkageError'),
    ('java.lang.NoSuchMethodError', 'java.lang.IncompatibleClassChangeError'),
    ('java.lang.NoSuchFieldError', 'java.lang.IncompatibleClassChangeError'),
    ('java.lang.AbstractMethodError', 'java.lang.IncompatibleClassChangeError'),
    ('java.lang.IllegalAccessError', 'java.lang.IncompatibleClassChangeError'),
    ('java.lang.VirtualMachineError', 'java.lang.Error'),
    ('java.lang.StackOverflowError', 'java.lang.VirtualMachineError'),
    ('java.lang.OutOfMemoryError', 'java.lang.VirtualMachineError'),
    ('java.lang.InternalError', 'java.lang.VirtualMachineError'),
    ('java.lang.AssertionError', 'java.lang.Error'),
]

_by_name = {'java.lang.Throwable': throwable_class}
for _name, _sup in _HIERARCHY:
    _c = _class(_name, _by_name[_sup])
    _c.is_throwable = True
    _by_name[_name] = _c

# ---- Object.clone, Cloneable, Class and Enum support ---------------------------

cloneable_class = _class('java.lang.Cloneable', None, ACC_PUBLIC | 0x0200 | 0x0400)
cloneable_class.superclass = object_class
from parley.interop import arrays as _arrays
_arrays.ARRAY_INTERFACES.append(cloneable_class)
_arrays.ARRAY_INTERFACES.append(serializable_class)


def _object_clone(args):
    from parley.interop.coordinator import coordinator
    from parley.interop.model import W_Array
    w = args[0]
    if not isinstance(w, W_Array) and not w.getclass().is_subclass_of(cloneable_class):
        raise coordinator.jvm.throw('java/lang/CloneNotSupportedException',
                                    w.getclass().name)
    return clone_object(w)


add_native(object_class, 'clone', '()Ljava/lang/Object;', _object_clone, 0x0004)


def _class_canonical_name(args):
    from parley.interop.model import W_ClassMirror
    w = args[0]
    assert isinstance(w, W_ClassMirror)
    return W_String(decode_utf8(java_class_name(w.target).replace('$', '.')))


add_native(class_class, 'getCanonicalName', '()Ljava/lang/String;', _class_canonical_name)
boot_classes.append(class_class)


def _desired_assertion_status(args):
    return W_FALSE      # `java` runs with assertions disabled by default


add_native(class_class, 'desiredAssertionStatus', '()Z', _desired_assertion_status)


ACC_INTERFACE_ABSTRACT = ACC_PUBLIC | 0x0200 | 0x0400

runnable_class = _class('java.lang.Runnable', object_class, ACC_INTERFACE_ABSTRACT)
add_abstract(runnable_class, 'run', '()V')
autocloseable_class = _class('java.lang.AutoCloseable', object_class, ACC_INTERFACE_ABSTRACT)
add_abstract(autocloseable_class, 'close', '()V')
record_class = _class('java.lang.Record', object_class, ACC_PUBLIC | 0x0400)


@native('java/util/Arrays.newArrayLike([Ljava/lang/Object;I)[Ljava/lang/Object;')
def _new_array_like(args):
    """A new array of the same class as the given one (toArray(T[]),
    Arrays.copyOf)."""
    from parley.interop.coordinator import coordinator
    from parley.interop.model import W_RefArray
    from parley.interop.arrays import new_array
    w = args[0]
    if w is None:
        raise coordinator.jvm.throw('java/lang/NullPointerException', None)
    w_n = args[1]
    assert isinstance(w_n, W_Int)
    if w_n.intval < 0:
        raise coordinator.jvm.throw('java/lang/NegativeArraySizeException', str(w_n.intval))
    assert isinstance(w, W_RefArray)
    return new_array(w.klass, w_n.intval)


def _class_get_enum_constants(args):
    """Class.getEnumConstants(): a fresh copy of values(), or null."""
    from parley.interop.model import W_ClassMirror
    w = args[0]
    assert isinstance(w, W_ClassMirror)
    cls = w.target
    m = cls.methods_by_key.get('values()[L' + cls.name.replace('.', '/') + ';', None)
    if m is None or not m.is_static():
        return None
    from parley.interop.coordinator import coordinator
    coordinator.jvm.initialize(cls)
    return m.invoke([])


add_native(class_class, 'getEnumConstants', '()[Ljava/lang/Object;', _class_get_enum_constants)


@native('java/lang/Enum.enumConstants(Ljava/lang/Class;)[Ljava/lang/Object;')
def _enum_constants(args):
    """The constants of an enum class: what its static values() returns."""
    from parley.interop.model import W_ClassMirror
    from parley.interop.coordinator import coordinator
    w = args[0]
    if w is None:
        raise coordinator.jvm.throw('java/lang/NullPointerException', None)
    assert isinstance(w, W_ClassMirror)
    cls = w.target
    key = 'values()[L' + cls.name.replace('.', '/') + ';'
    m = cls.methods_by_key.get(key, None)
    if m is None or not m.is_static():
        raise coordinator.jvm.throw('java/lang/IllegalArgumentException',
                                    cls.name + ' is not an enum class')
    coordinator.jvm.initialize(cls)
    return m.invoke([])


# (java.lang.Number and the boxes: parley/jvm/lang/boxes.py)

# ---- the rest of java.lang, one module per family (parley/jvm/lang) ----------
import parley.jvm.lang    # noqa: registers its classes in boot_classes
