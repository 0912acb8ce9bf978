"""JVM field and method descriptors (also Parley's descriptor syntax)."""
from parley.jvm.classfile import ClassFormatError


def _parse_field_type(desc, i):
    """Return the index after the field type starting at i, or -1."""
    n = len(desc)
    while i < n and desc[i] == '[':
        i += 1
    if i >= n:
        return -1
    c = desc[i]
    if c in 'BCDFIJSZ':
        return i + 1
    if c == 'L':
        j = desc.find(';', i)
        if j <= i + 1:
            return -1
        return j + 1
    return -1


def parse_method_descriptor(desc, where):
    """(argument types, return type) of a method descriptor."""
    if len(desc) < 3 or desc[0] != '(':
        raise ClassFormatError("Method \"%s\" has illegal signature" % where)
    args = []
    i = 1
    while i < len(desc) and desc[i] != ')':
        j = _parse_field_type(desc, i)
        if j < 0:
            raise ClassFormatError("Method \"%s\" has illegal signature \"%s\"" % (where, desc))
        assert j >= i and i >= 0
        args.append(desc[i:j])
        i = j
    if i >= len(desc):
        raise ClassFormatError("Method \"%s\" has illegal signature \"%s\"" % (where, desc))
    i += 1
    assert i >= 0
    ret = desc[i:]
    if ret != 'V':
        j = _parse_field_type(desc, i)
        if j != len(desc):
            raise ClassFormatError("Method \"%s\" has illegal signature \"%s\"" % (where, desc))
    return args, ret


def is_category2(t):
    return t == 'J' or t == 'D'
