"""Sizes of types as the `sizeof` instruction reports them (Mono 6.8,
x86-64): primitives their size, references and native ints 8, structs
their fields laid out in declaration order with natural alignment (Mono
does not reorder the fields of value types, whatever the layout flag),
the ClassLayout packing and size honoured, FieldLayout offsets for
explicit layout.  (An empty C# struct is 1 byte because mcs gives it
`.size 1`; without that Mono says 0.)"""
from rpython.rlib import jit
from parley.clr import signature as sg
from parley.clr import valuetypes as vt

TD_LAYOUT_MASK = 0x18
TD_EXPLICIT_LAYOUT = 0x10
FD_STATIC = 0x10
FD_LITERAL = 0x40
MAX_DEPTH = 64

_sizes = {}


class LayoutError(Exception):
    pass


@jit.elidable
def _cached_size(cls):
    return _sizes.get(cls, -1)


def size_of(cls):
    size = _cached_size(cls)
    if size < 0:
        try:
            size, align = size_and_align(cls, 0)
        except LayoutError:
            from parley.interop.coordinator import coordinator
            raise coordinator.clr.throw('System.TypeLoadException',
                                        'Recursive layout of %s' % cls.name)
        _sizes[cls] = size
    return size


def primitive_size(kind):
    if kind == 'Z' or kind == 'B':
        return 1
    if kind == 'C' or kind == 'S':
        return 2
    if kind == 'I' or kind == 'F':
        return 4
    return 8


def size_and_align(cls, depth):
    """(size, alignment) of a location of type cls."""
    if cls.value_kind == vt.STRUCT:
        return struct_layout(cls, depth + 1)
    if cls.primitive != '\0':
        s = primitive_size(cls.primitive)
        return s, s
    return 8, 8         # a reference


def round_up(n, a):
    if a <= 1:
        return n
    return (n + a - 1) // a * a


def struct_layout(cls, depth):
    if depth > MAX_DEPTH:
        raise LayoutError
    from parley.clr.loader import Assembly
    asm = cls.clr_asm
    rid = cls.clr_rid
    if not isinstance(asm, Assembly) or rid <= 0 or rid > len(asm.img.typedefs):
        return native_struct_layout(cls)
    img = asm.img
    td = img.typedefs[rid - 1]
    packing = 0
    class_size = 0
    for row in img.classlayouts:
        if row.parent == rid:
            packing = row.packing
            class_size = row.size
            break
    explicit = td.flags & TD_LAYOUT_MASK == TD_EXPLICIT_LAYOUT
    ctx = None
    if cls.generic_args is not None:
        from parley.clr.generics import GenericContext
        ctx = GenericContext(asm, cls, cls.generic_args, [])
    offset = 0
    end = 0
    max_align = 1
    for frid in range(td.field_start, td.field_end):
        if frid <= 0 or frid > len(img.fields):
            break
        frow = img.fields[frid - 1]
        if frow.flags & (FD_STATIC | FD_LITERAL):
            continue
        t = sg.parse_field_sig(frow.sig)
        fsize, falign = type_size(asm, ctx, t, depth)
        if packing > 0 and falign > packing:
            falign = packing
        if falign > max_align:
            max_align = falign
        if explicit:
            at = 0
            for fl in img.fieldlayouts:
                if fl.field == frid:
                    at = fl.offset
                    break
            if at + fsize > end:
                end = at + fsize
        else:
            offset = round_up(offset, falign) + fsize
            end = offset
    size = round_up(end, max_align)
    if class_size > size:
        size = class_size
    return size, max_align


def native_struct_layout(cls):
    """A struct Parley defines natively: its instance fields by descriptor."""
    offset = 0
    max_align = 1
    for f in cls.fields:
        if f.is_static:
            continue
        d = f.descriptor
        if len(d) == 1:
            s = primitive_size(d[0])
        else:
            s = 8
        offset = round_up(offset, s) + s
        if s > max_align:
            max_align = s
    size = round_up(offset, max_align)
    if size == 0:
        size = 1
    return size, max_align


def type_size(asm, ctx, t, depth):
    k = t.kind
    if k == sg.ELEMENT_TYPE_BOOLEAN or k == sg.ELEMENT_TYPE_I1 or \
            k == sg.ELEMENT_TYPE_U1:
        return 1, 1
    if k == sg.ELEMENT_TYPE_CHAR or k == sg.ELEMENT_TYPE_I2 or \
            k == sg.ELEMENT_TYPE_U2:
        return 2, 2
    if k == sg.ELEMENT_TYPE_I4 or k == sg.ELEMENT_TYPE_U4 or \
            k == sg.ELEMENT_TYPE_R4:
        return 4, 4
    if k == sg.ELEMENT_TYPE_TYPEDBYREF:
        return 16, 8
    if k == sg.ELEMENT_TYPE_VALUETYPE or k == sg.ELEMENT_TYPE_VAR or \
            k == sg.ELEMENT_TYPE_MVAR or \
            (k == sg.ELEMENT_TYPE_GENERICINST and t.is_valuetype):
        c = asm.class_of_sig(t, ctx)
        return size_and_align(c, depth)
    return 8, 8     # int64, float64, native ints, pointers, references
