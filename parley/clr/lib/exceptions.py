"""The constructors of ArgumentException, ArgumentNullException,
ArgumentOutOfRangeException and ObjectDisposedException that take a
parameter or object name, with Mono's composed messages ("...\\nParameter
name: x"), and their ParamName / ActualValue / ObjectName."""
from parley.interop.model import W_String, W_Throwable
from parley.interop.native import add_native, add_field
from parley.interop.throwables import as_throwable
from parley.clr.lib.util import ustr, sval
from parley.clr.lib.strings import text_of

S = 'Ljava/lang/String;'
O = 'Ljava/lang/Object;'
EXC = 'Lcli/System/Exception;'


def _set(w, message, param, extra):
    """message (unicode or None for the class default) + the parameter
    name line + extra."""
    w = as_throwable(w)
    if message is None:
        from parley.clr.corlib import DEFAULT_MESSAGES
        message = ustr(DEFAULT_MESSAGES.get(w.getclass().name, ''))
    if param is not None and len(param) > 0:
        message = message + u'\nParameter name: ' + param
    if extra is not None:
        message = message + extra
    w.message = W_String(message)


def install(by_name):
    arg_exc = by_name['System.ArgumentException']
    arg_null = by_name['System.ArgumentNullException']
    arg_range = by_name['System.ArgumentOutOfRangeException']
    disposed = by_name['System.ObjectDisposedException']
    f_param = add_field(arg_exc, 'm_paramName', S, False, 0x1)
    f_value = add_field(arg_range, 'm_actualValue', O, False, 0x1)
    f_object = add_field(disposed, 'objectName', S, False, 0x1)

    def set_param(w, w_param):
        assert isinstance(w, W_Throwable)
        w.fields[f_param.index] = w_param

    def ae_message_param(args):
        _set(args[0], sval(args[1]), sval(args[2]), None)
        set_param(args[0], args[2])
        return None

    def ae_message_param_inner(args):
        ae_message_param(args)
        if args[3] is not None:
            as_throwable(args[0]).cause = as_throwable(args[3])
        return None

    def get_param_name(args):
        w = args[0]
        assert isinstance(w, W_Throwable)
        return w.fields[f_param.index]

    def param_only(args):
        _set(args[0], None, sval(args[1]), None)
        set_param(args[0], args[1])
        return None

    def param_message(args):
        _set(args[0], sval(args[2]), sval(args[1]), None)
        set_param(args[0], args[1])
        return None

    def message_inner(args):
        _set(args[0], sval(args[1]), None, None)
        if args[2] is not None:
            as_throwable(args[0]).cause = as_throwable(args[2])
        return None

    def param_value_message(args):
        extra = None
        if args[2] is not None:
            extra = u'\nActual value was ' + text_of(args[2]) + u'.'
        _set(args[0], sval(args[3]), sval(args[1]), extra)
        set_param(args[0], args[1])
        w = args[0]
        assert isinstance(w, W_Throwable)
        w.fields[f_value.index] = args[2]
        return None

    def get_actual_value(args):
        w = args[0]
        assert isinstance(w, W_Throwable)
        return w.fields[f_value.index]

    def disposed_name(args):
        name = sval(args[1])
        msg = ustr('Cannot access a disposed object.')
        if name is not None and len(name) > 0:
            msg = msg + u"\nObject name: '" + name + u"'."
        as_throwable(args[0]).message = W_String(msg)
        w = args[0]
        assert isinstance(w, W_Throwable)
        w.fields[f_object.index] = args[1]
        return None

    def disposed_name_message(args):
        name = sval(args[1])
        msg = sval(args[2])
        if msg is None:
            msg = u''
        if name is not None and len(name) > 0:
            msg = msg + u"\nObject name: '" + name + u"'."
        as_throwable(args[0]).message = W_String(msg)
        w = args[0]
        assert isinstance(w, W_Throwable)
        w.fields[f_object.index] = args[1]
        return None

    def get_object_name(args):
        w = args[0]
        assert isinstance(w, W_Throwable)
        w_name = w.fields[f_object.index]
        if w_name is None:
            return W_String(u'')
        return w_name

    add_native(arg_exc, '<init>', '(' + S + S + ')V', ae_message_param)
    add_native(arg_exc, '<init>', '(' + S + S + EXC + ')V', ae_message_param_inner)
    add_native(arg_exc, 'get_ParamName', '()' + S, get_param_name)
    add_native(arg_null, '<init>', '(' + S + ')V', param_only)
    add_native(arg_null, '<init>', '(' + S + S + ')V', param_message)
    add_native(arg_null, '<init>', '(' + S + EXC + ')V', message_inner)
    add_native(arg_range, '<init>', '(' + S + ')V', param_only)
    add_native(arg_range, '<init>', '(' + S + S + ')V', param_message)
    add_native(arg_range, '<init>', '(' + S + EXC + ')V', message_inner)
    add_native(arg_range, '<init>', '(' + S + O + S + ')V', param_value_message)
    add_native(arg_range, 'get_ActualValue', '()' + O, get_actual_value)
    add_native(disposed, '<init>', '(' + S + ')V', disposed_name)
    add_native(disposed, '<init>', '(' + S + S + ')V', disposed_name_message)
    add_native(disposed, 'get_ObjectName', '()' + S, get_object_name)
