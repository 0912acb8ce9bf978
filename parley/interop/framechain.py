"""The chain of live guest frames, shared by both interpreters.

A Java throwable records the whole stack when it is constructed (HotSpot's
fillInStackTrace), callers of the catching frame included; so the VM must
know, at any moment, which guest frames are live, whichever interpreter runs
them (a C# frame calls a Java frame and vice versa).

This is PyPy's executioncontext.topframeref: every call enters its frame
(`frame.f_backref` = the previous top, the top = a virtual reference to the
frame) and leaves it on return or exception.  In a JIT trace the reference
is virtual and costs nothing while nobody looks at it: a frame the trace
inlined stays virtual (not allocated) unless the chain is walked, which
forces it.  The chain is walked only to capture a stack trace.

The JVM's frames are chain frames themselves (JvmFrame keeps its current pc
in a virtualizable field); a CLR call gets a small ForeignFrame naming its
method and its frame, whose current IL offset is a virtualizable field too
(CLR exceptions still record their own frames while unwinding, as .NET and
Mono do; the chain gives Java traces their CLR frames).
"""
from rpython.rlib import jit
from parley.interop.method import StackEntry


class ChainFrame(object):
    """A live guest frame on the chain."""
    f_backref = jit.vref_None

    def chain_method(self):
        raise NotImplementedError

    def chain_pc(self):
        """The position of the instruction the frame is running (a call, or
        the instruction that throws)."""
        return 0


class ForeignFrame(ChainFrame):
    """A frame of an interpreter that does not keep its pc on the chain."""
    _immutable_fields_ = ['method']

    def __init__(self, method):
        self.method = method

    def chain_method(self):
        return self.method


class FrameChain(object):
    def __init__(self):
        self.topframeref = jit.vref_None


chain = FrameChain()


def enter(frame):
    frame.f_backref = chain.topframeref
    chain.topframeref = jit.virtual_ref(frame)


def leave(frame):
    frame_vref = chain.topframeref
    chain.topframeref = frame.f_backref
    jit.virtual_ref_finish(frame_vref, frame)


def enter_foreign(method):
    """Enter a ForeignFrame for `method`; pass the result to leave()."""
    frame = ForeignFrame(method)
    enter(frame)
    return frame


def top_frame():
    """The innermost live frame, or None (forces it in a JIT trace)."""
    return chain.topframeref()


def back_frame(frame):
    """The frame that called `frame`, or None."""
    return frame.f_backref()


def current_stack(limit):
    """StackEntry(method, pc) of the live frames, innermost first, at most
    `limit` of them."""
    entries = []
    frame = top_frame()
    while frame is not None and len(entries) < limit:
        entries.append(StackEntry(frame.chain_method(), frame.chain_pc()))
        frame = back_frame(frame)
    return entries
