"""Reified generics for the CLR side.

Every instantiation of a generic type (`List<int>`, `List<string>`) is a
class of its own (W_Class) with its own static fields, field defaults and
methods; every instantiation of a generic method is a method of its own.
They share the definition's CIL and metadata: what differs is the
*resolution context* their code resolves tokens in.  A method's `res` is
either its Assembly (non-generic code) or a GenericContext, which knows the
type arguments (!0, !!0) and caches what each token resolves to in it.
Either way the interpreter calls `res.type_at(token)` and friends, and a
trace sees the result as a constant (elidable lookups on a constant
resolver: the method is a green variable, `res` an immutable field).

Member keys stay erased (a type parameter is `Ljava/lang/Object;` in a
descriptor), so a MemberRef on `List<int>` finds the same key in the
instantiated class as one on `List<string>`.
"""
from rpython.rlib import jit


class Resolver(object):
    """What CIL tokens resolve to: classes, methods, fields, strings."""

    def type_at(self, token):
        raise NotImplementedError

    def method_at(self, token):
        raise NotImplementedError

    def field_at(self, token):
        raise NotImplementedError

    def owner_at(self, token):
        raise NotImplementedError

    def string_at(self, token):
        raise NotImplementedError


class GenericContext(Resolver):
    """The type arguments code of a generic instantiation runs with, and
    what tokens resolve to under them."""
    _immutable_fields_ = ['asm', 'klass', 'class_args[*]', 'method_args[*]']

    def __init__(self, asm, klass, class_args, method_args):
        self.asm = asm
        self.klass = klass              # the (instantiated) declaring class
        self.class_args = class_args[:]     # classes for !0, !1 ...
        self.method_args = method_args[:]   # classes for !!0, !!1 ...
        self.types = {}
        self.methods = {}
        self.fields = {}
        self.owners = {}

    @jit.elidable
    def cached_type(self, token):
        return self.types.get(token, None)

    def type_at(self, token):
        c = self.cached_type(token)
        if c is None:
            c = self.asm.resolve_type_in(token, self)
            self.types[token] = c
        return c

    @jit.elidable
    def cached_method(self, token):
        return self.methods.get(token, None)

    def method_at(self, token):
        m = self.cached_method(token)
        if m is None:
            m = self.asm.resolve_method_in(token, self)
            self.methods[token] = m
        return m

    @jit.elidable
    def cached_field(self, token):
        return self.fields.get(token, None)

    def field_at(self, token):
        f = self.cached_field(token)
        if f is None:
            f = self.asm.resolve_field_in(token, self)
            self.fields[token] = f
        return f

    @jit.elidable
    def cached_owner(self, token):
        return self.owners.get(token, None)

    def owner_at(self, token):
        c = self.cached_owner(token)
        if c is None:
            c = self.asm.resolve_owner_in(token, self)
            self.owners[token] = c
        return c

    def string_at(self, token):
        return self.asm.string_at(token)


def clr_type_name(cls):
    """A class's name as Mono's Type.ToString() prints it: namespace-
    qualified, `+` for nested types, generic arguments in brackets
    (`System.Collections.Generic.List`1[System.Int32]`), `[]` for arrays."""
    from parley.interop import core
    if cls is core.object_class:
        return 'System.Object'
    if cls is core.string_class:
        return 'System.String'
    if cls.component is not None:
        return clr_type_name(cls.component) + '[]'
    if cls.elem_class is not None:
        return clr_type_name(cls.elem_class) + '[]'     # uint[], byte[] ...
    if cls.elem_kind != '\0':
        return primitive_clr_name(cls.elem_kind) + '[]'
    if cls.vm is not None and cls.vm.tag != 'clr':
        return cls.name.replace('/', '.')
    return cls.name.replace('/', '+')


def clr_simple_name(cls):
    """Type.Name: no namespace, no enclosing type, no generic arguments."""
    name = clr_type_name(cls)
    depth = 0
    end = len(name)
    start = 0
    i = 0
    while i < len(name):
        c = name[i]
        if c == '[':
            if depth == 0 and end == len(name) and not name.endswith('[]'):
                end = i
            depth += 1
        elif c == ']':
            depth -= 1
        elif depth == 0 and (c == '.' or c == '+'):
            start = i + 1
        i += 1
    if name.endswith('[]'):
        end = len(name)
    if end < start:
        end = len(name)
    assert end >= 0
    assert start >= 0
    return name[start:end]


def primitive_clr_name(kind):
    if kind == 'I':
        return 'System.Int32'
    if kind == 'J':
        return 'System.Int64'
    if kind == 'D':
        return 'System.Double'
    if kind == 'F':
        return 'System.Single'
    if kind == 'Z':
        return 'System.Boolean'
    if kind == 'C':
        return 'System.Char'
    if kind == 'S':
        return 'System.Int16'
    if kind == 'B':
        return 'System.SByte'
    return 'System.Object'


def instance_key(args):
    """An instantiation's type arguments as its name shows them."""
    parts = []
    for a in args:
        parts.append(clr_type_name(a))
    return ','.join(parts)


def identity_key(args):
    """The cache key of an instantiation's type arguments: the classes
    themselves (by uid), not their names, which two classes may share."""
    parts = []
    for a in args:
        parts.append(str(a.uid))
    return ','.join(parts)
