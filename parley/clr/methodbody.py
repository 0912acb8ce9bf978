"""CIL method bodies (ECMA-335 II.25.4): tiny and fat headers, code,
local variable signature token, extra data sections (exception clauses in
small and fat form, several sections chained with MoreSects)."""

from parley.clr.errors import BadImageFormat
from parley.clr.pe import u16_at, u32_at

CorILMethod_TinyFormat = 0x2
CorILMethod_FatFormat = 0x3
CorILMethod_FormatMask = 0x3
CorILMethod_MoreSects = 0x8
CorILMethod_InitLocals = 0x10

CorILMethod_Sect_EHTable = 0x1
CorILMethod_Sect_OptILTable = 0x2
CorILMethod_Sect_KindMask = 0x3f
CorILMethod_Sect_FatFormat = 0x40
CorILMethod_Sect_MoreSects = 0x80

COR_ILEXCEPTION_CLAUSE_EXCEPTION = 0x0
COR_ILEXCEPTION_CLAUSE_FILTER = 0x1
COR_ILEXCEPTION_CLAUSE_FINALLY = 0x2
COR_ILEXCEPTION_CLAUSE_FAULT = 0x4

MAX_SECTIONS = 1024


class ExceptionClause(object):
    """flags: COR_ILEXCEPTION_CLAUSE_*.  class_token is set only for
    typed (EXCEPTION) clauses, filter_offset only for FILTER clauses
    (both 0 otherwise)."""

    _immutable_fields_ = ['flags', 'try_offset', 'try_length',
                          'handler_offset', 'handler_length', 'class_token',
                          'filter_offset']

    def __init__(self, flags, try_offset, try_length, handler_offset,
                 handler_length, class_token, filter_offset):
        self.flags = flags
        self.try_offset = try_offset
        self.try_length = try_length
        self.handler_offset = handler_offset
        self.handler_length = handler_length
        self.class_token = class_token
        self.filter_offset = filter_offset

    def is_catch(self):
        return self.flags == COR_ILEXCEPTION_CLAUSE_EXCEPTION

    def is_filter(self):
        return self.flags == COR_ILEXCEPTION_CLAUSE_FILTER

    def is_finally(self):
        return self.flags == COR_ILEXCEPTION_CLAUSE_FINALLY

    def is_fault(self):
        return self.flags == COR_ILEXCEPTION_CLAUSE_FAULT


class MethodBody(object):
    _immutable_fields_ = ['rva', 'max_stack', 'code', 'local_sig_token',
                          'init_locals', 'is_fat', 'clauses']

    def __init__(self, rva, max_stack, code, local_sig_token, init_locals,
                 is_fat, clauses):
        self.rva = rva
        self.max_stack = max_stack
        self.code = code
        self.local_sig_token = local_sig_token
        self.init_locals = init_locals
        self.is_fat = is_fat
        self.clauses = clauses


def _make_clause(rva, code_size, flags, try_off, try_len, h_off, h_len,
                 extra):
    if (flags != COR_ILEXCEPTION_CLAUSE_EXCEPTION and
            flags != COR_ILEXCEPTION_CLAUSE_FILTER and
            flags != COR_ILEXCEPTION_CLAUSE_FINALLY and
            flags != COR_ILEXCEPTION_CLAUSE_FAULT):
        raise BadImageFormat("bad exception clause kind 0x%x in method at "
                             "RVA 0x%x" % (flags, rva))
    if try_off + try_len > code_size or h_off + h_len > code_size:
        raise BadImageFormat("exception clause outside method code in "
                             "method at RVA 0x%x" % rva)
    class_token = 0
    filter_offset = 0
    if flags == COR_ILEXCEPTION_CLAUSE_EXCEPTION:
        class_token = extra
    elif flags == COR_ILEXCEPTION_CLAUSE_FILTER:
        if extra >= code_size:
            raise BadImageFormat("exception filter outside method code in "
                                 "method at RVA 0x%x" % rva)
        filter_offset = extra
    return ExceptionClause(flags, try_off, try_len, h_off, h_len,
                           class_token, filter_offset)


def read_method_body(pe, rva):
    """Decode the method body at `rva` of PEFile `pe`."""
    data = pe.data
    if rva <= 0:
        raise BadImageFormat("method has no body (RVA 0x%x)" % rva)
    off = pe.rva_to_offset(rva, 1, "method header")
    b0 = ord(data[off])
    fmt = b0 & CorILMethod_FormatMask
    if fmt == CorILMethod_TinyFormat:
        size = b0 >> 2
        start = pe.rva_to_offset(rva + 1, size, "method body")
        end = start + size
        assert start >= 0
        assert end >= 0
        return MethodBody(rva, 8, data[start:end], 0, False, False, [])
    if fmt != CorILMethod_FatFormat:
        raise BadImageFormat("bad method header at RVA 0x%x" % rva)
    off = pe.rva_to_offset(rva, 12, "method header")
    flags = u16_at(data, off)
    hsize = (flags >> 12) * 4
    if hsize < 12:
        raise BadImageFormat("bad fat method header size at RVA 0x%x" % rva)
    max_stack = u16_at(data, off + 2)
    code_size = u32_at(data, off + 4)
    local_tok = u32_at(data, off + 8)
    if local_tok != 0 and (local_tok >> 24) != 0x11:
        raise BadImageFormat("bad local variable signature token 0x%x in "
                             "method at RVA 0x%x" % (local_tok, rva))
    code_rva = rva + hsize
    start = pe.rva_to_offset(code_rva, code_size, "method body")
    end = start + code_size
    assert start >= 0
    assert end >= 0
    code = data[start:end]
    clauses = []
    if flags & CorILMethod_MoreSects:
        sect_rva = (code_rva + code_size + 3) & ~3
        nsects = 0
        while True:
            nsects += 1
            if nsects > MAX_SECTIONS:
                raise BadImageFormat("too many method data sections at RVA "
                                     "0x%x" % rva)
            soff = pe.rva_to_offset(sect_rva, 4, "method data section")
            kind = ord(data[soff])
            if kind & CorILMethod_Sect_FatFormat:
                dsize = (ord(data[soff + 1]) | (ord(data[soff + 2]) << 8) |
                         (ord(data[soff + 3]) << 16))
                csize = 24
            else:
                dsize = ord(data[soff + 1])
                csize = 12
            if dsize < 4:
                raise BadImageFormat("bad method data section size at RVA "
                                     "0x%x" % sect_rva)
            soff = pe.rva_to_offset(sect_rva, dsize, "method data section")
            if kind & CorILMethod_Sect_KindMask == CorILMethod_Sect_EHTable:
                n = (dsize - 4) // csize
                p = soff + 4
                for i in range(n):
                    if csize == 24:
                        cl = _make_clause(
                            rva, code_size,
                            u32_at(data, p), u32_at(data, p + 4),
                            u32_at(data, p + 8), u32_at(data, p + 12),
                            u32_at(data, p + 16), u32_at(data, p + 20))
                    else:
                        cl = _make_clause(
                            rva, code_size,
                            u16_at(data, p), u16_at(data, p + 2),
                            ord(data[p + 4]), u16_at(data, p + 5),
                            ord(data[p + 7]), u32_at(data, p + 8))
                    clauses.append(cl)
                    p += csize
            if not (kind & CorILMethod_Sect_MoreSects):
                break
            sect_rva = (sect_rva + dsize + 3) & ~3
    return MethodBody(rva, max_stack, code, local_tok,
                      (flags & CorILMethod_InitLocals) != 0, True, clauses)
