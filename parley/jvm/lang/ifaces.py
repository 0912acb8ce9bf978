"""The java.lang interfaces the native classes implement: CharSequence,
Comparable, Appendable."""
from parley.interop.model import W_Int
from parley.interop.core import object_class, call_virtual, string_class
from parley.interop.klass import ACC_INTERFACE, ACC_ABSTRACT
from parley.interop.method import ACC_PUBLIC
from parley.interop.native import add_native
from parley.jvm.corelib import _class, STATIC, boot_classes
from parley.jvm.lang.util import throw, wbool, ival

ABSTRACT = ACC_PUBLIC | ACC_ABSTRACT
ITF = ACC_PUBLIC | ACC_INTERFACE | ACC_ABSTRACT


def _abstract(args):
    raise throw('java/lang/AbstractMethodError', None)


def _interface(name):
    """corelib may declare some of these already: use its class then."""
    for cls in boot_classes:
        if cls.name == name:
            return cls
    return _class(name, object_class, ITF)


char_sequence_class = _interface('java.lang.CharSequence')
comparable_class = _interface('java.lang.Comparable')
appendable_class = _interface('java.lang.Appendable')


def _declare(cls, name, desc, func, flags):
    if (name + desc) not in cls.methods_by_key:
        add_native(cls, name, desc, func, flags)


def _cs_is_empty(args):
    w = call_virtual(args[0], 'length()I', [args[0]])
    return wbool(ival(w) == 0)


def _cs_compare(args):
    from parley.jvm.lang.builder import charseq_text
    from parley.jvm.lang.text import compare
    return W_Int(compare(charseq_text(args[0]), charseq_text(args[1])))


_declare(char_sequence_class, 'length', '()I', _abstract, ABSTRACT)
_declare(char_sequence_class, 'charAt', '(I)C', _abstract, ABSTRACT)
_declare(char_sequence_class, 'subSequence', '(II)Ljava/lang/CharSequence;',
           _abstract, ABSTRACT)
_declare(char_sequence_class, 'toString', '()Ljava/lang/String;', _abstract,
           ABSTRACT)
_declare(char_sequence_class, 'isEmpty', '()Z', _cs_is_empty, ACC_PUBLIC)
_declare(char_sequence_class, 'compare',
           '(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)I', _cs_compare,
           STATIC)
_declare(comparable_class, 'compareTo', '(Ljava/lang/Object;)I', _abstract,
           ABSTRACT)
_declare(appendable_class, 'append',
           '(Ljava/lang/CharSequence;)Ljava/lang/Appendable;', _abstract, ABSTRACT)
_declare(appendable_class, 'append',
           '(Ljava/lang/CharSequence;II)Ljava/lang/Appendable;', _abstract,
           ABSTRACT)
_declare(appendable_class, 'append', '(C)Ljava/lang/Appendable;', _abstract,
           ABSTRACT)

for _itf in [comparable_class, char_sequence_class]:
    if _itf not in string_class.interfaces:
        string_class.interfaces.append(_itf)
