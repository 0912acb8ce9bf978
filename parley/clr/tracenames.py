"""How Mono 6.8 names a CLR frame in a stack trace:

    at Outer+Box`1[T].Get2[U] (System.Func`2[T,TResult] f, U[] us) [0x0001a] in <ae36c352...>:0

The declaring type is the generic definition with its type parameters'
names, nested types joined with `+`; a generic method shows its own
type parameters; each parameter is its type and name, where a generic
instantiation is again named by its definition's parameters (as Mono
prints it); `<...>` is the module's MVID.  Read from the metadata only
when a trace is printed (parley/clr/vm.py ClrInstance.format_frame).
"""
from parley.clr import metadata as md
from parley.clr import signature as sg
from parley.clr.errors import BadImageFormat
from parley.interop.errors import GuestException
from parley.interop.format import hex_padded

_PRIMITIVE_NAMES = [
    (sg.ELEMENT_TYPE_VOID, 'System.Void'),
    (sg.ELEMENT_TYPE_BOOLEAN, 'System.Boolean'),
    (sg.ELEMENT_TYPE_CHAR, 'System.Char'),
    (sg.ELEMENT_TYPE_I1, 'System.SByte'),
    (sg.ELEMENT_TYPE_U1, 'System.Byte'),
    (sg.ELEMENT_TYPE_I2, 'System.Int16'),
    (sg.ELEMENT_TYPE_U2, 'System.UInt16'),
    (sg.ELEMENT_TYPE_I4, 'System.Int32'),
    (sg.ELEMENT_TYPE_U4, 'System.UInt32'),
    (sg.ELEMENT_TYPE_I8, 'System.Int64'),
    (sg.ELEMENT_TYPE_U8, 'System.UInt64'),
    (sg.ELEMENT_TYPE_R4, 'System.Single'),
    (sg.ELEMENT_TYPE_R8, 'System.Double'),
    (sg.ELEMENT_TYPE_STRING, 'System.String'),
    (sg.ELEMENT_TYPE_OBJECT, 'System.Object'),
    (sg.ELEMENT_TYPE_I, 'System.IntPtr'),
    (sg.ELEMENT_TYPE_U, 'System.UIntPtr'),
    (sg.ELEMENT_TYPE_TYPEDBYREF, 'System.TypedReference'),
]


def mvid_text(img):
    """The MVID as Guid.ToString("N"): the first three fields are
    little-endian integers in the heap."""
    g = img.mvid
    if len(g) != 16:
        return 'filename unknown'
    order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15]
    parts = []
    for i in order:
        parts.append(hex_padded(ord(g[i]), 2))
    return ''.join(parts)


class Names(object):
    """The generic parameter names in scope of one method."""
    def __init__(self, class_params, method_params):
        self.class_params = class_params
        self.method_params = method_params


def _param_name(names, i, prefix):
    if 0 <= i < len(names):
        return names[i]
    return prefix + str(i)


def _bracketed(names):
    if len(names) == 0:
        return ''
    return '[' + ','.join(names) + ']'


def type_name_of_token(asm, token):
    """A TypeDef/TypeRef's full name with `+` for nesting."""
    try:
        return asm.token_fullname(token).replace('/', '+')
    except BadImageFormat:
        return 'System.Object'


def _generic_def_params(asm, token, arity):
    """The type parameter names of the generic type a token names."""
    if md.token_table(token) == md.TABLE_TYPEDEF:
        rid = md.token_rid(token)
        if 0 < rid <= len(asm.img.typedefs):
            return asm.img.typedefs[rid - 1].generic_params
    try:
        cls = asm.type_at(token)
    except GuestException:
        cls = None
    if cls is not None and cls.clr_asm is not None and cls.clr_rid > 0:
        img = cls.clr_asm.img
        if cls.clr_rid <= len(img.typedefs):
            return img.typedefs[cls.clr_rid - 1].generic_params
    out = []
    for i in range(arity):
        out.append('T' + str(i))
    return out


def type_text(asm, t, names):
    k = t.kind
    for kind, text in _PRIMITIVE_NAMES:
        if k == kind:
            return text
    if k == sg.ELEMENT_TYPE_CLASS or k == sg.ELEMENT_TYPE_VALUETYPE:
        return type_name_of_token(asm, t.token)
    if k == sg.ELEMENT_TYPE_GENERICINST:
        arity = 0
        if t.args is not None:
            arity = len(t.args)
        return (type_name_of_token(asm, t.token) +
                _bracketed(_generic_def_params(asm, t.token, arity)))
    if k == sg.ELEMENT_TYPE_VAR:
        return _param_name(names.class_params, t.index, 'T')
    if k == sg.ELEMENT_TYPE_MVAR:
        return _param_name(names.method_params, t.index, 'M')
    if t.elem is not None:
        inner = type_text(asm, t.elem, names)
        if k == sg.ELEMENT_TYPE_SZARRAY:
            return inner + '[]'
        if k == sg.ELEMENT_TYPE_ARRAY:
            rank = t.rank
            if rank < 1:
                rank = 1
            return inner + '[' + ',' * (rank - 1) + ']'
        if k == sg.ELEMENT_TYPE_BYREF:
            return inner + '&'
        if k == sg.ELEMENT_TYPE_PTR:
            return inner + '*'
        return inner
    return 'System.Object'


def frame_name(method):
    """`Ns.Type.Method (T1 a, T2 b)' for a ClrMethod, or '' when its
    metadata cannot say (the caller falls back to the plain name)."""
    asm = method.asm
    mrid = method.mrid
    img = asm.img
    if mrid <= 0 or mrid > len(img.methods):
        return ''
    row = img.methods[mrid - 1]
    td = None
    owner = row.owner
    if 0 < owner <= len(img.typedefs):
        td = img.typedefs[owner - 1]
    if td is None:
        return ''
    names = Names(td.generic_params, row.generic_params)
    type_name = asm.typedef_fullname(owner).replace('/', '+') + \
        _bracketed(td.generic_params)
    try:
        msig = sg.parse_method_sig(row.sig)
    except BadImageFormat:
        return ''
    pnames = [''] * len(msig.params)
    for prid in range(row.param_start, row.param_end):
        if 0 < prid <= len(img.params):
            p = img.params[prid - 1]
            if 1 <= p.sequence <= len(pnames):
                pnames[p.sequence - 1] = p.name
    parts = []
    for i in range(len(msig.params)):
        text = type_text(asm, msig.params[i], names)
        if pnames[i]:
            text += ' ' + pnames[i]
        parts.append(text)
    return '%s.%s%s (%s)' % (type_name, row.name, _bracketed(row.generic_params),
                             ', '.join(parts))
