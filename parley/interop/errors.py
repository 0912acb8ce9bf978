"""How guest exceptions travel through RPython code.

A guest exception (a Java throwable or a CLR exception object, which are
instances of one class hierarchy) is raised as GuestException carrying the
object.  Each interpreter loop catches it, looks for a handler in its own
method's exception table, records its frame in the object's stack trace if
there is none, and re-raises: so an exception unwinds through frames of
both VMs in order.
"""


class GuestException(Exception):
    def __init__(self, w_exc):
        self.w_exc = w_exc


class ExitProgram(Exception):
    """System.exit / Environment.Exit."""
    def __init__(self, status):
        self.status = status


class FatalError(Exception):
    """Bad input found before any guest code can see it (a missing file, a
    file that is no class file or image): reported as one line."""
    def __init__(self, msg, status=1):
        self.msg = msg
        self.status = status
