"""Native members both VMs' exception classes share: a Java Throwable and a
CLR Exception keep their message and cause in the same W_Throwable fields,
so getMessage()/Message and getCause()/InnerException agree whichever
language set them."""
from parley.interop.model import W_Throwable, W_String


def as_throwable(w):
    assert isinstance(w, W_Throwable)
    return w


def init_plain(args):
    return None


def init_message(args):
    """(message) constructors."""
    w_msg = args[1]
    if w_msg is not None:
        assert isinstance(w_msg, W_String)
    as_throwable(args[0]).message = w_msg
    return None


def init_message_cause(args):
    """(message, cause) constructors."""
    init_message(args)
    if args[2] is not None:
        as_throwable(args[0]).cause = as_throwable(args[2])
    return None


def get_cause(args):
    return as_throwable(args[0]).cause
