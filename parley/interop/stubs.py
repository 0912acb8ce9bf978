"""`parley stubs --java OUTDIR ASSEMBLY...`: Java stub class files for the
public types of CLI assemblies (and of Parley's corlib, always), so that
javac compiles Java code against C# code.

A CLR type Ns.T becomes cli/Ns/T (nested Outer/Inner: cli/Ns/Outer$Inner);
members keep the Parley descriptors the CLR loader computed (the same keys
the JVM resolves at run time).  CLR exceptions are unchecked for Java, so
the stub of System.Exception extends java.lang.RuntimeException; stub
methods declare no `throws`.
"""
import os
from parley.interop import paths
from parley.interop.errors import FatalError
from parley.interop.method import ACC_PUBLIC, ACC_PROTECTED, ACC_STATIC, ACC_ABSTRACT
from parley.interop.klass import ACC_INTERFACE, ACC_FINAL
from parley.interop import core
from parley.jvm.classwriter import ClassWriter
from parley.jvm.descriptor import parse_method_descriptor, is_category2

ACC_SUPER = 0x0020
ACC_VARARGS = 0x0080


def java_name(cls):
    """Internal Java name of a class as Java sees it."""
    if cls is core.object_class:
        return 'java/lang/Object'
    if cls is core.string_class:
        return 'java/lang/String'
    if cls.generic_def is not None:
        # an instantiation (IList<T> among List<T>'s interfaces): Java
        # knows the generic type only, its arguments erased
        return java_name(cls.generic_def)
    if cls.vm.tag == 'clr':
        from parley.interop.naming import java_internal_of_clr
        return java_internal_of_clr(cls.name)
    return cls.name.replace('.', '/')


def is_delegate(cls):
    sup = cls.superclass
    return sup is not None and sup.name == 'System.MulticastDelegate'


def stub_delegate(cls):
    """A delegate type is a Java interface with one method, Invoke (its
    type arguments erased to Object: Java sees them boxed)."""
    w = ClassWriter(java_name(cls), 'java/lang/Object',
                    ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT)
    for m in cls.methods:
        if m.name == 'Invoke':
            args, ret = parse_method_descriptor(m.signature, m.name)
            slots = 1
            for a in args:
                slots += 2 if is_category2(a) else 1
            w.add_method(m.name, m.signature, ACC_PUBLIC | ACC_ABSTRACT, slots)
    return w.to_bytes()


def stub_class(cls):
    if is_delegate(cls):
        return stub_delegate(cls)
    flags = ACC_PUBLIC
    if cls.is_interface():
        flags |= ACC_INTERFACE | ACC_ABSTRACT
    else:
        flags |= ACC_SUPER
        if cls.flags & ACC_ABSTRACT:
            flags |= ACC_ABSTRACT
        if cls.flags & ACC_FINAL:
            flags |= ACC_FINAL
    sup = 'java/lang/Object'
    if cls.name == 'System.Exception':
        sup = 'java/lang/RuntimeException'
    elif cls.superclass is not None and not cls.is_interface():
        sup = java_name(cls.superclass)
    w = ClassWriter(java_name(cls), sup, flags)
    for itf in cls.interfaces:
        w.add_interface(java_name(itf))
    for f in cls.fields:
        if f.flags & 0x7 == 6:      # CLR FieldAttributes.Public
            fl = ACC_PUBLIC
            if f.is_static:
                fl |= ACC_STATIC
            w.add_field(f.name, f.descriptor, fl)
    for m in cls.methods:
        if m.name == '<clinit>':
            continue
        if m.flags & (ACC_PUBLIC | ACC_PROTECTED) == 0:
            continue
        if cls.methods_by_key.get(m.name + m.signature, None) is not m:
            # an overload with unsigned positions whose Java (erased) key
            # names another method: Java cannot call it (parley.clr.ukeys)
            continue
        fl = m.flags & (ACC_PUBLIC | ACC_PROTECTED | ACC_STATIC | ACC_ABSTRACT |
                        ACC_VARARGS)
        if cls.is_interface() and not m.is_static():
            fl |= ACC_ABSTRACT
        args, ret = parse_method_descriptor(m.signature, m.name)
        slots = 0 if m.is_static() else 1
        for a in args:
            slots += 2 if is_category2(a) else 1
        w.add_method(m.name, m.signature, fl, slots)
    return w.to_bytes()


def write_file(path, data):
    d = paths.dirname(path)
    _makedirs(d)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0644)
    try:
        while data:
            n = os.write(fd, data)
            if n <= 0:
                break
            data = data[n:]
    finally:
        os.close(fd)


def _makedirs(d):
    if not d or paths.isdir(d):
        return
    _makedirs(paths.dirname(d))
    try:
        os.mkdir(d, 0755)
    except OSError:
        pass


def public_types(asm, classes):
    for td in asm.img.typedefs:
        vis = td.flags & 0x7
        if vis != 1 and vis != 2:       # public / nested public
            continue
        classes.append(asm.type_by_rid(td.rid))


def stubs_command(args):
    from parley.interop.coordinator import coordinator
    from parley.interop.console import console
    if len(args) < 2 or args[0] != '--java':
        console.write_err('Usage: parley stubs --java OUTDIR ASSEMBLY...\n')
        return 2
    outdir = args[1]
    clr = coordinator.clr
    classes = []
    for cls in clr.corlib.values():
        if cls is core.object_class or cls is core.string_class:
            continue
        if cls.primitive != '\0':
            continue
        classes.append(cls)
    # the C# half of Parley's corlib (collections, Func/Action ... delegates)
    lib = clr.corlib_assembly()
    if lib is not None:
        public_types(lib, classes)
    try:
        for path in args[2:]:
            asm = clr.load_assembly(path)
            public_types(asm, classes)
    except FatalError as e:
        console.write_err(e.msg + '\n')
        return 1
    # the coordinator's guest API (parley.Parley)
    api = coordinator.jvm.find_class('parley.Parley')
    if api is not None:
        classes.append(api)
    for cls in classes:
        write_file(paths.join(outdir, java_name(cls) + '.class'), stub_class(cls))
    return 0
