"""java.lang.System.arraycopy (HotSpot's checks and messages), and the
PrintStream methods for char[]."""
from parley.interop.model import (W_Array, W_IntArray, W_LongArray,
                                  W_DoubleArray, W_RefArray, wrap8, wrap16)
from parley.interop.native import add_native
from parley.jvm.corelib import system_class, print_stream, STATIC, _emit
from parley.jvm.lang.util import throw, ival, char_array, chars_to_unicode

_TYPE_NAMES = {'Z': 'boolean', 'C': 'char', 'B': 'byte', 'S': 'short',
               'I': 'int', 'J': 'long', 'F': 'float', 'D': 'double'}


def _type_name(arr):
    kind = arr.getclass().elem_kind
    if kind == '\0':
        return 'object array'
    return _TYPE_NAMES.get(kind, 'object array')


def _aioobe(msg):
    return throw('java/lang/ArrayIndexOutOfBoundsException', msg)


def _ase(msg):
    return throw('java/lang/ArrayStoreException', msg)


def arraycopy(w_src, src_pos, w_dst, dst_pos, length):
    if w_src is None or w_dst is None:
        raise throw('java/lang/NullPointerException', None)
    if not isinstance(w_src, W_Array):
        raise _ase('arraycopy: source type %s is not an array'
                   % w_src.getclass().name)
    if not isinstance(w_dst, W_Array):
        raise _ase('arraycopy: destination type %s is not an array'
                   % w_dst.getclass().name)
    skind = w_src.getclass().elem_kind
    dkind = w_dst.getclass().elem_kind
    if skind != dkind:
        raise _ase('arraycopy: type mismatch: can not copy %s[] into %s[]'
                   % (_type_name(w_src), _type_name(w_dst)))
    slen = w_src.length()
    dlen = w_dst.length()
    if src_pos < 0 or dst_pos < 0 or length < 0:
        if src_pos < 0:
            raise _aioobe('arraycopy: source index %d out of bounds for %s[%d]'
                          % (src_pos, _type_name(w_src), slen))
        if dst_pos < 0:
            raise _aioobe('arraycopy: destination index %d out of bounds for %s[%d]'
                          % (dst_pos, _type_name(w_dst), dlen))
        raise _aioobe('arraycopy: length %d is negative' % length)
    if length + src_pos > slen:
        raise _aioobe('arraycopy: last source index %d out of bounds for %s[%d]'
                      % (length + src_pos, _type_name(w_src), slen))
    if length + dst_pos > dlen:
        raise _aioobe('arraycopy: last destination index %d out of bounds for %s[%d]'
                      % (length + dst_pos, _type_name(w_dst), dlen))
    if length == 0:
        return
    if isinstance(w_src, W_IntArray):
        assert isinstance(w_dst, W_IntArray)
        _copy_ints(w_src.storage, src_pos, w_dst.storage, dst_pos, length)
        if w_src.getclass() is not w_dst.getclass() and (skind == 'B' or skind == 'S'):
            _renormalize(w_dst, dst_pos, length)
    elif isinstance(w_src, W_LongArray):
        assert isinstance(w_dst, W_LongArray)
        _copy_ints(w_src.storage, src_pos, w_dst.storage, dst_pos, length)
    elif isinstance(w_src, W_DoubleArray):
        assert isinstance(w_dst, W_DoubleArray)
        _copy_floats(w_src.storage, src_pos, w_dst.storage, dst_pos, length)
    else:
        assert isinstance(w_src, W_RefArray) and isinstance(w_dst, W_RefArray)
        _copy_refs(w_src, src_pos, w_dst, dst_pos, length)


def _renormalize(w_dst, dp, n):
    """Between a Java byte[]/short[] (signed values) and a CLR byte[]/
    ushort[] (0..255, 0..65535): the copied bits as the destination holds
    them."""
    cls = w_dst.getclass()
    unsigned = cls.elem_class is not None and (
        cls.elem_class.name == 'System.Byte' or cls.elem_class.name == 'System.UInt16')
    st = w_dst.storage
    for i in range(dp, dp + n):
        v = st[i]
        if cls.elem_kind == 'B':
            st[i] = (v & 0xff) if unsigned else wrap8(v)
        else:
            st[i] = (v & 0xffff) if unsigned else wrap16(v)


def _copy_ints(src, sp, dst, dp, n):
    if src is dst and sp < dp:
        i = n - 1
        while i >= 0:
            dst[dp + i] = src[sp + i]
            i -= 1
    else:
        for i in range(n):
            dst[dp + i] = src[sp + i]


def _copy_floats(src, sp, dst, dp, n):
    if src is dst and sp < dp:
        i = n - 1
        while i >= 0:
            dst[dp + i] = src[sp + i]
            i -= 1
    else:
        for i in range(n):
            dst[dp + i] = src[sp + i]


def _copy_refs(w_src, sp, w_dst, dp, n):
    src = w_src.storage
    dst = w_dst.storage
    scomp = w_src.getclass().component
    dcomp = w_dst.getclass().component
    checked = not (scomp is None or dcomp is None or scomp.is_subclass_of(dcomp))
    if not checked:
        if src is dst and sp < dp:
            i = n - 1
            while i >= 0:
                dst[dp + i] = src[sp + i]
                i -= 1
        else:
            for i in range(n):
                dst[dp + i] = src[sp + i]
        return
    assert dcomp is not None
    for i in range(n):
        w = src[sp + i]
        if w is not None and not w.getclass().is_subclass_of(dcomp):
            sname = scomp.name if scomp is not None else 'java.lang.Object'
            raise _ase('arraycopy: element type mismatch: can not cast one of '
                       'the elements of %s[] to the type of the destination '
                       'array, %s' % (sname, dcomp.name))
        dst[dp + i] = w


def _arraycopy(args):
    arraycopy(args[0], ival(args[1]), args[2], ival(args[3]), ival(args[4]))
    return None


add_native(system_class, 'arraycopy',
           '(Ljava/lang/Object;ILjava/lang/Object;II)V', _arraycopy, STATIC)


def _print_chars(args):
    arr = char_array(args[1])
    _emit(args[0], chars_to_unicode(arr.storage, 0, len(arr.storage)),
                  False)
    return None


def _println_chars(args):
    arr = char_array(args[1])
    _emit(args[0], chars_to_unicode(arr.storage, 0, len(arr.storage)),
                  True)
    return None


if 'print([C)V' not in print_stream.methods_by_key:
    add_native(print_stream, 'print', '([C)V', _print_chars)
if 'println([C)V' not in print_stream.methods_by_key:
    add_native(print_stream, 'println', '([C)V', _println_chars)


def _line_separator(args):
    from parley.interop.model import W_String
    return W_String(u'\n')


if 'lineSeparator()Ljava/lang/String;' not in system_class.methods_by_key:
    add_native(system_class, 'lineSeparator', '()Ljava/lang/String;',
               _line_separator, STATIC)
