"""Opcode dispatch for both interpreters: handlers registered per opcode
are grouped by opcode range into several unrolled if-chains (each becomes a
switch in C), under a small chain on the range.  One flat chain of ~200
handlers would exceed the 256 constants a JIT code object may hold."""
from rpython.rlib.unroll import unrolling_iterable

GROUP_SIZE = 40
NOT_FOUND = -2


def _make_group(entries):
    unrolled = unrolling_iterable(entries)

    def dispatch_group(frame, code, opc, pc):
        for num, fn in unrolled:
            if opc == num:
                return fn(frame, code, pc)
        return NOT_FOUND
    return dispatch_group


def make_dispatcher(handlers):
    """handlers: list of (opcode, function(frame, code, pc) -> next pc).
    Returns dispatch(frame, code, opc, pc) -> next pc, or NOT_FOUND."""
    entries = sorted(handlers)
    seen = {}
    for num, fn in entries:
        assert num not in seen, num
        seen[num] = True
    groups = []
    for i in range(0, len(entries), GROUP_SIZE):
        chunk = entries[i:i + GROUP_SIZE]
        groups.append((chunk[-1][0], _make_group(chunk)))
    unrolled_groups = unrolling_iterable(groups)

    def dispatch(frame, code, opc, pc):
        for last, group in unrolled_groups:
            if opc <= last:
                return group(frame, code, opc, pc)
        return NOT_FOUND
    return dispatch
