"""A minimal class-file writer, used to emit Java stub classes for CLR
types (parley.interop.stubs).  Stub methods have a body that throws, so the
files are valid class files; Parley never loads them: at run time the
names resolve to the CLR types themselves."""


def _u1(v):
    return chr(v & 0xff)


def _u2(v):
    return chr((v >> 8) & 0xff) + chr(v & 0xff)


def _u4(v):
    return _u2((v >> 16) & 0xffff) + _u2(v & 0xffff)


class ClassWriter(object):
    def __init__(self, name, super_name, flags):
        self.pool = []
        self.utf8s = {}
        self.classes = {}
        self.name = name
        self.flags = flags
        self.this_index = self.class_ref(name)
        self.super_index = self.class_ref(super_name) if super_name else 0
        self.interfaces = []
        self.fields = []
        self.methods = []
        self.code_name = self.utf8('Code')

    def utf8(self, s):
        i = self.utf8s.get(s, 0)
        if i == 0:
            self.pool.append('\x01' + _u2(len(s)) + s)
            i = len(self.pool)
            self.utf8s[s] = i
        return i

    def class_ref(self, name):
        i = self.classes.get(name, 0)
        if i == 0:
            n = self.utf8(name)
            self.pool.append('\x07' + _u2(n))
            i = len(self.pool)
            self.classes[name] = i
        return i

    def add_interface(self, name):
        self.interfaces.append(self.class_ref(name))

    def add_field(self, name, desc, flags):
        self.fields.append(_u2(flags) + _u2(self.utf8(name)) +
                           _u2(self.utf8(desc)) + _u2(0))

    def add_method(self, name, desc, flags, arg_slots):
        head = _u2(flags) + _u2(self.utf8(name)) + _u2(self.utf8(desc))
        if flags & 0x0500:          # abstract or native: no code
            self.methods.append(head + _u2(0))
            return
        code = '\x01\xbf'           # aconst_null; athrow
        body = (_u2(1) + _u2(arg_slots) + _u4(len(code)) + code +
                _u2(0) + _u2(0))
        self.methods.append(head + _u2(1) + _u2(self.code_name) +
                            _u4(len(body)) + body)

    def to_bytes(self):
        parts = ['\xca\xfe\xba\xbe', _u2(0), _u2(52), _u2(len(self.pool) + 1)]
        parts.extend(self.pool)
        parts.append(_u2(self.flags))
        parts.append(_u2(self.this_index))
        parts.append(_u2(self.super_index))
        parts.append(_u2(len(self.interfaces)))
        for i in self.interfaces:
            parts.append(_u2(i))
        parts.append(_u2(len(self.fields)))
        parts.extend(self.fields)
        parts.append(_u2(len(self.methods)))
        parts.extend(self.methods)
        parts.append(_u2(0))
        return ''.join(parts)
