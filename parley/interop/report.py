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


def format_java_throwable(w_exc, describe):
    """HotSpot's printStackTrace text for w_exc: its toString line, its
    frames, then 'Suppressed:' and 'Caused by:' sections with '... n more'
    for the frames shared with the enclosing trace.  `describe(w)` gives a
    throwable's toString() as bytes."""
    lines = []
    _java_section(w_exc, describe, '', '', [], lines, [w_exc])
    return ''.join(lines)


def _java_section(w, describe, caption, indent, enclosing, lines, seen):
    trace = w.trace
    # frames in common with the enclosing trace, counted from the bottom
    m = len(trace) - 1
    n = len(enclosing) - 1
    while m >= 0 and n >= 0 and trace[m].method is enclosing[n].method and \
            trace[m].method.line_for(trace[m].pc) == \
            enclosing[n].method.line_for(enclosing[n].pc):
        m -= 1
        n -= 1
    in_common = len(trace) - 1 - m
    lines.append(indent + caption + describe(w) + '\n')
    for i in range(m + 1):
        entry = trace[i]
        lines.append(indent + entry.method.location(entry.pc) + '\n')
    if in_common != 0:
        lines.append(indent + '\t... %d more\n' % in_common)
    if w.suppressed is not None:
        for s in w.suppressed:
            if s not in seen:
                seen.append(s)
                _java_section(s, describe, 'Suppressed: ', indent + '\t', trace, lines, seen)
    cause = w.cause
    if cause is not None and cause not in seen:
        seen.append(cause)
        _java_section(cause, describe, 'Caused by: ', indent, trace, lines, seen)
