"""Member keys of CLR methods with unsigned parameter or return types.

A Parley descriptor has no letters for the unsigned integers (byte,
ushort, uint, ulong are B, S, I, J like sbyte, short, int, long: that is
how Java sees them, ../shared/INTEROP-CONVENTIONS.md), so the key of such a
method carries a suffix naming its unsigned positions:

    Max(uint, uint)          Max(II)I~uu>u      (one mark per parameter,
    WriteLine(uint)          WriteLine(I)V~u>.   then '>', then the return)
    Parse(string) : uint     Parse(Ljava/lang/String;)I~.>u

A position is unsigned when its type is U1/U2/U4/U8, a `ref`/`out` of one,
or a class type parameter (!0) instantiated with one.  Arrays are not
marked (a uint[] parameter's descriptor is [I, like int[]'s).  The method's signature (descriptor) stays the erased one, so
everything that parses descriptors is unaffected.  The erased key (the
key without the suffix) is what Java call sites name; the loader registers
it on the class when no signed overload has it (parley.clr.loader);
W_Class.dispatch falls back to it for an interface method a Java class
implements, and a Java class's override takes the slot of the marked
method it overrides (parley.interop.klass).
"""
from rpython.rlib import jit
from parley.interop.klass import key_without_unsigned_suffix

MARK = '~'


def suffix(marks, ret_unsigned):
    """The key suffix for per-parameter unsigned flags and the return's;
    '' when nothing is unsigned."""
    anyu = ret_unsigned
    for b in marks:
        if b:
            anyu = True
    if not anyu:
        return ''
    parts = [MARK]
    for b in marks:
        parts.append('u' if b else '.')
    parts.append('>')
    parts.append('u' if ret_unsigned else '.')
    return ''.join(parts)


def suffix_of(pattern):
    """The suffix for a pattern written as in a key, e.g. 'uu>u' (for the
    native library's declarations)."""
    assert '>' in pattern
    return MARK + pattern


def add_native_u(klass, name, desc, pattern, func, flags):
    """add_native (parley.interop.native) under the key with the unsigned
    suffix of pattern, e.g. add_native_u(math, 'Max', '(II)I', 'uu>u', ...)."""
    return add_native_key(klass, name, desc, suffix_of(pattern), func, flags)


def add_native_key(klass, name, desc, key_suffix, func, flags):
    from parley.interop.native import descriptor_nargs
    from parley.interop.method import NativeMethod, ACC_STATIC
    nargs, returns = descriptor_nargs(desc)
    if flags & ACC_STATIC == 0:
        nargs += 1
    m = NativeMethod(klass, name, desc, flags, nargs, returns, func)
    m.key = m.key + key_suffix
    klass.add_method(m)
    return m


def has_suffix(key):
    """A key without a suffix ends with its descriptor's return type (an
    upper-case letter or ';'); a suffix ends with 'u' or '.'."""
    return key_without_unsigned_suffix(key) != key


@jit.elidable
def erased_key(key):
    """The key without its unsigned suffix (the key Java call sites use)."""
    return key_without_unsigned_suffix(key)


UNSIGNED_CLASS_NAMES = ['System.Byte', 'System.UInt16', 'System.UInt32',
                        'System.UInt64']


def is_unsigned_class(cls):
    """Is a type argument one of the unsigned integer types?"""
    if cls.primitive == '\0' or cls.value_kind != 0:
        return False
    return cls.name in UNSIGNED_CLASS_NAMES
