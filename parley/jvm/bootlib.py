"""The Java half of Parley's Java core library.

Classes of the core library that are simplest in Java are written in Java
(parley/jvm/lib/java/...: Parley's own implementation, compiled with
`javac --patch-module java.base=...`).  This module compiles them when the
sources are newer than the compiled classes (at import time: when tests run
untranslated, and when RPython translates the binary) and reads them into
BOOT_CLASSES, a dict {internal name: class-file bytes}.  Translation makes
that dict a constant of the binary: bin/parley needs no files at run time.

If the sources do not compile, PARLEY_LIB_STRICT=1 (set by the Makefile,
so `make test`, `make translate` and CI) makes that an ImportError showing
javac's errors; otherwise (a developer running pytest by hand while someone
edits the library) the last good build is used and javac's errors are left
in build/jvmlib.errors.

Their `native` methods are implemented in RPython (parley.jvm.natives) and
bound when the class is defined.  Classes implemented entirely in RPython
(parley.jvm.corelib) take precedence over same-named classes here.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_SRC = os.path.join(HERE, 'lib')
REPO = os.path.dirname(os.path.dirname(HERE))
LIB_OUT = os.path.join(REPO, 'build', 'jvmlib')
STAMP = os.path.join(LIB_OUT, '.stamp')


def _sources():
    out = []
    for root, dirs, files in os.walk(LIB_SRC):
        for f in files:
            if f.endswith('.java'):
                out.append(os.path.join(root, f))
    out.sort()
    return out


def _stale(sources):
    if not os.path.exists(STAMP):
        return True
    stamp = os.path.getmtime(STAMP)
    for s in sources + [os.path.abspath(__file__)]:
        if os.path.getmtime(s) > stamp:
            return True
    with open(STAMP) as f:
        listed = f.read().split('\n')
    return listed != sources


def _compile(sources):
    tmp = '%s.tmp-%d' % (LIB_OUT, os.getpid())
    if os.path.isdir(tmp):
        import shutil
        shutil.rmtree(tmp)
    os.makedirs(tmp)
    cmd = ['javac', '-nowarn', '-encoding', 'UTF-8',
           '--patch-module', 'java.base=' + LIB_SRC, '-d', tmp] + sources
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = p.communicate()[0]
    if p.returncode != 0:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
        raise ImportError('compiling the Java core library failed:\n' + out)
    with open(os.path.join(tmp, '.stamp'), 'w') as f:
        f.write('\n'.join(sources))
    if os.path.isdir(LIB_OUT):
        import shutil
        shutil.rmtree(LIB_OUT, ignore_errors=True)
    try:
        os.rename(tmp, LIB_OUT)
    except OSError:
        pass    # another process built it at the same time


def _load():
    sources = _sources()
    if not sources:
        return {}
    if _stale(sources):
        try:
            _compile(sources)
        except ImportError as e:
            if os.environ.get('PARLEY_LIB_STRICT') == '1' or \
                    not os.path.isdir(LIB_OUT):
                raise
            with open(LIB_OUT + '.errors', 'w') as f:
                f.write(str(e))
    classes = {}
    for root, dirs, files in os.walk(LIB_OUT):
        for f in files:
            if f.endswith('.class'):
                path = os.path.join(root, f)
                name = os.path.relpath(path, LIB_OUT)[:-len('.class')]
                with open(path, 'rb') as fh:
                    classes[name.replace(os.sep, '/')] = fh.read()
    return classes


BOOT_CLASSES = _load()
