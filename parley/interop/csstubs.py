"""`parley stubs --csharp OUT.dll CLASSPATH...`: a reference assembly so
that `mcs -r:OUT.dll` compiles C# against Java classes
(../shared/INTEROP-CONVENTIONS.md, "Naming and stubs").

The Java class `pkg.Cls` is the C# type `pkg.Cls` (a nested class
`Outer$Inner` is the nested type `Outer.Inner`); `java.lang.Object` is
`object` and `java.lang.String` is `string`.  The stub set is every class
on the given class path plus, transitively, every class their public
signatures and supertypes name (so Parley's Java core library -
java.lang, java.util, java.util.function - is included as far as it is
used).  Members keep their Java names; `toString`/`equals`/`hashCode` are
the `ToString`/`Equals`/`GetHashCode` slots.  `java.lang.Throwable`
derives from `System.Exception`, so C# can catch Java exceptions by their
own types.

The assembly is produced by writing C# source with `throw null` bodies and
compiling it with `mcs` (which the user has: it is what compiles the C#
code that uses the stubs).  It holds the marker type
`Parley.JavaStubs.Marker`, by which the CLR side recognises a stub
assembly at run time and resolves its types to the Java classes on the
class path (parley/clr/vm.py).
"""
import os
from parley.interop import paths
from parley.interop.errors import GuestException

MARKER = 'Parley.JavaStubs.Marker'
NOINIT = 'global::Parley.JavaStubs.NoInit'

J_PUBLIC = 0x1
J_PRIVATE = 0x2
J_PROTECTED = 0x4
J_STATIC = 0x8
J_FINAL = 0x10
J_BRIDGE = 0x40
J_ABSTRACT = 0x400
J_SYNTHETIC = 0x1000
J_INTERFACE = 0x200

CS_KEYWORDS = ['abstract', 'as', 'base', 'bool', 'break', 'byte', 'case',
               'catch', 'char', 'checked', 'class', 'const', 'continue',
               'decimal', 'default', 'delegate', 'do', 'double', 'else',
               'enum', 'event', 'explicit', 'extern', 'false', 'finally',
               'fixed', 'float', 'for', 'foreach', 'goto', 'if', 'implicit',
               'in', 'int', 'interface', 'internal', 'is', 'lock', 'long',
               'namespace', 'new', 'null', 'object', 'operator', 'out',
               'override', 'params', 'private', 'protected', 'public',
               'readonly', 'ref', 'return', 'sbyte', 'sealed', 'short',
               'sizeof', 'stackalloc', 'static', 'string', 'struct',
               'switch', 'this', 'throw', 'true', 'try', 'typeof', 'uint',
               'ulong', 'unchecked', 'unsafe', 'ushort', 'using', 'virtual',
               'void', 'volatile', 'while']

ALIASED = {'toString()Ljava/lang/String;': 'ToString',
           'hashCode()I': 'GetHashCode',
           'equals(Ljava/lang/Object;)Z': 'Equals'}


def ident(name):
    if name in CS_KEYWORDS:
        return '@' + name
    return name


def internal(cls):
    return cls.name.replace('.', '/')


def split_descriptor(desc):
    """(['I', 'Ljava/lang/String;'], 'V') of a method descriptor."""
    args = []
    i = 1
    while i < len(desc) and desc[i] != ')':
        j = i
        while desc[j] == '[':
            j += 1
        if desc[j] == 'L':
            j = desc.find(';', j)
            if j < 0:
                break
        args.append(cut(desc, i, j + 1))
        i = j + 1
    return args, desc[i + 1:]


def cut(s, start, stop):
    if stop < start:
        stop = start
    assert start >= 0
    assert stop >= 0
    return s[start:stop]


def strip_dims(d):
    i = 0
    while i < len(d) and d[i] == '[':
        i += 1
    return d[i:]


def is_object_or_string(n):
    return n == 'java/lang/Object' or n == 'java/lang/String'


def outer_of(name):
    i = name.rfind('$')
    assert i >= 0
    return name[:i]


class StubWriter(object):
    def __init__(self, jvm):
        self.jvm = jvm
        self.classes = {}       # internal name -> W_Class (the stub set)
        self.order = []
        self.skipped = []
        self.sams = {}          # interface name -> its single abstract method or None

    # ---- the stub set ---------------------------------------------------
    def add(self, name):
        if name in self.classes or is_object_or_string(name):
            return
        if name.startswith('cli/') or name.startswith('['):
            return
        try:
            cls = self.jvm.load_class(name)
        except GuestException:
            self.skipped.append(name)
            return
        self.classes[name] = cls
        self.order.append(name)
        if cls.superclass is not None:
            self.add(internal(cls.superclass))
        for itf in cls.interfaces:
            self.add(internal(itf))
        if '$' in name:
            self.add(outer_of(name))
        for f in self.visible_fields(cls):
            self.add_desc(f.descriptor)
        for m in self.visible_methods(cls):
            args, ret = split_descriptor(m.signature)
            for a in args:
                self.add_desc(a)
            self.add_desc(ret)

    def add_desc(self, d):
        d = strip_dims(d)
        if d.startswith('L') and len(d) >= 2:
            self.add(cut(d, 1, len(d) - 1))

    def usable(self, desc):
        d = strip_dims(desc)
        if not d.startswith('L') or len(d) < 2:
            return True
        n = cut(d, 1, len(d) - 1)
        return is_object_or_string(n) or \
            (n in self.classes and not is_hidden(n))

    def visible_fields(self, cls):
        out = []
        if cls.is_interface():
            return out
        for f in cls.fields:
            if f.flags & J_PUBLIC or f.flags & J_PROTECTED:
                out.append(f)
        return out

    def visible_methods(self, cls):
        out = []
        seen = {}
        for m in cls.methods:
            if m.name == '<clinit>':
                continue
            if m.flags & (J_BRIDGE | J_SYNTHETIC) and m.name != '<init>':
                continue
            if not (m.flags & J_PUBLIC or m.flags & J_PROTECTED):
                continue
            if cls.is_interface() and m.flags & J_STATIC:
                continue        # C# 7 interfaces have no static members
            args, ret = split_descriptor(m.signature)
            k = m.name + '(' + ''.join(args) + ')'
            if k in seen:
                continue
            seen[k] = True
            out.append(m)
        return out

    # ---- functional interfaces: C# lambdas where Java expects one --------
    def functional_method(self, name):
        """The single abstract method of the functional interface `name`
        (JLS 9.8: public methods of Object do not count, default methods
        do not count), if it is in the stub set and gets a delegate type
        NameDelegate beside it; None otherwise."""
        if name in self.sams:
            return self.sams[name]
        self.sams[name] = None
        cls = self.classes.get(name, None)
        if cls is None or not cls.is_interface() or is_hidden(name) or \
                (name + 'Delegate') in self.classes:
            return None
        from parley.interop.klass import functional_method
        found = functional_method(cls)
        if found is None:
            return None
        args, ret = split_descriptor(found.signature)
        for d in args + [ret]:
            if not self.usable(d):
                return None
        self.sams[name] = found
        return found

    def delegate_param(self, desc):
        """The C# delegate type standing for the functional interface
        desc names, or ''."""
        if not desc.startswith('L') or len(desc) < 3:
            return ''
        n = cut(desc, 1, len(desc) - 1)
        if self.functional_method(n) is None:
            return ''
        return 'global::' + self.cs_name(n) + 'Delegate'

    def delegate_text(self, name):
        m = self.functional_method(name)
        if m is None:
            return ''
        args, ret = split_descriptor(m.signature)
        params = []
        for i in range(len(args)):
            params.append('%s p%d' % (self.cs_type(args[i]), i))
        return 'public delegate %s %sDelegate(%s);\n' % (
            self.cs_type(ret), simple_name(name), ', '.join(params))

    def delegate_params(self, args):
        """The parameter list of the overload that takes delegates for
        functional interfaces, or '' when no parameter is one."""
        params = []
        any_delegate = False
        for i in range(len(args)):
            t = self.delegate_param(args[i])
            if t:
                any_delegate = True
            else:
                t = self.cs_type(args[i])
            params.append('%s p%d' % (t, i))
        if not any_delegate:
            return ''
        return ', '.join(params)

    def type_text(self, name, nested):
        return self.class_text(name, nested) + self.delegate_text(name)

    # ---- C# text --------------------------------------------------------
    def cs_type(self, desc):
        if desc.startswith('['):
            return self.cs_type(desc[1:]) + '[]'
        c = desc[0]
        if c == 'I':
            return 'int'
        if c == 'J':
            return 'long'
        if c == 'S':
            return 'short'
        if c == 'B':
            return 'sbyte'
        if c == 'C':
            return 'char'
        if c == 'Z':
            return 'bool'
        if c == 'F':
            return 'float'
        if c == 'D':
            return 'double'
        if c == 'V':
            return 'void'
        n = cut(desc, 1, len(desc) - 1)
        if n == 'java/lang/Object':
            return 'object'
        if n == 'java/lang/String':
            return 'string'
        return 'global::' + self.cs_name(n)

    def cs_name(self, n):
        """C# name of a Java class: nested classes are nested types, but
        C# interfaces cannot hold types, so a class nested in an interface
        (java.util.Map$Entry) lives in the namespace Outer_ (Map_.Entry)."""
        parts = n.split('$')
        result = parts[0].replace('/', '.')
        prefix = parts[0]
        for i in range(1, len(parts)):
            outer = self.classes.get(prefix, None)
            if outer is not None and outer.is_interface():
                result += '_.' + parts[i]
            else:
                result += '.' + parts[i]
            prefix += '$' + parts[i]
        return result

    def in_interface(self, name):
        if '$' not in name:
            return False
        outer = self.classes.get(outer_of(name), None)
        return outer is not None and outer.is_interface()

    def declared_in_ancestors(self, cls, key):
        """The nearest superclass method with this key, in the stub set."""
        c = cls.superclass
        while c is not None and internal(c) in self.classes:
            m = c.methods_by_key.get(key, None)
            if m is not None and (m.flags & J_PUBLIC or m.flags & J_PROTECTED) \
                    and not m.flags & J_STATIC:
                return m
            c = c.superclass
        return None

    def interface_methods(self, cls, out, seen):
        for itf in cls.interfaces:
            if internal(itf) not in self.classes:
                continue
            for m in self.visible_methods(itf):
                if m.flags & J_STATIC or m.key in seen:
                    continue
                seen[m.key] = True
                out.append(m)
            self.interface_methods(itf, out, seen)

    def implemented(self, cls, key):
        c = cls
        while c is not None:
            if key in ALIASED:
                return True
            m = c.methods_by_key.get(key, None)
            if m is not None and not m.flags & J_STATIC and \
                    not m.flags & (J_BRIDGE | J_SYNTHETIC) and \
                    m.flags & J_PUBLIC and \
                    (internal(c) in self.classes or c.superclass is None):
                return True
            c = c.superclass
        return False

    def method_text(self, cls, m, modifiers_override=''):
        args, ret = split_descriptor(m.signature)
        for d in args + [ret]:
            if not self.usable(d):
                return ''
        params = []
        for i in range(len(args)):
            params.append('%s p%d' % (self.cs_type(args[i]), i))
        plist = ', '.join(params)
        simple = simple_name(internal(cls))
        if m.name == '<init>':
            if cls.is_interface():
                return ''
            vis = 'public' if m.flags & J_PUBLIC else 'protected'
            text = '    %s %s(%s) : %s { throw null; }\n' % (
                vis, ident(simple), plist, self.base_call(cls))
            dlist = self.delegate_params(args)
            if dlist:
                text += '    %s %s(%s) : %s { throw null; }\n' % (
                    vis, ident(simple), dlist, self.base_call(cls))
            return text
        name = ALIASED.get(m.key, m.name)
        if name == simple:
            return ''           # C# forbids a member named like its type
        if cls.is_interface():
            return '    %s %s(%s);\n' % (self.cs_type(ret), ident(name), plist)
        vis = 'public' if m.flags & J_PUBLIC else 'protected'
        if is_slot_alias(name):
            vis = 'public'
        if modifiers_override:
            mods = modifiers_override
        elif m.flags & J_STATIC:
            mods = 'static'
        elif is_slot_alias(name):
            mods = 'override'
        else:
            anc = self.declared_in_ancestors(cls, m.key)
            if anc is not None and not anc.flags & J_FINAL:
                mods = 'override'
                if m.flags & J_FINAL:
                    mods = 'sealed override'
                # C# cannot widen access when overriding (Java can)
                vis = 'public' if anc.flags & J_PUBLIC else 'protected'
            elif m.flags & J_FINAL or cls.flags & J_FINAL:
                mods = 'new' if anc is not None else ''
            else:
                mods = 'new virtual' if anc is not None else 'virtual'
        # abstract Java methods are virtual in the stubs: Java overrides
        # may change the return type (covariant), which C# 7 cannot say
        body = ' { throw null; }'
        text = '    %s %s %s %s(%s)%s\n' % (vis, mods, self.cs_type(ret),
                                             ident(name), plist, body)
        dlist = self.delegate_params(args)
        if dlist:
            # the same Java method, taking C# lambdas for its functional
            # interface parameters (the CLR side maps each NameDelegate
            # back to the interface Name, which its delegates implement)
            vis = 'public' if m.flags & J_PUBLIC else 'protected'
            st = 'static ' if m.flags & J_STATIC else ''
            text += '    %s %s%s %s(%s)%s\n' % (vis, st, self.cs_type(ret),
                                                ident(name), dlist, body)
        return text

    def base_call(self, cls):
        sup = cls.superclass
        if sup is None or internal(sup) == 'java/lang/Object' or \
                internal(sup) not in self.classes:
            return 'base()'
        return 'base((%s)null)' % NOINIT

    def class_text(self, name, nested):
        cls = self.classes[name]
        simple = simple_name(name)
        parts = []
        bases = []
        if internal(cls) == 'java/lang/Throwable':
            bases.append('global::System.Exception')
        elif not cls.is_interface() and cls.superclass is not None and \
                internal(cls.superclass) != 'java/lang/Object' and \
                internal(cls.superclass) in self.classes:
            bases.append(self.cs_type('L' + internal(cls.superclass) + ';'))
        for itf in cls.interfaces:
            n = internal(itf)
            if n in self.classes and not is_hidden(n):
                bases.append(self.cs_type('L' + n + ';'))
        head = 'public '
        if cls.is_interface():
            head += 'interface '
        else:
            if cls.flags & J_ABSTRACT:
                head += 'abstract '
            head += 'partial class '
        head += ident(simple)
        if bases:
            head += ' : ' + ', '.join(bases)
        parts.append(head + '\n{\n')
        if not cls.is_interface():
            parts.append('    protected %s(%s n) : %s { }\n' % (
                ident(simple), NOINIT, self.base_call(cls)))
            for f in self.visible_fields(cls):
                if not self.usable(f.descriptor) or f.name == simple:
                    continue
                vis = 'public' if f.flags & J_PUBLIC else 'protected'
                st = ' static' if f.is_static else ''
                parts.append('    %s%s %s %s;\n' % (vis, st, self.cs_type(f.descriptor),
                                                   ident(f.name)))
        keys = {}
        for m in self.visible_methods(cls):
            keys[m.key] = True
            parts.append(self.method_text(cls, m))
        if not cls.is_interface():
            # interface methods the Java class inherits (default methods,
            # or implemented by a subclass of an abstract class)
            extra = []
            self.interface_methods(cls, extra, {})
            for m in extra:
                if m.key in keys or self.implemented(cls, m.key):
                    continue
                keys[m.key] = True
                parts.append(self.method_text(cls, m, 'virtual'))
        for inner in nested.get(name, []):
            parts.append(self.type_text(inner, nested))
        parts.append('}\n')
        return ''.join(parts)

    def source(self):
        nested = {}
        top = []
        for name in self.order:
            if is_hidden(name):
                continue
            if '$' in name and not self.in_interface(name):
                outer = outer_of(name)
                lst = nested.get(outer, None)
                if lst is None:
                    lst = []
                    nested[outer] = lst
                lst.append(name)
            else:
                top.append(name)
        by_ns = {}
        namespaces = []
        for name in top:
            ns = ''
            full = self.cs_name(name)
            i = full.rfind('.')
            if i >= 0:
                ns = cut(full, 0, i)
            lst = by_ns.get(ns, None)
            if lst is None:
                lst = []
                by_ns[ns] = lst
                namespaces.append(ns)
            lst.append(name)
        sort_strings(namespaces)
        out = ['// Generated by parley stubs --csharp: Java classes for C#.\n',
               'namespace Parley.JavaStubs {\n',
               '    public sealed class Marker { }\n',
               '    public sealed class NoInit { }\n', '}\n',
               # the coordinator's guest API (parley.interop.guestapi)
               'namespace Parley {\n',
               '    public static class Runtime {\n',
               '        public static object CreateJvm(string classpath) { throw null; }\n',
               '        public static object CreateClr(string[] assemblies) { throw null; }\n',
               '        public static object Call(object vm, string type, string method, params object[] args) { throw null; }\n',
               '        public static void Destroy(object vm) { throw null; }\n',
               '        public static global::System.Type Lookup(object vm, string type) { throw null; }\n',
               '        public static object Self { get { throw null; } }\n',
               '    }\n', '}\n']
        for ns in namespaces:
            if ns:
                out.append('namespace %s {\n' % ns)
            for name in by_ns[ns]:
                out.append(self.type_text(name, nested))
            if ns:
                out.append('}\n')
        return ''.join(out)


def is_slot_alias(name):
    return name == 'ToString' or name == 'Equals' or name == 'GetHashCode'


def simple_name(name):
    s = name
    i = s.rfind('/')
    if i >= 0:
        s = s[i + 1:]
    i = s.rfind('$')
    if i >= 0:
        s = s[i + 1:]
    return s


def is_hidden(name):
    """Anonymous and local classes (Outer$1, Outer$1Local) have no C# name."""
    s = simple_name(name)
    if not s or s[0].isdigit():
        return True
    if '$' in name:
        return is_hidden(outer_of(name))
    return False


def sort_strings(lst):
    for i in range(1, len(lst)):
        x = lst[i]
        j = i - 1
        while j >= 0 and lst[j] > x:
            lst[j + 1] = lst[j]
            j -= 1
        lst[j + 1] = x


def core_library_names():
    from parley.jvm.corelib import boot_classes
    from parley.jvm.bootlib import BOOT_CLASSES
    names = []
    for cls in boot_classes:
        names.append(internal(cls))
    for n in BOOT_CLASSES.keys():
        names.append(n)
    out = []
    for n in names:
        i = n.rfind('/')
        if i < 0:
            continue
        pkg = cut(n, 0, i)
        if pkg == 'java/lang' or pkg == 'java/util' or pkg == 'java/util/function':
            if not is_hidden(n) and n.find('$') < 0:
                out.append(n)
    sort_strings(out)
    return out


def class_names_in(entry):
    out = []
    if entry.endswith('.jar'):
        from rpython.rlib.rzipfile import RZipFile, BadZipfile
        try:
            z = RZipFile(entry, 'r')
        except (OSError, BadZipfile):
            return out
        for n in z.NameToInfo.keys():
            if n.endswith('.class') and not n.startswith('META-INF'):
                out.append(cut(n, 0, len(n) - 6))
        return out
    _walk(entry, '', out)
    return out


def _walk(root, prefix, out):
    try:
        names = os.listdir(paths.join(root, prefix) if prefix else root)
    except OSError:
        return
    for n in names:
        rel = prefix + '/' + n if prefix else n
        full = paths.join(root, rel)
        if paths.isdir(full):
            _walk(root, rel, out)
        elif n.endswith('.class') and n != 'module-info.class':
            out.append(cut(rel, 0, len(rel) - 6))


def csharp_stubs_command(args):
    """parley stubs --csharp OUT.dll CLASSPATH..."""
    from parley.interop.coordinator import coordinator
    from parley.interop.console import console
    if len(args) < 1:
        console.write_err('Usage: parley stubs --csharp OUT.dll CLASSPATH...\n')
        return 2
    out = args[0]
    entries = []
    for a in args[1:]:
        for p in a.split(':'):
            if p:
                entries.append(p)
    jvm = coordinator.jvm
    jvm.classpath = entries + jvm.classpath
    w = StubWriter(jvm)
    # Parley's Java core library: java.lang, java.util, java.util.function
    for name in core_library_names():
        w.add(name)
    for e in entries:
        for name in class_names_in(e):
            w.add(name)
    src = out + '.cs'
    from parley.interop.stubs import write_file
    write_file(src, w.source())
    cmd = 'mcs -target:library -nowarn:108,114,109,3021,0108,0114 -out:%s %s' % (
        shell_quote(out), shell_quote(src))
    status = os.system(cmd + ' > %s.log 2>&1' % shell_quote(out))
    if status != 0:
        console.write_err('parley stubs --csharp: mcs failed on the generated '
                          'source %s (see %s.log)\n' % (src, out))
        return 1
    os.unlink(src)
    os.unlink(out + '.log')
    return 0


def shell_quote(s):
    parts = ["'"]
    for c in s:
        if c == "'":
            parts.append("'\\''")
        else:
            parts.append(c)
    parts.append("'")
    return ''.join(parts)
