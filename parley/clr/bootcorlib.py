"""The C# half of Parley's CLR core library.

Types of the CLR core library that are simplest in C# (generic
collections, LINQ, StringBuilder, delegates' types, Random ...) are written
in C# (parley/clr/lib_cs/...: Parley's own implementation).  This module
compiles them with mcs into build/clrlib/ParleyCorlib.dll when the sources
are newer than the DLL (at import time: when tests run untranslated, and
when RPython translates the binary) and reads the DLL into CORLIB_DLL, a
str constant.  Translation makes it a constant of the binary: bin/parley
needs no files at run time.

The library is compiled against Mono's mscorlib: the types it defines in
System.* namespaces shadow mscorlib's inside its own sources (warning
CS0436), so its TypeRefs to [mscorlib] name either natives
(parley.clr.corlib) or its own types; ClrInstance.resolve_type looks up the
natives first, then this assembly.

If the sources do not compile, PARLEY_LIB_STRICT=1 (set by the Makefile,
so `make test`, `make translate` and CI) makes that an ImportError showing
mcs's errors; otherwise (a developer running pytest by hand while someone
edits the library) the last good build is used and mcs's errors are left in
build/clrlib.errors.
"""
import os
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_SRC = os.path.join(HERE, 'lib_cs')
REPO = os.path.dirname(os.path.dirname(HERE))
LIB_OUT = os.path.join(REPO, 'build', 'clrlib')
DLL_NAME = 'ParleyCorlib.dll'
DLL = os.path.join(LIB_OUT, DLL_NAME)
STAMP = os.path.join(LIB_OUT, '.stamp')

MCS_FLAGS = ['-target:library', '-nowarn:436,1685', '-optimize+',
             '-nologo', '-debug-', '-unsafe-']


def sources():
    out = []
    for root, dirs, files in os.walk(LIB_SRC):
        for f in files:
            if f.endswith('.cs'):
                out.append(os.path.join(root, f))
    out.sort()
    return out


def _stale(srcs):
    if not os.path.exists(STAMP) or not os.path.exists(DLL):
        return True
    stamp = os.path.getmtime(STAMP)
    for s in srcs + [os.path.abspath(__file__).replace('.pyc', '.py')]:
        if os.path.exists(s) and os.path.getmtime(s) > stamp:
            return True
    with open(STAMP) as f:
        listed = f.read().split('\n')
    return listed != srcs


def _compile(srcs):
    """mcs the sources into a temporary file beside the DLL, then rename it
    over the DLL (atomic: a concurrent reader sees the old or the new one)."""
    if not os.path.isdir(LIB_OUT):
        try:
            os.makedirs(LIB_OUT)
        except OSError:
            pass    # made by another process meanwhile
    started = time.time()   # sources edited during the compile stay newer than the stamp
    tmp = '%s.tmp-%d' % (DLL, os.getpid())
    cmd = ['mcs'] + MCS_FLAGS + ['-out:' + tmp] + srcs
    try:
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
    except OSError as e:
        raise ImportError('compiling the C# core library: cannot run mcs (%s)' % e)
    out = p.communicate()[0]
    if p.returncode != 0 or not os.path.exists(tmp):
        if os.path.exists(tmp):
            os.remove(tmp)
        raise ImportError('compiling the C# core library failed:\n' + out)
    os.rename(tmp, DLL)
    stamp_tmp = '%s.tmp-%d' % (STAMP, os.getpid())
    with open(stamp_tmp, 'w') as f:
        f.write('\n'.join(srcs))
    os.utime(stamp_tmp, (started, started))
    os.rename(stamp_tmp, STAMP)
    if os.path.exists(LIB_OUT + '.errors'):
        try:
            os.remove(LIB_OUT + '.errors')
        except OSError:
            pass


def _load():
    srcs = sources()
    if not srcs:
        return ''
    if _stale(srcs):
        try:
            _compile(srcs)
        except ImportError as e:
            if os.environ.get('PARLEY_LIB_STRICT') == '1' or \
                    not os.path.exists(DLL):
                raise
            with open(LIB_OUT + '.errors', 'w') as f:
                f.write(str(e))
    with open(DLL, 'rb') as f:
        return f.read()


CORLIB_DLL = _load()
