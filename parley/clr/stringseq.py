"""String members that take a sequence - String.Join(string,
IEnumerable<T>) and String.Concat(IEnumerable<T>) - delegate to
Parley.Runtime.StringHelper in the C# half of the corlib, which walks the
sequence with the enumerator protocol."""
from parley.interop.native import add_native
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.naming import java_internal_of_clr

STATIC = ACC_PUBLIC | ACC_STATIC
STRING = 'Ljava/lang/String;'
IENUMERABLE_T = 'L' + java_internal_of_clr('System.Collections.Generic.IEnumerable`1') + ';'


def _helper(name, nargs):
    from parley.interop.coordinator import coordinator
    cls = coordinator.clr.lib_type('Parley.Runtime.StringHelper')
    if cls is None:
        raise coordinator.clr.throw('System.MissingMethodException',
                                    'Parley.Runtime.StringHelper')
    for m in cls.methods:
        if m.name == name and m.nargs == nargs and m.is_static():
            return m
    raise coordinator.clr.throw('System.MissingMethodException',
                                'Parley.Runtime.StringHelper.' + name)


def _join(args):
    return _helper('Join', 2).invoke(args)


def _concat(args):
    return _helper('Concat', 1).invoke(args)


def install(string_class):
    add_native(string_class, 'Join', '(' + STRING + IENUMERABLE_T + ')' + STRING,
               _join, STATIC)
    add_native(string_class, 'Concat', '(' + IENUMERABLE_T + ')' + STRING,
               _concat, STATIC)
