"""Exceptions shared by the two VMs (../shared/INTEROP-CONVENTIONS.md,
"Exceptions").

- System.Exception is a subclass of java.lang.RuntimeException: a CLR
  exception is unchecked for Java, `catch (RuntimeException e)`,
  `catch (Exception e)` and `catch (Throwable t)` catch it, and
  `instanceof RuntimeException` holds.  Its `Message` and `InnerException`
  are the slots of `getMessage()` and `getCause()`, so either name gives
  the same text on an exception of either VM.
- A Java throwable is a System.Exception for C#'s `catch`: System.Exception
  also catches every java.lang.Throwable.
- The built-in runtime exceptions catch their counterpart on the other
  side (NullReferenceException <-> NullPointerException, ...): a class's
  `catch_peers` are the classes a handler for it also catches.

The exception object itself never changes when it crosses: identity is
kept however often it is rethrown on either side.
"""
from rpython.rlib import jit

# (CLR class, Java class) pairs: each side's handler catches the other's
PEERS = [
    ('System.NullReferenceException', 'java.lang.NullPointerException'),
    ('System.IndexOutOfRangeException', 'java.lang.ArrayIndexOutOfBoundsException'),
    ('System.InvalidCastException', 'java.lang.ClassCastException'),
    ('System.DivideByZeroException', 'java.lang.ArithmeticException'),
    ('System.OverflowException', 'java.lang.ArithmeticException'),
    ('System.ArithmeticException', 'java.lang.ArithmeticException'),
    ('System.StackOverflowException', 'java.lang.StackOverflowError'),
    ('System.OutOfMemoryException', 'java.lang.OutOfMemoryError'),
    ('System.ArgumentException', 'java.lang.IllegalArgumentException'),
    ('System.InvalidOperationException', 'java.lang.IllegalStateException'),
    ('System.NotSupportedException', 'java.lang.UnsupportedOperationException'),
]


def _add_peer(cls, peer):
    if cls.catch_peers is None:
        cls.catch_peers = []
    if peer not in cls.catch_peers:
        cls.catch_peers.append(peer)


def install(clr_by_name, jvm_by_name):
    """Before the core classes are linked: wire the two hierarchies."""
    exc = clr_by_name['System.Exception']
    exc.superclass = jvm_by_name['java.lang.RuntimeException']
    exc.aliases['get_Message()Ljava/lang/String;'] = 'getMessage()Ljava/lang/String;'
    exc.aliases['get_InnerException()Lcli/System/Exception;'] = \
        'getCause()Ljava/lang/Throwable;'
    _add_peer(exc, jvm_by_name['java.lang.Throwable'])
    for clr_name, java_name in PEERS:
        c = clr_by_name.get(clr_name, None)
        j = jvm_by_name.get(java_name, None)
        if c is None or j is None:
            continue
        _add_peer(c, j)
        if clr_name != 'System.ArithmeticException':
            _add_peer(j, c)


@jit.elidable
def catches(catch_cls, exc_cls):
    """Does a handler for catch_cls catch an exception of class exc_cls?"""
    if exc_cls.is_subclass_of(catch_cls):
        return True
    peers = catch_cls.catch_peers
    if peers is not None:
        for p in peers:
            if exc_cls.is_subclass_of(p):
                return True
    return False
