"""`parley describe FILE...`: the VM-neutral description of what class
files, jars, class directories and CLI assemblies export - the "resources"
of the Parley design (VEE 2004) - printed as JSON.

Both VMs' loaders produce the shared class representation (W_Class,
Method, FieldInfo), so one description serves both: types (kind class,
interface, valuetype, enum or delegate), functions with signatures in
Parley types (descriptor syntax over the names Java sees; the JVM's own
names and `cli/...` names for CLR types), slots (fields) and, for CLR
types, custom attributes and presentational hints (constructor, static
initializer, property getter/setter, event add/remove/fire, indexer,
operator, delegate invoke).  `parley stubs --java` and `--csharp` are
generated from the same representation.
"""
from parley.interop import paths
from parley.interop.format import hex_padded
from parley.interop.errors import GuestException, FatalError
from parley.interop.method import ACC_STATIC, ACC_ABSTRACT, ACC_PUBLIC

MSEM_SETTER = 0x1
MSEM_GETTER = 0x2
MSEM_ADDON = 0x8
MSEM_REMOVEON = 0x10
MSEM_FIRE = 0x20


def json_string(s):
    parts = ['"']
    for c in s:
        o = ord(c)
        if c == '"':
            parts.append('\\"')
        elif c == '\\':
            parts.append('\\\\')
        elif o < 0x20 or o >= 0x7f:
            parts.append('\\u' + hex_padded(o, 4))
        else:
            parts.append(c)
    parts.append('"')
    return ''.join(parts)


def json_bool(b):
    return 'true' if b else 'false'


def parley_name(cls):
    from parley.interop.stubs import java_name
    return java_name(cls)


def type_kind(cls):
    if cls.is_interface():
        return 'interface'
    if cls.value_kind == 1:
        return 'valuetype'
    if cls.value_kind == 2:
        return 'enum'
    sup = cls.superclass
    if sup is not None and sup.name == 'System.MulticastDelegate':
        return 'delegate'
    return 'class'


class Describer(object):
    def __init__(self):
        self.entries = []

    def add_type(self, cls, vm, attributes, hints):
        parts = ['{"vm": ', json_string(vm),
                 ', "name": ', json_string(cls.name),
                 ', "parley_name": ', json_string(parley_name(cls)),
                 ', "kind": ', json_string(type_kind(cls)),
                 ', "public": ', json_bool(cls.flags & ACC_PUBLIC != 0)]
        if cls.superclass is not None and not cls.is_interface():
            parts.append(', "super": ')
            parts.append(json_string(parley_name(cls.superclass)))
        itfs = []
        for itf in cls.interfaces:
            itfs.append(json_string(parley_name(itf)))
        parts.append(', "interfaces": [' + ', '.join(itfs) + ']')
        attrs = []
        for a in attributes:
            attrs.append(json_string(a))
        parts.append(', "attributes": [' + ', '.join(attrs) + ']')
        slots = []
        for f in cls.fields:
            slots.append('{"name": %s, "type": %s, "static": %s}' % (
                json_string(f.name), json_string(f.descriptor),
                json_bool(f.is_static)))
        parts.append(', "slots": [' + ', '.join(slots) + ']')
        funcs = []
        for m in cls.methods:
            hint = hints.get(m.name, '')
            if not hint:
                hint = default_hint(cls, m)
            funcs.append('{"name": %s, "signature": %s, "static": %s, '
                         '"virtual": %s, "abstract": %s, "hint": %s}' % (
                             json_string(m.name), json_string(m.signature),
                             json_bool(m.flags & ACC_STATIC != 0),
                             json_bool(m.is_virtual()),
                             json_bool(m.flags & ACC_ABSTRACT != 0),
                             json_string(hint)))
        parts.append(', "functions": [' + ', '.join(funcs) + ']}')
        self.entries.append(''.join(parts))

    def text(self):
        return '{"types": [\n' + ',\n'.join(self.entries) + '\n]}\n'


def default_hint(cls, m):
    if m.name == '<init>':
        return 'constructor'
    if m.name == '<clinit>':
        return 'static initializer'
    if m.name.startswith('op_'):
        return 'operator'
    if m.name == 'Invoke' and type_kind(cls) == 'delegate':
        return 'delegate invoke'
    return 'method'


def clr_hints(asm, rid):
    """Method name -> hint from the MethodSemantics of TypeDef rid."""
    from parley.clr import metadata as md
    img = asm.img
    td = img.typedefs[rid - 1]
    hints = {}
    for row in img.methodsemantics:
        mrid = row.method
        if not (td.method_start <= mrid < td.method_end):
            continue
        if mrid <= 0 or mrid > len(img.methods):
            continue
        name = img.methods[mrid - 1].name
        sem = row.semantics
        indexer = False
        if md.token_table(row.association) == md.TABLE_PROPERTY:
            prid = md.token_rid(row.association)
            if 0 < prid <= len(img.properties) and img.properties[prid - 1].name == 'Item':
                indexer = True
        if sem & MSEM_GETTER:
            hints[name] = 'indexer getter' if indexer else 'property getter'
        elif sem & MSEM_SETTER:
            hints[name] = 'indexer setter' if indexer else 'property setter'
        elif sem & MSEM_ADDON:
            hints[name] = 'event add'
        elif sem & MSEM_REMOVEON:
            hints[name] = 'event remove'
        elif sem & MSEM_FIRE:
            hints[name] = 'event fire'
    return hints


def clr_attributes(asm, rid):
    from parley.clr import metadata as md
    img = asm.img
    token = md.make_token(md.TABLE_TYPEDEF, rid)
    out = []
    for row in img.customattributes:
        if row.parent != token:
            continue
        # the attribute's name from metadata, without loading its type
        t = row.type
        rid2 = md.token_rid(t)
        if md.token_table(t) == md.TABLE_MEMBERREF and 0 < rid2 <= len(img.memberrefs):
            out.append(asm.token_fullname(img.memberrefs[rid2 - 1].parent))
        elif md.token_table(t) == md.TABLE_METHODDEF and 0 < rid2 <= len(img.methods):
            out.append(asm.typedef_fullname(img.methods[rid2 - 1].owner))
        else:
            out.append('?')
    return out


def describe_command(args):
    from parley.interop.coordinator import coordinator
    from parley.interop.console import console
    if not args:
        console.write_err('Usage: parley describe FILE...  (class files, jars, '
                          'class directories, CLI assemblies)\n')
        return 2
    d = Describer()
    jvm = coordinator.jvm
    try:
        for path in args:
            if path.endswith('.dll') or path.endswith('.exe'):
                asm = coordinator.clr.load_assembly(path)
                for td in asm.img.typedefs:
                    if td.name == '<Module>':
                        continue
                    cls = asm.type_by_rid(td.rid)
                    d.add_type(cls, 'clr', clr_attributes(asm, td.rid),
                               clr_hints(asm, td.rid))
            elif path.endswith('.class'):
                from parley.interop.files import read_file
                from parley.jvm.classfile import parse_class
                data = read_file(path)
                cf = parse_class(data, path)
                root = paths.dirname(path)
                for c in cf.this_name:
                    if c == '/':
                        root = paths.dirname(root)
                jvm.classpath = [root if root else '.'] + jvm.classpath
                d.add_type(jvm.load_class(cf.this_name), 'jvm', [], {})
            else:
                from parley.interop.csstubs import class_names_in
                jvm.classpath = [path] + jvm.classpath
                for name in class_names_in(path):
                    d.add_type(jvm.load_class(name), 'jvm', [], {})
    except FatalError as e:
        console.write_err(e.msg + '\n')
        return e.status
    except GuestException as e:
        from parley.interop.core import call_tostring
        from parley.interop.console import encode_utf8
        console.write_err('parley describe: ' + encode_utf8(call_tostring(e.w_exc)) + '\n')
        return 1
    except OSError:
        console.write_err('parley describe: cannot read %s\n' % ' '.join(args))
        return 1
    console.write_out(d.text())
    return 0
