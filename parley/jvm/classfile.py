"""Reader for JVM class files (versions up to 61, JDK 17).

Produces a ClassFile: the constant pool (every tag, including
MethodHandle, MethodType, Dynamic and InvokeDynamic), fields, methods with
their Code attributes (exception table, LineNumberTable), SourceFile,
BootstrapMethods and NestHost/NestMembers.  Attributes Parley does not use
are skipped by their length.  Every offset is checked: a truncated or
corrupt file raises ClassFormatError, never anything else.
"""

MAGIC = 0xCAFEBABE
MAX_VERSION = 61

CONSTANT_Utf8 = 1
CONSTANT_Integer = 3
CONSTANT_Float = 4
CONSTANT_Long = 5
CONSTANT_Double = 6
CONSTANT_Class = 7
CONSTANT_String = 8
CONSTANT_Fieldref = 9
CONSTANT_Methodref = 10
CONSTANT_InterfaceMethodref = 11
CONSTANT_NameAndType = 12
CONSTANT_MethodHandle = 15
CONSTANT_MethodType = 16
CONSTANT_Dynamic = 17
CONSTANT_InvokeDynamic = 18
CONSTANT_Module = 19
CONSTANT_Package = 20


class ClassFormatError(Exception):
    def __init__(self, msg, kind='java/lang/ClassFormatError'):
        self.msg = msg
        self.kind = kind    # the Java error class to throw


class CPEntry(object):
    """One constant-pool entry.  `a` and `b` hold the entry's indices or
    kind (their meaning depends on the tag); `s` a Utf8 string; `i` an
    Integer/Long value (as a machine int); `f` a Float/Double value."""
    _immutable_fields_ = ['tag', 'a', 'b', 's', 'i', 'f']

    def __init__(self, tag, a=0, b=0, s='', i=0, f=0.0):
        self.tag = tag
        self.a = a
        self.b = b
        self.s = s
        self.i = i
        self.f = f


EMPTY_ENTRY = CPEntry(0)


class ExceptionEntry(object):
    _immutable_fields_ = ['start', 'end', 'handler', 'catch_type']

    def __init__(self, start, end, handler, catch_type):
        self.start = start
        self.end = end
        self.handler = handler
        self.catch_type = catch_type    # CP index of a Class, 0 = any


class CodeAttr(object):
    def __init__(self, max_stack, max_locals, code, handlers, lines):
        self.max_stack = max_stack
        self.max_locals = max_locals
        self.code = code
        self.handlers = handlers
        self.lines = lines              # flat list: start_pc, line, ...


class MemberInfo(object):
    def __init__(self, flags, name, descriptor):
        self.flags = flags
        self.name = name
        self.descriptor = descriptor
        self.code = None                # CodeAttr for methods with code
        self.constant_index = 0         # ConstantValue, for fields


class BootstrapMethod(object):
    def __init__(self, method_ref, args):
        self.method_ref = method_ref    # CP index of a MethodHandle
        self.args = args                # CP indices


class ClassFile(object):
    def __init__(self, path):
        self.path = path
        self.minor = 0
        self.major = 0
        self.pool = []
        self.flags = 0
        self.this_name = ''
        self.super_name = ''
        self.interfaces = []
        self.fields = []
        self.methods = []
        self.source_file = ''
        self.bootstrap_methods = []
        self.nest_host = ''

    # ---- constant pool access (checked) --------------------------------
    def entry(self, index, tag):
        if index <= 0 or index >= len(self.pool):
            raise ClassFormatError("Invalid constant pool index %d in class file %s"
                                   % (index, self.this_name or self.path))
        e = self.pool[index]
        if e.tag != tag:
            raise ClassFormatError("Invalid constant pool reference %d (tag %d, expected %d) in class file %s"
                                   % (index, e.tag, tag, self.this_name or self.path))
        return e

    def utf8(self, index):
        return self.entry(index, CONSTANT_Utf8).s

    def class_name(self, index):
        return self.utf8(self.entry(index, CONSTANT_Class).a)

    def name_and_type(self, index):
        e = self.entry(index, CONSTANT_NameAndType)
        return self.utf8(e.a), self.utf8(e.b)

    def tag_at(self, index):
        if index <= 0 or index >= len(self.pool):
            return 0
        return self.pool[index].tag


class Reader(object):
    def __init__(self, data, path):
        self.data = data
        self.pos = 0
        self.path = path
        self.name = ''

    def fail(self, what):
        raise ClassFormatError("Truncated class file %s (%s)" % (self.name or self.path, what))

    def need(self, n, what):
        if n < 0 or self.pos + n > len(self.data):
            self.fail(what)

    def u1(self):
        self.need(1, 'u1')
        v = ord(self.data[self.pos])
        self.pos += 1
        return v

    def u2(self):
        self.need(2, 'u2')
        d = self.data
        p = self.pos
        self.pos = p + 2
        return (ord(d[p]) << 8) | ord(d[p + 1])

    def u4(self):
        self.need(4, 'u4')
        d = self.data
        p = self.pos
        self.pos = p + 4
        return ((ord(d[p]) << 24) | (ord(d[p + 1]) << 16) |
                (ord(d[p + 2]) << 8) | ord(d[p + 3]))

    def bytes(self, n, what):
        self.need(n, what)
        p = self.pos
        self.pos = p + n
        assert p >= 0
        end = p + n
        assert end >= 0
        return self.data[p:end]


def s4(v):
    if v >= 0x80000000:
        return v - 0x100000000
    return v


def parse_class(data, path):
    r = Reader(data, path)
    cf = ClassFile(path)
    if len(data) < 4:
        raise ClassFormatError("Truncated class file %s" % path)
    magic = r.u4()
    if magic != MAGIC:
        raise ClassFormatError("Incompatible magic value %d in class file %s"
                               % (magic, path))
    cf.minor = r.u2()
    cf.major = r.u2()
    if cf.major > MAX_VERSION or cf.major < 45:
        raise ClassFormatError(
            "%s has been compiled by a more recent version of the Java Runtime "
            "(class file version %d.%d), this version of the Java Runtime only "
            "recognizes class file versions up to %d.0"
            % (path, cf.major, cf.minor, MAX_VERSION),
            'java/lang/UnsupportedClassVersionError')
    count = r.u2()
    if count == 0:
        raise ClassFormatError("Illegal constant pool size 0 in class file %s" % path)
    pool = [EMPTY_ENTRY] * count
    i = 1
    while i < count:
        tag = r.u1()
        if tag == CONSTANT_Utf8:
            n = r.u2()
            pool[i] = CPEntry(tag, s=r.bytes(n, 'Utf8'))
        elif tag == CONSTANT_Integer:
            pool[i] = CPEntry(tag, i=s4(r.u4()))
        elif tag == CONSTANT_Float:
            pool[i] = CPEntry(tag, i=r.u4())
        elif tag == CONSTANT_Long or tag == CONSTANT_Double:
            hi = r.u4()
            lo = r.u4()
            pool[i] = CPEntry(tag, a=hi, b=lo)
            i += 1          # takes two slots
            if i >= count:
                raise ClassFormatError("Invalid constant pool entry %d in class file %s"
                                       % (i - 1, path))
        elif tag == CONSTANT_Class or tag == CONSTANT_String or \
                tag == CONSTANT_MethodType or tag == CONSTANT_Module or \
                tag == CONSTANT_Package:
            pool[i] = CPEntry(tag, a=r.u2())
        elif tag == CONSTANT_Fieldref or tag == CONSTANT_Methodref or \
                tag == CONSTANT_InterfaceMethodref or \
                tag == CONSTANT_NameAndType or tag == CONSTANT_Dynamic or \
                tag == CONSTANT_InvokeDynamic:
            a = r.u2()
            b = r.u2()
            pool[i] = CPEntry(tag, a=a, b=b)
        elif tag == CONSTANT_MethodHandle:
            kind = r.u1()
            ref = r.u2()
            if kind < 1 or kind > 9:
                raise ClassFormatError("Bad method handle kind at constant pool index %d in class file %s"
                                       % (i, path))
            pool[i] = CPEntry(tag, a=kind, b=ref)
        else:
            raise ClassFormatError("Unknown constant tag %d in class file %s"
                                   % (tag, path))
        i += 1
    cf.pool = pool
    _check_pool(cf)
    cf.flags = r.u2()
    this_index = r.u2()
    cf.this_name = cf.class_name(this_index)
    r.name = cf.this_name
    super_index = r.u2()
    if super_index != 0:
        cf.super_name = cf.class_name(super_index)
    n = r.u2()
    for k in range(n):
        cf.interfaces.append(cf.class_name(r.u2()))
    n = r.u2()
    for k in range(n):
        cf.fields.append(_parse_member(r, cf, False))
    n = r.u2()
    for k in range(n):
        cf.methods.append(_parse_member(r, cf, True))
    n = r.u2()
    for k in range(n):
        _parse_class_attribute(r, cf)
    if r.pos != len(data):
        raise ClassFormatError("Extra bytes at the end of class file %s" % cf.this_name)
    return cf


def _check_pool(cf):
    """References between entries must point at the right tags."""
    pool = cf.pool
    for i in range(1, len(pool)):
        e = pool[i]
        t = e.tag
        if t == CONSTANT_Class or t == CONSTANT_String or \
                t == CONSTANT_MethodType or t == CONSTANT_Module or \
                t == CONSTANT_Package:
            cf.entry(e.a, CONSTANT_Utf8)
        elif t == CONSTANT_Fieldref or t == CONSTANT_Methodref or \
                t == CONSTANT_InterfaceMethodref:
            cf.entry(e.a, CONSTANT_Class)
            nt = cf.entry(e.b, CONSTANT_NameAndType)
            desc = cf.utf8(nt.b)
            if t == CONSTANT_Fieldref:
                ok = _field_descriptor_end(desc, 0) == len(desc)
            else:
                ok = _method_descriptor_ok(desc)
            if not ok:
                raise ClassFormatError("Illegal %s signature \"%s\" at constant pool index %d in class file %s"
                                       % ('field' if t == CONSTANT_Fieldref else 'method',
                                          desc, i, cf.path))
        elif t == CONSTANT_NameAndType:
            cf.entry(e.a, CONSTANT_Utf8)
            cf.entry(e.b, CONSTANT_Utf8)
        elif t == CONSTANT_Dynamic or t == CONSTANT_InvokeDynamic:
            cf.entry(e.b, CONSTANT_NameAndType)
        elif t == CONSTANT_MethodHandle:
            rt = cf.tag_at(e.b)
            if rt != CONSTANT_Fieldref and rt != CONSTANT_Methodref and \
                    rt != CONSTANT_InterfaceMethodref:
                raise ClassFormatError("Bad method handle reference at constant pool index %d in class file %s"
                                       % (i, cf.path))


def _parse_member(r, cf, is_method):
    flags = r.u2()
    name = cf.utf8(r.u2())
    desc = cf.utf8(r.u2())
    m = MemberInfo(flags, name, desc)
    n = r.u2()
    for k in range(n):
        aname = cf.utf8(r.u2())
        length = r.u4()
        r.need(length, 'attribute ' + aname)
        end = r.pos + length
        if is_method and aname == 'Code':
            m.code = _parse_code(r, cf, end)
        elif not is_method and aname == 'ConstantValue':
            m.constant_index = r.u2()
        r.pos = end
    return m


def _parse_code(r, cf, end):
    max_stack = r.u2()
    max_locals = r.u2()
    n = r.u4()
    code = r.bytes(n, 'Code')
    if n == 0:
        raise ClassFormatError("Code attribute of zero length in class file %s" % cf.this_name)
    handlers = []
    ne = r.u2()
    for k in range(ne):
        start = r.u2()
        stop = r.u2()
        handler = r.u2()
        catch = r.u2()
        if start >= stop or stop > n or handler >= n:
            raise ClassFormatError("Illegal exception table range in class file %s" % cf.this_name)
        if catch != 0:
            cf.entry(catch, CONSTANT_Class)
        handlers.append(ExceptionEntry(start, stop, handler, catch))
    lines = []
    na = r.u2()
    for k in range(na):
        aname = cf.utf8(r.u2())
        length = r.u4()
        r.need(length, 'attribute ' + aname)
        aend = r.pos + length
        if aname == 'LineNumberTable':
            nl = r.u2()
            for j in range(nl):
                lines.append(r.u2())
                lines.append(r.u2())
        r.pos = aend
    if r.pos != end:
        raise ClassFormatError("Code attribute has wrong length in class file %s" % cf.this_name)
    return CodeAttr(max_stack, max_locals, code, handlers, lines)


def _parse_class_attribute(r, cf):
    aname = cf.utf8(r.u2())
    length = r.u4()
    r.need(length, 'attribute ' + aname)
    end = r.pos + length
    if aname == 'SourceFile':
        cf.source_file = cf.utf8(r.u2())
    elif aname == 'BootstrapMethods':
        n = r.u2()
        for k in range(n):
            ref = r.u2()
            cf.entry(ref, CONSTANT_MethodHandle)
            na = r.u2()
            args = []
            for j in range(na):
                args.append(r.u2())
            cf.bootstrap_methods.append(BootstrapMethod(ref, args))
    elif aname == 'NestHost':
        cf.nest_host = cf.class_name(r.u2())
    r.pos = end


def _field_descriptor_end(desc, i):
    """Index after the field type at i, or -1."""
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


def _method_descriptor_ok(desc):
    if len(desc) < 3 or desc[0] != '(':
        return False
    i = 1
    while i < len(desc) and desc[i] != ')':
        i = _field_descriptor_end(desc, i)
        if i < 0:
            return False
    if i >= len(desc):
        return False
    i += 1
    if i < len(desc) and desc[i] == 'V':
        return i + 1 == len(desc)
    return _field_descriptor_end(desc, i) == len(desc)
