"""String.GetHashCode as Mono 6.8 computes it, for C# callers.

java.lang.String.hashCode() and System.String.GetHashCode() are one
virtual slot (../shared/INTEROP-CONVENTIONS.md, "Objects"), but the two
libraries define different values: Java's is s[0]*31^(n-1) + ..., Mono
6.8's corlib hashes the UTF-16 bytes with Marvin32 under the fixed seed
its `Marvin.GenerateSeed` returns (0xc47310; .NET Core draws it at random).
The slot keeps Java's implementation, and CLR call sites that reach it run
this one instead (Method.clr_variant): each side sees its own library's
values for the same string object.
"""
from rpython.rlib import jit
from parley.interop.model import W_String, W_Int
from parley.interop.native import NativeMethod
from parley.interop.method import ACC_PUBLIC

MASK = 0xFFFFFFFF
SEED = 0xc47310


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & MASK


class _State(object):
    def __init__(self, p0, p1):
        self.p0 = p0
        self.p1 = p1

    def block(self):
        p0 = self.p0
        p1 = self.p1
        p1 ^= p0
        p0 = _rotl(p0, 20)
        p0 = (p0 + p1) & MASK
        p1 = _rotl(p1, 9)
        p1 ^= p0
        p0 = _rotl(p0, 27)
        p0 = (p0 + p1) & MASK
        p1 = _rotl(p1, 19)
        self.p0 = p0
        self.p1 = p1


@jit.elidable
def marvin_hash(u):
    """Marvin32 of the UTF-16LE bytes of u with Mono 6.8's seed, as int32."""
    st = _State(SEED & MASK, (SEED >> 32) & MASK)
    n = len(u)
    i = 0
    while i + 1 < n:            # two UTF-16 units: one 32-bit word
        st.p0 = (st.p0 + (ord(u[i]) | (ord(u[i + 1]) << 16))) & MASK
        st.block()
        i += 2
    if i < n:                   # two bytes left over
        st.p0 = (st.p0 + (0x800000 | ord(u[i]))) & MASK
    else:
        st.p0 = (st.p0 + 0x80) & MASK
    st.block()
    st.block()
    v = (st.p0 ^ st.p1) & MASK
    if v >= 0x80000000:
        v -= 0x100000000
    return v


def _clr_string_hashcode(args):
    w = args[0]
    assert isinstance(w, W_String)
    return W_Int(marvin_hash(w.value))


def install(string_class):
    """After linking: CLR call sites of the String hashCode/GetHashCode
    slot run Mono's hash."""
    from parley.interop.core import HASHCODE
    m = string_class.dispatch(HASHCODE)
    assert m is not None
    m.clr_variant = NativeMethod(string_class, 'GetHashCode', '()I', ACC_PUBLIC,
                                 1, True, _clr_string_hashcode)
