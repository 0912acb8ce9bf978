"""Signature blobs (ECMA-335 II.23.2).

All parse_* functions take a blob (str) and raise BadImageFormat on any
malformation.  Tokens embedded in signatures (TypeDefOrRefOrSpecEncoded)
are returned as metadata tokens (table << 24 | rid); they are NOT checked
against the image's tables here (see Image.check_token).
"""

from parley.clr.errors import BadImageFormat

ELEMENT_TYPE_END = 0x00
ELEMENT_TYPE_VOID = 0x01
ELEMENT_TYPE_BOOLEAN = 0x02
ELEMENT_TYPE_CHAR = 0x03
ELEMENT_TYPE_I1 = 0x04
ELEMENT_TYPE_U1 = 0x05
ELEMENT_TYPE_I2 = 0x06
ELEMENT_TYPE_U2 = 0x07
ELEMENT_TYPE_I4 = 0x08
ELEMENT_TYPE_U4 = 0x09
ELEMENT_TYPE_I8 = 0x0a
ELEMENT_TYPE_U8 = 0x0b
ELEMENT_TYPE_R4 = 0x0c
ELEMENT_TYPE_R8 = 0x0d
ELEMENT_TYPE_STRING = 0x0e
ELEMENT_TYPE_PTR = 0x0f
ELEMENT_TYPE_BYREF = 0x10
ELEMENT_TYPE_VALUETYPE = 0x11
ELEMENT_TYPE_CLASS = 0x12
ELEMENT_TYPE_VAR = 0x13
ELEMENT_TYPE_ARRAY = 0x14
ELEMENT_TYPE_GENERICINST = 0x15
ELEMENT_TYPE_TYPEDBYREF = 0x16
ELEMENT_TYPE_I = 0x18
ELEMENT_TYPE_U = 0x19
ELEMENT_TYPE_FNPTR = 0x1b
ELEMENT_TYPE_OBJECT = 0x1c
ELEMENT_TYPE_SZARRAY = 0x1d
ELEMENT_TYPE_MVAR = 0x1e
ELEMENT_TYPE_CMOD_REQD = 0x1f
ELEMENT_TYPE_CMOD_OPT = 0x20
ELEMENT_TYPE_INTERNAL = 0x21
ELEMENT_TYPE_MODIFIER = 0x40
ELEMENT_TYPE_SENTINEL = 0x41
ELEMENT_TYPE_PINNED = 0x45

# calling convention byte (II.23.2.1 - II.23.2.3)
SIG_DEFAULT = 0x0
SIG_C = 0x1
SIG_STDCALL = 0x2
SIG_THISCALL = 0x3
SIG_FASTCALL = 0x4
SIG_VARARG = 0x5
SIG_FIELD = 0x6
SIG_LOCAL_SIG = 0x7
SIG_PROPERTY = 0x8
SIG_GENERICINST = 0xa
SIG_MASK = 0x0f
SIG_GENERIC = 0x10
SIG_HASTHIS = 0x20
SIG_EXPLICITTHIS = 0x40

MAX_DEPTH = 64

# table ids used by TypeDefOrRefOrSpecEncoded
_TDOR_TABLES = [0x02, 0x01, 0x1b]   # TypeDef, TypeRef, TypeSpec

_PRIMITIVE_NAMES = {
    ELEMENT_TYPE_VOID: "void",
    ELEMENT_TYPE_BOOLEAN: "bool",
    ELEMENT_TYPE_CHAR: "char",
    ELEMENT_TYPE_I1: "int8",
    ELEMENT_TYPE_U1: "uint8",
    ELEMENT_TYPE_I2: "int16",
    ELEMENT_TYPE_U2: "uint16",
    ELEMENT_TYPE_I4: "int32",
    ELEMENT_TYPE_U4: "uint32",
    ELEMENT_TYPE_I8: "int64",
    ELEMENT_TYPE_U8: "uint64",
    ELEMENT_TYPE_R4: "float32",
    ELEMENT_TYPE_R8: "float64",
    ELEMENT_TYPE_STRING: "string",
    ELEMENT_TYPE_TYPEDBYREF: "typedref",
    ELEMENT_TYPE_I: "native int",
    ELEMENT_TYPE_U: "native uint",
    ELEMENT_TYPE_OBJECT: "object",
}


def is_primitive_kind(kind):
    return kind in _PRIMITIVE_NAMES


def _default_token_name(token):
    return "[token 0x%x]" % token


class SigType(object):
    """One type in a signature.

    kind         ELEMENT_TYPE_* byte
    token        CLASS/VALUETYPE: the type's token; GENERICINST: the generic
                 type definition's token; else 0
    elem         element/pointee for SZARRAY, ARRAY, BYREF, PTR, PINNED
    args         GENERICINST type arguments
    index        VAR/MVAR number
    rank, sizes, lobounds   ARRAY shape
    is_valuetype GENERICINST: the generic type is a value type
    method_sig   FNPTR
    cmod_reqd, cmod_opt     tokens of custom modifiers preceding this type
    """

    _immutable_fields_ = ['kind', 'token', 'elem', 'args', 'index',
                          'rank', 'sizes', 'lobounds', 'is_valuetype',
                          'method_sig', 'cmod_reqd', 'cmod_opt']

    def __init__(self, kind, token, elem, args, index, rank, sizes, lobounds,
                 is_valuetype, method_sig, cmod_reqd, cmod_opt):
        self.kind = kind
        self.token = token
        self.elem = elem
        self.args = args
        self.index = index
        self.rank = rank
        self.sizes = sizes
        self.lobounds = lobounds
        self.is_valuetype = is_valuetype
        self.method_sig = method_sig
        self.cmod_reqd = cmod_reqd
        self.cmod_opt = cmod_opt

    def is_primitive(self):
        return is_primitive_kind(self.kind)

    def describe(self):
        return describe_type(self, None)


class TokenNamer(object):
    """Override name() to make describe_type show type names instead of
    tokens (metadata.Image provides one)."""

    def token_name(self, token):
        return _default_token_name(token)


def describe_type(t, namer):
    k = t.kind
    if k in _PRIMITIVE_NAMES:
        s = _PRIMITIVE_NAMES[k]
    elif k == ELEMENT_TYPE_CLASS or k == ELEMENT_TYPE_VALUETYPE:
        if namer is None:
            n = _default_token_name(t.token)
        else:
            n = namer.token_name(t.token)
        if k == ELEMENT_TYPE_CLASS:
            s = "class " + n
        else:
            s = "valuetype " + n
    elif k == ELEMENT_TYPE_GENERICINST:
        if namer is None:
            n = _default_token_name(t.token)
        else:
            n = namer.token_name(t.token)
        parts = []
        for a in t.args:
            parts.append(describe_type(a, namer))
        if t.is_valuetype:
            s = "valuetype "
        else:
            s = "class "
        s = s + n + "<" + ", ".join(parts) + ">"
    elif k == ELEMENT_TYPE_VAR:
        s = "!%d" % t.index
    elif k == ELEMENT_TYPE_MVAR:
        s = "!!%d" % t.index
    elif k == ELEMENT_TYPE_SZARRAY:
        s = _describe_elem(t, namer) + "[]"
    elif k == ELEMENT_TYPE_ARRAY:
        dims = []
        for i in range(t.rank):
            lo = 0
            has_lo = False
            if i < len(t.lobounds):
                lo = t.lobounds[i]
                has_lo = True
            if i < len(t.sizes):
                if has_lo:
                    dims.append("%d...%d" % (lo, lo + t.sizes[i] - 1))
                else:
                    dims.append("%d" % t.sizes[i])
            elif has_lo:
                dims.append("%d..." % lo)
            else:
                dims.append("")
        s = _describe_elem(t, namer) + "[" + ",".join(dims) + "]"
    elif k == ELEMENT_TYPE_BYREF:
        s = _describe_elem(t, namer) + "&"
    elif k == ELEMENT_TYPE_PTR:
        s = _describe_elem(t, namer) + "*"
    elif k == ELEMENT_TYPE_PINNED:
        s = _describe_elem(t, namer) + " pinned"
    elif k == ELEMENT_TYPE_FNPTR:
        ms = t.method_sig
        if ms is None:
            s = "method *()"
        else:
            s = "method " + describe_method_sig(ms, namer, "*")
    else:
        s = "?0x%x" % k
    for tok in t.cmod_reqd:
        if namer is None:
            s = s + " modreq(" + _default_token_name(tok) + ")"
        else:
            s = s + " modreq(" + namer.token_name(tok) + ")"
    for tok in t.cmod_opt:
        if namer is None:
            s = s + " modopt(" + _default_token_name(tok) + ")"
        else:
            s = s + " modopt(" + namer.token_name(tok) + ")"
    return s


def _describe_elem(t, namer):
    if t.elem is None:
        return "?"
    return describe_type(t.elem, namer)


class MethodSig(object):
    """A method def/ref signature (also used for property signatures,
    where `ret` is the property type)."""

    _immutable_fields_ = ['has_this', 'explicit_this', 'callconv',
                          'generic_count', 'ret', 'params',
                          'sentinel_index']

    def __init__(self, has_this, explicit_this, callconv, generic_count,
                 ret, params, sentinel_index):
        self.has_this = has_this
        self.explicit_this = explicit_this
        self.callconv = callconv          # low 4 bits (SIG_DEFAULT, ...)
        self.generic_count = generic_count
        self.ret = ret
        self.params = params
        self.sentinel_index = sentinel_index  # params[i:] are varargs; or -1

    def is_vararg(self):
        return self.callconv == SIG_VARARG

    def describe(self):
        return describe_method_sig(self, None, "")


def describe_method_sig(ms, namer, name):
    parts = []
    for i in range(len(ms.params)):
        if i == ms.sentinel_index:
            parts.append("...")
        parts.append(describe_type(ms.params[i], namer))
    if ms.sentinel_index >= 0 and ms.sentinel_index == len(ms.params):
        parts.append("...")
    s = ""
    if ms.has_this:
        s = "instance "
        if ms.explicit_this:
            s = "instance explicit "
    if ms.callconv == SIG_VARARG:
        s = s + "vararg "
    s = s + describe_type(ms.ret, namer) + " " + name
    if ms.generic_count > 0:
        s = s + "<%d>" % ms.generic_count
    return s + "(" + ", ".join(parts) + ")"


# ---------------------------------------------------------------------------
# compressed integers (II.23.2)

class SigReader(object):
    def __init__(self, blob):
        self.blob = blob
        self.pos = 0

    def at_end(self):
        return self.pos >= len(self.blob)

    def remaining(self):
        return len(self.blob) - self.pos

    def byte(self):
        if self.pos >= len(self.blob):
            raise BadImageFormat("truncated signature blob at byte %d"
                                 % self.pos)
        b = ord(self.blob[self.pos])
        self.pos += 1
        return b

    def peek(self):
        if self.pos >= len(self.blob):
            raise BadImageFormat("truncated signature blob at byte %d"
                                 % self.pos)
        return ord(self.blob[self.pos])

    def compressed(self):
        b0 = self.byte()
        if b0 & 0x80 == 0:
            return b0
        if b0 & 0xc0 == 0x80:
            b1 = self.byte()
            return ((b0 & 0x3f) << 8) | b1
        if b0 & 0xe0 == 0xc0:
            b1 = self.byte()
            b2 = self.byte()
            b3 = self.byte()
            return ((b0 & 0x1f) << 24) | (b1 << 16) | (b2 << 8) | b3
        raise BadImageFormat("bad compressed integer 0x%x in signature" % b0)

    def compressed_signed(self):
        b0 = self.peek()
        u = self.compressed()
        neg = u & 1
        x = u >> 1
        if neg:
            if b0 & 0x80 == 0:
                x -= 0x40
            elif b0 & 0xc0 == 0x80:
                x -= 0x2000
            else:
                x -= 0x10000000
        return x

    def count(self, what):
        """A compressed element count, capped by the remaining blob bytes
        (each element needs at least one byte)."""
        n = self.compressed()
        if n > self.remaining():
            raise BadImageFormat("%s count %d exceeds signature blob size"
                                 % (what, n))
        return n

    def type_token(self):
        v = self.compressed()
        tag = v & 3
        if tag == 3:
            raise BadImageFormat("bad TypeDefOrRefOrSpec tag in signature")
        rid = v >> 2
        if rid == 0:
            raise BadImageFormat("null type token in signature")
        return (_TDOR_TABLES[tag] << 24) | rid


def decode_compressed(blob, pos):
    """Decode a compressed unsigned int at blob[pos].  Returns
    (value, new_pos); raises BadImageFormat."""
    r = SigReader(blob)
    r.pos = pos
    v = r.compressed()
    return v, r.pos


# ---------------------------------------------------------------------------
# types

def parse_type(r, depth):
    if depth > MAX_DEPTH:
        raise BadImageFormat("signature nested too deeply")
    reqd = []
    opt = []
    while True:
        b = r.peek()
        if b == ELEMENT_TYPE_CMOD_REQD:
            r.byte()
            reqd.append(r.type_token())
        elif b == ELEMENT_TYPE_CMOD_OPT:
            r.byte()
            opt.append(r.type_token())
        else:
            break
    k = r.byte()
    token = 0
    elem = None
    args = []
    index = 0
    rank = 0
    sizes = []
    lobounds = []
    is_vt = False
    msig = None
    if k in _PRIMITIVE_NAMES:
        pass
    elif k == ELEMENT_TYPE_CLASS or k == ELEMENT_TYPE_VALUETYPE:
        token = r.type_token()
    elif (k == ELEMENT_TYPE_PTR or k == ELEMENT_TYPE_BYREF or
          k == ELEMENT_TYPE_SZARRAY or k == ELEMENT_TYPE_PINNED):
        elem = parse_type(r, depth + 1)
    elif k == ELEMENT_TYPE_VAR or k == ELEMENT_TYPE_MVAR:
        index = r.compressed()
    elif k == ELEMENT_TYPE_ARRAY:
        elem = parse_type(r, depth + 1)
        rank = r.compressed()
        if rank == 0 or rank > 32:
            raise BadImageFormat("bad array rank %d in signature" % rank)
        nsizes = r.count("array size")
        if nsizes > rank:
            raise BadImageFormat("more array sizes than rank in signature")
        for i in range(nsizes):
            sizes.append(r.compressed())
        nlo = r.count("array lower bound")
        if nlo > rank:
            raise BadImageFormat("more array lower bounds than rank in "
                                 "signature")
        for i in range(nlo):
            lobounds.append(r.compressed_signed())
    elif k == ELEMENT_TYPE_GENERICINST:
        gk = r.byte()
        if gk == ELEMENT_TYPE_VALUETYPE:
            is_vt = True
        elif gk != ELEMENT_TYPE_CLASS:
            raise BadImageFormat("bad GENERICINST kind 0x%x in signature"
                                 % gk)
        token = r.type_token()
        n = r.count("generic argument")
        if n == 0:
            raise BadImageFormat("GENERICINST with no arguments")
        for i in range(n):
            args.append(parse_type(r, depth + 1))
    elif k == ELEMENT_TYPE_FNPTR:
        msig = _parse_method_sig(r, depth + 1, True)
    else:
        raise BadImageFormat("bad element type 0x%x in signature" % k)
    return SigType(k, token, elem, args, index, rank, sizes, lobounds,
                   is_vt, msig, reqd, opt)


def _parse_method_sig(r, depth, allow_vararg_sentinel):
    cc = r.byte()
    conv = cc & SIG_MASK
    if conv > SIG_VARARG:
        raise BadImageFormat("bad method calling convention 0x%x" % cc)
    has_this = (cc & SIG_HASTHIS) != 0
    explicit_this = (cc & SIG_EXPLICITTHIS) != 0
    gcount = 0
    if cc & SIG_GENERIC:
        gcount = r.count("generic parameter")
    n = r.count("parameter")
    ret = parse_type(r, depth + 1)
    params = []
    sentinel = -1
    i = 0
    while i < n:
        if r.peek() == ELEMENT_TYPE_SENTINEL:
            if sentinel >= 0 or not allow_vararg_sentinel:
                raise BadImageFormat("unexpected SENTINEL in signature")
            r.byte()
            sentinel = i
            continue
        params.append(parse_type(r, depth + 1))
        i += 1
    return MethodSig(has_this, explicit_this, conv, gcount, ret, params,
                     sentinel)


def parse_method_sig(blob):
    """MethodDefSig / MethodRefSig / StandAloneMethodSig."""
    r = SigReader(blob)
    return _parse_method_sig(r, 0, True)


def parse_field_sig(blob):
    r = SigReader(blob)
    b = r.byte()
    if b & SIG_MASK != SIG_FIELD:
        raise BadImageFormat("not a field signature (0x%x)" % b)
    return parse_type(r, 0)


def parse_property_sig(blob):
    r = SigReader(blob)
    b = r.byte()
    if b & SIG_MASK != SIG_PROPERTY:
        raise BadImageFormat("not a property signature (0x%x)" % b)
    has_this = (b & SIG_HASTHIS) != 0
    explicit_this = (b & SIG_EXPLICITTHIS) != 0
    n = r.count("parameter")
    ret = parse_type(r, 0)
    params = []
    for i in range(n):
        params.append(parse_type(r, 0))
    return MethodSig(has_this, explicit_this, SIG_PROPERTY, 0, ret, params,
                     -1)


def parse_locals_sig(blob):
    r = SigReader(blob)
    b = r.byte()
    if b != SIG_LOCAL_SIG:
        raise BadImageFormat("not a local variable signature (0x%x)" % b)
    n = r.count("local variable")
    result = []
    for i in range(n):
        result.append(parse_type(r, 0))
    return result


def parse_typespec(blob):
    r = SigReader(blob)
    return parse_type(r, 0)


def parse_methodspec(blob):
    r = SigReader(blob)
    b = r.byte()
    if b != SIG_GENERICINST:
        raise BadImageFormat("not a method instantiation signature (0x%x)"
                             % b)
    n = r.count("generic argument")
    if n == 0:
        raise BadImageFormat("method instantiation with no arguments")
    result = []
    for i in range(n):
        result.append(parse_type(r, 0))
    return result


def is_field_sig(blob):
    return len(blob) > 0 and (ord(blob[0]) & SIG_MASK) == SIG_FIELD
