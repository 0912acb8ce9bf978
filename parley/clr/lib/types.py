"""System.Type (Object.GetType(), typeof: Type.GetTypeFromHandle), the
Object members C# programs call (GetType, ReferenceEquals, static Equals,
MemberwiseClone), and the small corlib types other members' signatures
name: IFormattable, IFormatProvider, System.IO.TextWriter/TextReader and
the enums StringComparison, StringSplitOptions, MidpointRounding,
NumberStyles, UnicodeCategory.

A CLR Type object is a W_ClassMirror of System.RuntimeType, one per class
(made on first use); the java.lang.Class mirror that `ldtoken` pushes as a
RuntimeTypeHandle is turned into it by GetTypeFromHandle."""
from parley.interop.model import (W_String, W_ClassMirror, W_Box, W_Int,
                                  W_TRUE, W_FALSE)
from parley.interop.core import (object_class, string_class, clone_object,
                                 call_virtual, EQUALS)
from parley.interop.native import add_native
from parley.interop.method import (ACC_PUBLIC, ACC_STATIC, ACC_ABSTRACT,
                                   ACC_NONVIRTUAL, ACC_PROTECTED)
from parley.interop.klass import ACC_INTERFACE, ACC_FINAL
from parley.clr.corlib import _class, valuetype_class, enum_class
from parley.clr.lib.util import wbool, ustr, throw, arg_null

STATIC = ACC_PUBLIC | ACC_STATIC
NONVIRTUAL = ACC_PUBLIC | ACC_NONVIRTUAL
S = 'Ljava/lang/String;'
O = 'Ljava/lang/Object;'
TYPE = 'Lcli/System/Type;'
ABSTRACT_CLASS = ACC_PUBLIC | 0x0400
INTERFACE = ACC_PUBLIC | ACC_INTERFACE | 0x0400

member_info_class = _class('System.Reflection.MemberInfo', object_class, ABSTRACT_CLASS)
type_class = _class('System.Type', member_info_class, ABSTRACT_CLASS)
runtime_type_class = _class('System.RuntimeType', type_class, ACC_PUBLIC | ACC_FINAL)
iformattable_class = _class('System.IFormattable', object_class, INTERFACE)
iformat_provider_class = _class('System.IFormatProvider', object_class, INTERFACE)
text_writer_class = _class('System.IO.TextWriter', object_class, ACC_PUBLIC)
text_reader_class = _class('System.IO.TextReader', object_class, ACC_PUBLIC)


def _abstract(args):
    raise throw('System.NotImplementedException', None)


add_native(iformattable_class, 'ToString', '(' + S + 'Lcli/System/IFormatProvider;)' + S,
           _abstract, ACC_PUBLIC | ACC_ABSTRACT)
add_native(iformat_provider_class, 'GetFormat', '(' + TYPE + ')' + O,
           _abstract, ACC_PUBLIC | ACC_ABSTRACT)


# ---- enums of the corlib ------------------------------------------------------------------

def enum_type(name, names):
    cls = _class(name, enum_class, ACC_PUBLIC | ACC_FINAL)
    cls.value_kind = 2
    cls.primitive = 'I'
    cls.enum_names = names
    return cls


enum_type('System.StringComparison', [
    (0, 'CurrentCulture'), (1, 'CurrentCultureIgnoreCase'),
    (2, 'InvariantCulture'), (3, 'InvariantCultureIgnoreCase'),
    (4, 'Ordinal'), (5, 'OrdinalIgnoreCase')])
enum_type('System.StringSplitOptions', [(0, 'None'), (1, 'RemoveEmptyEntries')])
enum_type('System.MidpointRounding', [(0, 'ToEven'), (1, 'AwayFromZero')])
enum_type('System.ConsoleColor', [
    (0, 'Black'), (1, 'DarkBlue'), (2, 'DarkGreen'), (3, 'DarkCyan'),
    (4, 'DarkRed'), (5, 'DarkMagenta'), (6, 'DarkYellow'), (7, 'Gray'),
    (8, 'DarkGray'), (9, 'Blue'), (10, 'Green'), (11, 'Cyan'), (12, 'Red'),
    (13, 'Magenta'), (14, 'Yellow'), (15, 'White')])
enum_type('System.DayOfWeek', [
    (0, 'Sunday'), (1, 'Monday'), (2, 'Tuesday'), (3, 'Wednesday'),
    (4, 'Thursday'), (5, 'Friday'), (6, 'Saturday')])
enum_type('System.DateTimeKind', [(0, 'Unspecified'), (1, 'Utc'), (2, 'Local')])
enum_type('System.Globalization.NumberStyles', [
    (0, 'None'), (1, 'AllowLeadingWhite'), (2, 'AllowTrailingWhite'),
    (3, 'AllowLeadingWhite, AllowTrailingWhite'),
    (4, 'AllowLeadingSign'), (7, 'Integer'), (8, 'AllowTrailingSign'),
    (16, 'AllowParentheses'), (32, 'AllowDecimalPoint'),
    (64, 'AllowThousands'), (111, 'Number'), (128, 'AllowExponent'),
    (167, 'Float'), (256, 'AllowCurrencySymbol'), (383, 'Currency'),
    (511, 'Any'), (512, 'AllowHexSpecifier'), (515, 'HexNumber')])


def _unicode_category_names():
    from parley.clr.lib.chars import CATEGORY_NAMES
    out = []
    for i in range(len(CATEGORY_NAMES)):
        out.append((i, CATEGORY_NAMES[i]))
    return out


enum_type('System.Globalization.UnicodeCategory', _unicode_category_names())


# ---- names -----------------------------------------------------------------------------------

def _primitive_name(kind):
    if kind == 'I':
        return 'System.Int32'
    if kind == 'J':
        return 'System.Int64'
    if kind == 'Z':
        return 'System.Boolean'
    if kind == 'C':
        return 'System.Char'
    if kind == 'B':
        return 'System.SByte'
    if kind == 'S':
        return 'System.Int16'
    if kind == 'F':
        return 'System.Single'
    if kind == 'D':
        return 'System.Double'
    return 'System.Object'


def clr_type_name(cls):
    """Type.ToString(): namespace-qualified, '+' for nested types, generic
    arguments in brackets, '[]' for arrays."""
    if cls is object_class:
        return 'System.Object'
    if cls is string_class:
        return 'System.String'
    if cls.component is not None:
        return clr_type_name(cls.component) + '[]'
    if cls.elem_class is not None:
        return clr_type_name(cls.elem_class) + '[]'     # uint[], byte[] ...
    if cls.elem_kind != '\0':
        return _primitive_name(cls.elem_kind) + '[]'
    if cls.vm is not None and cls.vm.tag != 'clr':
        return cls.name.replace('/', '.')
    return cls.name.replace('/', '+')


def _split_generic(name):
    """(name without its generic arguments, the '[...]' part or '')."""
    i = name.find('[')
    if i < 0 or (name.endswith('[]') and i == len(name) - 2):
        return name, ''
    assert i >= 0
    return name[:i], name[i:]


def _after(s, i):
    """s after position i (the whole of s for -1)."""
    j = i + 1
    assert j >= 0
    return s[j:]


def _before(s, i):
    assert i >= 0
    return s[:i]


def simple_name(cls):
    """Type.Name: no namespace, no enclosing type, no generic arguments."""
    if cls.component is not None:
        return simple_name(cls.component) + '[]'
    if cls.elem_class is not None:
        return simple_name(cls.elem_class) + '[]'
    from parley.clr.mdarrays import info_of
    info = info_of(cls)
    if info is not None:                # uint[,]: UInt32[,]
        if info.rank == 1:
            return simple_name(info.elem) + '[*]'
        return simple_name(info.elem) + '[' + ',' * (info.rank - 1) + ']'
    if cls.elem_kind != '\0':
        full = _primitive_name(cls.elem_kind)
        return _after(full, full.rfind('.')) + '[]'
    base, args = _split_generic(clr_type_name(cls))
    i = max(base.rfind('.'), base.rfind('+'))
    return _after(base, i)


def namespace_of(cls):
    if cls.component is not None:
        return namespace_of(cls.component)
    if cls.elem_class is not None:
        return namespace_of(cls.elem_class)     # an enum's array
    if cls.elem_kind != '\0':
        return 'System'
    base, args = _split_generic(clr_type_name(cls))
    j = base.find('+')
    if j >= 0:
        base = _before(base, j)
    i = base.rfind('.')
    if i < 0:
        return ''
    return _before(base, i)


# ---- Type objects ---------------------------------------------------------------------------

class TypeObjects(object):
    def __init__(self):
        self.by_class = {}

type_objects = TypeObjects()


def type_object(cls):
    """The System.Type object of a class (one per class)."""
    w = type_objects.by_class.get(cls, None)
    if w is None:
        w = W_ClassMirror(runtime_type_class, cls)
        type_objects.by_class[cls] = w
    return w


def type_target(w):
    if w is None:
        raise throw('System.NullReferenceException', None)
    assert isinstance(w, W_ClassMirror)
    return w.target


def _get_type(args):
    w = args[0]
    if w is None:
        raise throw('System.NullReferenceException', None)
    return type_object(w.getclass())


def _get_type_from_handle(args):
    w = args[0]
    if w is None:
        return None
    if isinstance(w, W_ClassMirror):
        return type_object(w.target)
    if isinstance(w, W_Box):
        return type_object(w.klass)
    return type_object(w.getclass())


def _type_name(args):
    return W_String(ustr(simple_name(type_target(args[0]))))


def _type_full_name(args):
    return W_String(ustr(clr_type_name(type_target(args[0]))))


def _type_namespace(args):
    ns = namespace_of(type_target(args[0]))
    if not ns:
        return None
    return W_String(ustr(ns))


def _type_base_type(args):
    cls = type_target(args[0])
    if cls.is_interface() or cls.superclass is None:
        return None
    return type_object(cls.superclass)


def _type_is_value_type(args):
    cls = type_target(args[0])
    return wbool(cls.value_kind != 0 or (cls.primitive != '\0' and
                                          not cls.is_array()))


def _type_is_enum(args):
    return wbool(type_target(args[0]).value_kind == 2)


def _type_is_array(args):
    return wbool(type_target(args[0]).is_array())


def _type_is_interface(args):
    return wbool(type_target(args[0]).is_interface())


def _type_is_class(args):
    cls = type_target(args[0])
    return wbool(not cls.is_interface() and cls.value_kind == 0 and
                 (cls.primitive == '\0' or cls.is_array()))


def _type_is_primitive(args):
    cls = type_target(args[0])
    return wbool(cls.primitive != '\0' and cls.value_kind == 0 and
                 not cls.is_array())


def _type_is_abstract(args):
    return wbool(type_target(args[0]).flags & 0x0400 != 0)


def _type_is_sealed(args):
    return wbool(type_target(args[0]).flags & ACC_FINAL != 0)


def _type_element_type(args):
    cls = type_target(args[0])
    if cls.component is not None:
        return type_object(cls.component)
    if cls.elem_class is not None:
        return type_object(cls.elem_class)
    if cls.elem_kind != '\0':
        from parley.interop.coordinator import coordinator
        c = coordinator.clr.find_class(_primitive_name(cls.elem_kind))
        if c is not None:
            return type_object(c)
    return None


def _type_is_assignable_from(args):
    cls = type_target(args[0])
    w_other = args[1]
    if w_other is None:
        return W_FALSE
    return wbool(type_target(w_other).is_subclass_of(cls))


def _type_is_instance_of_type(args):
    cls = type_target(args[0])
    w = args[1]
    return wbool(w is not None and w.getclass().is_subclass_of(cls))


def _type_is_subclass_of(args):
    cls = type_target(args[0])
    other = type_target(args[1])
    return wbool(cls is not other and cls.is_subclass_of(other))


def _type_op_equality(args):
    return wbool(args[0] is args[1])


def _type_op_inequality(args):
    return wbool(args[0] is not args[1])


def _type_to_string(args):
    return W_String(ustr(clr_type_name(type_target(args[0]))))


def _type_equals(args):
    return wbool(args[0] is args[1])


def _type_hash(args):
    from parley.interop.core import identity_hash
    return W_Int(identity_hash(args[0]))


add_native(member_info_class, 'get_Name', '()' + S, _type_name)
add_native(type_class, 'get_FullName', '()' + S, _type_full_name)
add_native(type_class, 'get_Namespace', '()' + S, _type_namespace)
add_native(type_class, 'get_BaseType', '()' + TYPE, _type_base_type)
add_native(type_class, 'get_IsValueType', '()Z', _type_is_value_type)
add_native(type_class, 'get_IsEnum', '()Z', _type_is_enum)
add_native(type_class, 'get_IsArray', '()Z', _type_is_array)
add_native(type_class, 'get_IsInterface', '()Z', _type_is_interface)
add_native(type_class, 'get_IsClass', '()Z', _type_is_class)
add_native(type_class, 'get_IsPrimitive', '()Z', _type_is_primitive)
add_native(type_class, 'get_IsAbstract', '()Z', _type_is_abstract)
add_native(type_class, 'get_IsSealed', '()Z', _type_is_sealed)
add_native(type_class, 'GetElementType', '()' + TYPE, _type_element_type)
add_native(type_class, 'IsAssignableFrom', '(' + TYPE + ')Z', _type_is_assignable_from)
add_native(type_class, 'IsInstanceOfType', '(' + O + ')Z', _type_is_instance_of_type)
add_native(type_class, 'IsSubclassOf', '(' + TYPE + ')Z', _type_is_subclass_of)
add_native(type_class, 'ToString', '()' + S, _type_to_string)
add_native(type_class, 'Equals', '(' + O + ')Z', _type_equals)
add_native(type_class, 'Equals', '(' + TYPE + ')Z', _type_equals)
add_native(type_class, 'GetHashCode', '()I', _type_hash)
add_native(type_class, 'GetTypeFromHandle', '(Lcli/System/RuntimeTypeHandle;)' + TYPE,
           _get_type_from_handle, STATIC)
add_native(type_class, 'op_Equality', '(' + TYPE + TYPE + ')Z', _type_op_equality, STATIC)
add_native(type_class, 'op_Inequality', '(' + TYPE + TYPE + ')Z', _type_op_inequality, STATIC)


# ---- Object -------------------------------------------------------------------------------------

def _reference_equals(args):
    return wbool(args[0] is args[1])


def _static_equals(args):
    a = args[0]
    b = args[1]
    if a is b:
        return W_TRUE
    if a is None or b is None:
        return W_FALSE
    w = call_virtual(a, EQUALS, [a, b])
    return w


def _memberwise_clone(args):
    return clone_object(args[0])


def _finalize(args):
    return None


add_native(object_class, 'GetType', '()' + TYPE, _get_type, NONVIRTUAL | ACC_FINAL)
add_native(object_class, 'ReferenceEquals', '(' + O + O + ')Z', _reference_equals, STATIC)
add_native(object_class, 'Equals', '(' + O + O + ')Z', _static_equals, STATIC)
add_native(object_class, 'MemberwiseClone', '()' + O, _memberwise_clone,
           ACC_PROTECTED | ACC_NONVIRTUAL)
add_native(object_class, 'Finalize', '()V', _finalize, ACC_PROTECTED | ACC_NONVIRTUAL)
