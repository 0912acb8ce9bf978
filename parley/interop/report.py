"""Stack traces and uncaught-exception reports that cross both VMs: each
frame is printed in the notation of the VM that ran it, in order; the
report's header is in the style of the VM whose code threw."""
from parley.interop.model import W_Throwable


def format_trace(w_exc):
    lines = []
    for entry in w_exc.trace:
        lines.append(entry.method.location(entry.pc) + '\n')
    return ''.join(lines)


def thrower_vm(w_exc):
    if w_exc.trace:
        return w_exc.trace[0].method.klass.vm
    return w_exc.getclass().vm


def format_uncaught(w_exc):
    assert isinstance(w_exc, W_Throwable)
    vm = thrower_vm(w_exc)
    return vm.format_uncaught_report(w_exc, format_trace(w_exc))
