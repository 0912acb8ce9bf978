"""RPython code traced by test_crossvm_lljit.py.  It lives outside the
test module because pytest rewrites asserts in test modules into code the
RPython flow space rejects."""
from parley.interop.model import W_Int


def make_entry(method):
    def f(n):
        w = method.invoke([W_Int(n)])
        assert isinstance(w, W_Int)
        return w.intval
    return f
