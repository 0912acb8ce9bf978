"""What the frames of both interpreters share: an operand stack on top of
the frame's `values` array (arguments and locals below `stack_base`).

Each VM's frame class is virtualizable for its own JitDriver, so it must
own its fields; the stack operations are mixed into both classes with
import_from_mixin.  The bounds checks cost nothing in a trace: sp is a
constant at every pc there, so the JIT folds them."""
from rpython.rlib import jit
from rpython.rlib.objectmodel import specialize
from parley.interop.model import W_Int


class StackMixin(object):
    """Needs: self.values (list), self.sp, self.stack_base, and
    self.stack_error(reason) returning a guest exception to raise."""

    def push(self, w):
        sp = self.sp
        if sp >= len(self.values):
            raise self.stack_error('Stack size too large')
        assert sp >= 0
        self.values[sp] = w
        self.sp = sp + 1

    def pop(self):
        sp = self.sp - 1
        if sp < self.stack_base:
            raise self.stack_error('Unable to pop operand off an empty stack')
        assert sp >= 0
        w = self.values[sp]
        self.values[sp] = None
        self.sp = sp
        return w

    def peek(self, depth=0):
        i = self.sp - 1 - depth
        if i < self.stack_base:
            raise self.stack_error('Unable to pop operand off an empty stack')
        assert i >= 0
        return self.values[i]

    def get(self, i):
        assert i >= 0
        return self.values[i]

    def set(self, i, w):
        assert i >= 0
        self.values[i] = w

    def clear_stack(self):
        self.sp = self.stack_base

    def pop_int(self):
        w = self.pop()
        if not isinstance(w, W_Int):
            raise self.stack_error('Bad type on operand stack')
        return w.intval


@jit.unroll_safe
@specialize.argtype(0)
def pop_args(frame, n, first=0):
    """Pop the arguments of a call into a new list args[first:n] (args[0]
    stays None when first == 1: newobj fills in the new object)."""
    args = [None] * n
    i = n - 1
    while i >= first:
        args[i] = frame.pop()
        i -= 1
    return args
