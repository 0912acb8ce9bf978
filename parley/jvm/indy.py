"""invokedynamic call sites for what javac 17 emits.  Skeleton scope:
StringConcatFactory.makeConcatWithConstants (recipe with \\1 for an
argument and \\2 for a constant)."""
from rpython.rlib import jit
from parley.interop.model import W_String, W_Int, W_Long, W_Double, W_Float
from parley.interop.core import call_tostring
from parley.interop.format import double_to_java_string, float_to_java_string
from parley.jvm import classfile as cfm
from parley.jvm.descriptor import parse_method_descriptor
from parley.jvm.loader import decode_modified_utf8
from parley.jvm.callsite import CallSite
from parley.jvm.lambdas import make_lambda_site
from parley.jvm.records import make_record_site


class ConcatSite(CallSite):
    _immutable_fields_ = ['pieces[*]', 'kinds[*]']

    def __init__(self, pieces, kinds):
        # pieces: the recipe's literal texts; where kinds[i] is not empty,
        # piece i is an argument of that type descriptor instead.
        self.pieces = [u''] * len(pieces)
        self.kinds = [''] * len(kinds)
        for i in range(len(pieces)):
            self.pieces[i] = pieces[i]
            self.kinds[i] = kinds[i]
        n = 0
        for k in kinds:
            if k:
                n += 1
        self.nargs = n

    @jit.unroll_safe
    def call(self, args):
        parts = []
        ai = 0
        for i in range(len(self.pieces)):
            kind = self.kinds[i]
            if not kind:
                parts.append(self.pieces[i])
            else:
                parts.append(stringify(kind, args[ai]))
                ai += 1
        return W_String(u''.join(parts))


def stringify(kind, w):
    c = kind[0]
    if c == 'Z':
        assert isinstance(w, W_Int)
        return u'true' if w.intval else u'false'
    if c == 'C':
        assert isinstance(w, W_Int)
        return unichr(w.intval)
    if c == 'I' or c == 'B' or c == 'S':
        assert isinstance(w, W_Int)
        return unicode(str(w.intval))
    if c == 'J':
        assert isinstance(w, W_Long)
        return unicode(str(w.longval))
    if c == 'D':
        assert isinstance(w, W_Double)
        return double_to_java_string(w.floatval)
    if c == 'F':
        assert isinstance(w, W_Float)
        return float_to_java_string(w.floatval)
    if w is None:
        return u'null'
    return call_tostring(w)


def make_site(vm, cp, index):
    cf = cp.cf
    e = cf.entry(index, cfm.CONSTANT_InvokeDynamic)
    name, desc = cf.name_and_type(e.b)
    if e.a >= len(cf.bootstrap_methods):
        raise vm.throw('java/lang/BootstrapMethodError',
                       'bad bootstrap method index in %s' % cf.this_name)
    bsm = cf.bootstrap_methods[e.a]
    mh = cf.entry(bsm.method_ref, cfm.CONSTANT_MethodHandle)
    ref = cf.pool[mh.b]
    owner = cf.class_name(ref.a)
    mname, mdesc = cf.name_and_type(ref.b)
    arg_types, ret = parse_method_descriptor(desc, cf.this_name + '.' + name)
    if owner == 'java/lang/invoke/StringConcatFactory':
        if mname == 'makeConcatWithConstants':
            return _concat_with_constants(vm, cf, bsm, arg_types)
        if mname == 'makeConcat':
            pieces = [u''] * len(arg_types)
            return ConcatSite(pieces, arg_types)
    if owner == 'java/lang/invoke/LambdaMetafactory':
        if mname == 'metafactory' or mname == 'altMetafactory':
            return make_lambda_site(vm, cp, bsm, name, arg_types, ret,
                                    mname == 'altMetafactory')
    if owner == 'java/lang/runtime/ObjectMethods' and mname == 'bootstrap':
        return make_record_site(vm, cp, bsm, name, arg_types)
    raise vm.throw('java/lang/BootstrapMethodError',
                   'Parley does not support the bootstrap method %s.%s (in %s)'
                   % (owner.replace('/', '.'), mname, cf.this_name.replace('/', '.')))


def _concat_with_constants(vm, cf, bsm, arg_types):
    if len(bsm.args) < 1:
        raise vm.throw('java/lang/BootstrapMethodError', 'missing concat recipe')
    recipe_e = cf.entry(bsm.args[0], cfm.CONSTANT_String)
    recipe = decode_modified_utf8(cf.utf8(recipe_e.a))
    pieces = []
    kinds = []
    buf = []
    ai = 0
    ci = 1
    for ch in recipe:
        if ch == u'\x01' or ch == u'\x02':
            if buf:
                pieces.append(u''.join(buf))
                kinds.append('')
                buf = []
            if ch == u'\x01':
                if ai >= len(arg_types):
                    raise vm.throw('java/lang/BootstrapMethodError', 'bad concat recipe')
                pieces.append(u'')
                kinds.append(arg_types[ai])
                ai += 1
            else:
                if ci >= len(bsm.args):
                    raise vm.throw('java/lang/BootstrapMethodError', 'bad concat recipe')
                w_c = cf_constant_text(cf, bsm.args[ci])
                ci += 1
                pieces.append(w_c)
                kinds.append('')
        else:
            buf.append(ch)
    if buf:
        pieces.append(u''.join(buf))
        kinds.append('')
    return ConcatSite(pieces, kinds)


def cf_constant_text(cf, index):
    tag = cf.tag_at(index)
    e = cf.pool[index]
    if tag == cfm.CONSTANT_String:
        return decode_modified_utf8(cf.utf8(e.a))
    if tag == cfm.CONSTANT_Integer:
        return unicode(str(e.i))
    return u''
