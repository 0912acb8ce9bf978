"""System.Enum's members beyond ToString: CompareTo, GetHashCode,
HasFlag, and the statics over a Type (GetNames, GetValues, GetName,
IsDefined, Parse, ToObject, GetUnderlyingType); and Array.GetEnumerator
(the non-generic enumerator foreach uses over an Array)."""
from rpython.rlib.rarithmetic import r_uint
from parley.interop.model import (W_Int, W_Long, W_String, W_Box, W_Array,
                                  W_RefArray, W_Instance, W_TRUE, W_FALSE)
from parley.interop.native import add_native, add_field
from parley.interop.method import ACC_PUBLIC, ACC_STATIC, ACC_NONVIRTUAL
from parley.interop import arrays as shared_arrays
from parley.interop.core import string_class
from parley.clr.lib.util import (throw, arg_null, arg_error, ival, sval, wbool,
                                 ustr, kind_of_class, int_value, is_unsigned,
                                 new_string_array, K_U8, sub)
from parley.clr.lib.types import type_target, type_object, clr_type_name

STATIC = ACC_PUBLIC | ACC_STATIC
S = 'Ljava/lang/String;'
O = 'Ljava/lang/Object;'
TYPE = 'Lcli/System/Type;'
ENUM = 'Lcli/System/Enum;'


def _enum_class_of(w_type, param):
    if w_type is None:
        raise arg_null(param)
    cls = type_target(w_type)
    if cls.value_kind != 2:
        raise arg_error('Type provided must be an Enum.', param)
    return cls


def _value_of(cls, w):
    """The integer value of a boxed enum or integer argument."""
    if isinstance(w, W_Box):
        w = w.w_value
    return int_value(kind_of_class(cls), w)


def sorted_names(cls):
    """(value, name) pairs by unsigned value, as GetNames/GetValues."""
    names = cls.enum_names
    out = []
    if names is None:
        return out
    for pair in names:
        out.append(pair)
    # insertion sort: enums are small
    for i in range(1, len(out)):
        j = i
        while j > 0 and r_uint(out[j - 1][0]) > r_uint(out[j][0]):
            t = out[j - 1]
            out[j - 1] = out[j]
            out[j] = t
            j -= 1
    return out


def box_enum(cls, v):
    if cls.primitive == 'J':
        return W_Box(cls, W_Long(v))
    return W_Box(cls, W_Int(v))


def _get_names(args):
    cls = _enum_class_of(args[0], 'enumType')
    items = []
    for v, name in sorted_names(cls):
        items.append(ustr(name))
    return new_string_array(items)


def _get_values(args):
    cls = _enum_class_of(args[0], 'enumType')
    pairs = sorted_names(cls)
    w_arr = shared_arrays.new_array(shared_arrays.array_class_of(cls), len(pairs))
    from parley.clr.lib.arrays import set_elem
    for i in range(len(pairs)):
        v, name = pairs[i]
        set_elem(w_arr, i, box_enum(cls, v))
    return w_arr


def _name_of(cls, v):
    for value, name in sorted_names(cls):
        if value == v:
            return name
    return None


def _get_name(args):
    cls = _enum_class_of(args[0], 'enumType')
    if args[1] is None:
        raise arg_null('value')
    name = _name_of(cls, _value_of(cls, args[1]))
    if name is None:
        return None
    return W_String(ustr(name))


def _is_defined(args):
    cls = _enum_class_of(args[0], 'enumType')
    w = args[1]
    if w is None:
        raise arg_null('value')
    if isinstance(w, W_String):
        for v, name in sorted_names(cls):
            if ustr(name) == w.value:
                return W_TRUE
        return W_FALSE
    return wbool(_name_of(cls, _value_of(cls, w)) is not None)


def _parse_one(cls, text, ignore_case):
    from parley.clr.lib.strings import to_upper, trim, TRIM_BOTH
    from parley.clr.lib.primitives import parse_integer
    t = trim(text, None, TRIM_BOTH)
    if len(t) > 0 and (u'0' <= t[0] <= u'9' or t[0] == u'-' or t[0] == u'+'):
        v, err = parse_integer(kind_of_class(cls), t, 0x7)
        if err == 0:
            return v, True
    for v, name in sorted_names(cls):
        u = ustr(name)
        if u == t or (ignore_case and to_upper(u) == to_upper(t)):
            return v, True
    return 0, False


def parse_enum(cls, text, ignore_case):
    from parley.clr.lib.strings import trim, TRIM_BOTH
    if len(trim(text, None, TRIM_BOTH)) == 0:
        raise arg_error('Must specify valid information for parsing in the string.', '')
    result = 0
    start = 0
    for i in range(len(text) + 1):
        if i == len(text) or text[i] == u',':
            part = sub(text, start, i)
            v, ok = _parse_one(cls, part, ignore_case)
            if not ok:
                raise arg_error("Requested value '" + _utf8(trim(text, None, TRIM_BOTH))
                                + "' was not found.", '')
            result |= v
            start = i + 1
    return box_enum(cls, result)


def _utf8(u):
    from parley.interop.console import encode_utf8
    return encode_utf8(u)


def _parse(args):
    cls = _enum_class_of(args[0], 'enumType')
    text = sval(args[1])
    if text is None:
        raise arg_null('value')
    return parse_enum(cls, text, False)


def _parse_ic(args):
    cls = _enum_class_of(args[0], 'enumType')
    text = sval(args[1])
    if text is None:
        raise arg_null('value')
    return parse_enum(cls, text, ival(args[2]) != 0)


def _to_object(args):
    cls = _enum_class_of(args[0], 'enumType')
    w = args[1]
    if isinstance(w, W_Box):
        w = w.w_value
    if isinstance(w, W_Long):
        return box_enum(cls, w.longval)
    return box_enum(cls, ival(w))


def _to_object_int(args):
    cls = _enum_class_of(args[0], 'enumType')
    return box_enum(cls, ival(args[1]))


def _to_object_long(args):
    cls = _enum_class_of(args[0], 'enumType')
    from parley.clr.lib.util import jval
    return box_enum(cls, jval(args[1]))


def _underlying(args):
    cls = _enum_class_of(args[0], 'enumType')
    from parley.interop.coordinator import coordinator
    from parley.clr.lib.primitives import short_name
    under = coordinator.clr.find_class('System.' + short_name(kind_of_class(cls)))
    if under is None:
        return None
    return type_object(under)


def _this_enum(w):
    assert isinstance(w, W_Box)
    return w


def _compare_to(args):
    w = _this_enum(args[0])
    w_o = args[1]
    if w_o is None:
        return W_Int(1)
    if not isinstance(w_o, W_Box) or w_o.klass is not w.klass:
        raise arg_error("Object must be the same type as the enum. The type passed in was '"
                        + clr_type_name(w_o.getclass()) + "'; the enum type was '"
                        + clr_type_name(w.klass) + "'.", '')
    kind = kind_of_class(w.klass)
    a = int_value(kind, w.w_value)
    b = int_value(kind, w_o.w_value)
    if kind == K_U8:
        ua = r_uint(a)
        ub = r_uint(b)
        return W_Int(-1 if ua < ub else (1 if ua > ub else 0))
    return W_Int(-1 if a < b else (1 if a > b else 0))


def _hash_code(args):
    from parley.clr.lib.primitives import hash_of
    w = _this_enum(args[0])
    return W_Int(hash_of(kind_of_class(w.klass), w.w_value))


def _has_flag(args):
    w = _this_enum(args[0])
    w_flag = args[1]
    if w_flag is None:
        raise arg_null('flag')
    if not isinstance(w_flag, W_Box) or w_flag.klass is not w.klass:
        raise arg_error("The argument type, '" + clr_type_name(w_flag.getclass())
                        + "', is not the same as the enum type '"
                        + clr_type_name(w.klass) + "'.", '')
    kind = kind_of_class(w.klass)
    flag = int_value(kind, w_flag.w_value)
    return wbool(int_value(kind, w.w_value) & flag == flag)


# ---- Array.GetEnumerator ------------------------------------------------------------------

def install(enum_class, array_class, corlib_class):
    add_native(enum_class, 'CompareTo', '(' + O + ')I', _compare_to)
    add_native(enum_class, 'GetHashCode', '()I', _hash_code)
    add_native(enum_class, 'HasFlag', '(' + ENUM + ')Z', _has_flag)
    add_native(enum_class, 'GetNames', '(' + TYPE + ')[' + S, _get_names, STATIC)
    add_native(enum_class, 'GetValues', '(' + TYPE + ')Lcli/System/Array;', _get_values, STATIC)
    add_native(enum_class, 'GetName', '(' + TYPE + O + ')' + S, _get_name, STATIC)
    add_native(enum_class, 'IsDefined', '(' + TYPE + O + ')Z', _is_defined, STATIC)
    add_native(enum_class, 'Parse', '(' + TYPE + S + ')' + O, _parse, STATIC)
    add_native(enum_class, 'Parse', '(' + TYPE + S + 'Z)' + O, _parse_ic, STATIC)
    add_native(enum_class, 'ToObject', '(' + TYPE + O + ')' + O, _to_object, STATIC)
    add_native(enum_class, 'ToObject', '(' + TYPE + 'I)' + O, _to_object_int, STATIC)
    add_native(enum_class, 'ToObject', '(' + TYPE + 'J)' + O, _to_object_long, STATIC)
    add_native(enum_class, 'GetUnderlyingType', '(' + TYPE + ')' + TYPE, _underlying, STATIC)

    from parley.interop.core import object_class
    enumerator = corlib_class('System.ArrayEnumerator', object_class, ACC_PUBLIC)
    f_array = add_field(enumerator, 'array', '[' + O, False, 0x1)
    f_index = add_field(enumerator, 'index', 'I', False, 0x1)

    def get_enumerator(args):
        w = W_Instance(enumerator)
        w.fields[f_array.index] = args[0]
        w.fields[f_index.index] = W_Int(-1)
        return w

    def move_next(args):
        w = args[0]
        assert isinstance(w, W_Instance)
        w_arr = w.fields[f_array.index]
        assert isinstance(w_arr, W_Array)
        i = ival(w.fields[f_index.index]) + 1
        if i > w_arr.length():
            i = w_arr.length()
        w.fields[f_index.index] = W_Int(i)
        return wbool(i < w_arr.length())

    def current(args):
        from parley.clr.lib.arrays import boxed_elem
        w = args[0]
        assert isinstance(w, W_Instance)
        w_arr = w.fields[f_array.index]
        assert isinstance(w_arr, W_Array)
        i = ival(w.fields[f_index.index])
        if i < 0:
            raise throw('System.InvalidOperationException', 'Enumeration has not started. Call MoveNext.')
        if i >= w_arr.length():
            raise throw('System.InvalidOperationException', 'Enumeration already finished.')
        return boxed_elem(w_arr, i)

    def reset(args):
        w = args[0]
        assert isinstance(w, W_Instance)
        w.fields[f_index.index] = W_Int(-1)
        return None

    add_native(enumerator, 'MoveNext', '()Z', move_next)
    add_native(enumerator, 'get_Current', '()' + O, current)
    add_native(enumerator, 'Reset', '()V', reset)
    add_native(array_class, 'GetEnumerator', '()Lcli/System/Collections/IEnumerator;',
               get_enumerator, ACC_PUBLIC | ACC_NONVIRTUAL)
