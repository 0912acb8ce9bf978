"""Differential test harness for Parley.

Compile a program with the reference tool chain (javac / mcs / ilasm /
jasmin), run it on the reference VM (java / mono) and on Parley, and compare:

    from harness import compile_java, run_java, run_parley, assert_same

    cp = compile_java({'Hello.java': SOURCE})
    expected = run_java(cp, 'Hello', ['a', 'b'])
    actual = run_parley(['-cp', cp, 'Hello', 'a', 'b'])
    assert_same(expected, actual)

Parley is `$PARLEY_BIN` when that environment variable is set (the translated
binary, `make test-translated`), else `.venv/bin/python targetparley.py`
(untranslated, `make test`).  Use `translated()` to pick smaller problem sizes
when running untranslated.

Compiled programs go to build/tests/<test-name>.<tool>-<hash>/ and are reused
across runs while the sources, flags and referenced files are unchanged.  The
tools are always installed by `make setup`; a missing tool is a test failure,
never a skip.

Runs (java, mono and parley alike) get LC_ALL=C.UTF-8, TERM=dumb, stdin from
/dev/null unless `stdin` is given, and JAVA_TOOL_OPTIONS, _JAVA_OPTIONS,
JDK_JAVA_OPTIONS and CLASSPATH removed from the environment (the JVM would
report them on stderr).  The working directory is `cwd` if given, else a new
temporary directory that is deleted afterwards.

Note: javac 17 compiles string concatenation to invokedynamic
(StringConcatFactory); pass `flags=JAVAC_INLINE_CONCAT` to compile_java to
get StringBuilder code instead.

Python 2.7 (runs under the .venv pytest); also importable on Python 3.
"""

from __future__ import print_function

import difflib
import glob
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

try:
    from shutil import which as _which
except ImportError:                      # Python 2.7
    from distutils.spawn import find_executable as _which

__all__ = [
    'REPO', 'BUILD_ROOT', 'PARLEY_BIN', 'Result', 'HarnessError', 'CompileError',
    'Timeout', 'translated', 'find_tool', 'compile_java', 'compile_cs',
    'assemble_il', 'assemble_jasmin', 'run_java', 'run_mono', 'run_parley',
    'run_parley_java', 'parley_command', 'parley_stubs', 'assert_same',
    'compare_java', 'first_line', 'JAVAC_INLINE_CONCAT',
]

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD_ROOT = os.path.join(REPO, 'build', 'tests')
VENV_PYTHON = os.path.join(REPO, '.venv', 'bin', 'python')
TARGET = os.path.join(REPO, 'targetparley.py')
PARLEY_BIN = os.environ.get('PARLEY_BIN') or None

# Default timeouts in seconds; PARLEY_TIMEOUT overrides the Parley default.
TIMEOUT_UNTRANSLATED = 120
TIMEOUT_TRANSLATED = 60
TIMEOUT_REFERENCE = 120
TIMEOUT_COMPILE = 300

JAVAC_INLINE_CONCAT = ('-XDstringConcat=inline',)

# Bump to invalidate every cached compilation.
_CACHE_VERSION = '1'

# Debian packages providing each tool (installed by `make setup`).
_PACKAGES = {
    'java': 'openjdk-17-jdk-headless', 'javac': 'openjdk-17-jdk-headless',
    'mono': 'mono-devel', 'mcs': 'mono-mcs', 'ilasm': 'mono-devel',
    'jasmin': 'jasmin-sable',
}

_ENV_REMOVE = ('JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS',
               'CLASSPATH', 'MONO_ENV_OPTIONS')
_ENV_SET = {'LC_ALL': 'C.UTF-8', 'LANG': 'C.UTF-8', 'TERM': 'dumb'}

PY2 = sys.version_info[0] == 2
text_type = unicode if PY2 else str      # noqa: F821


class HarnessError(AssertionError):
    """A harness problem (missing tool, compiler error, timeout): fails the test."""


class CompileError(HarnessError):
    pass


class Timeout(HarnessError):
    pass


class Result(object):
    """Outcome of one program run.  stdout/stderr are byte strings (str on
    Python 2); status is the exit status (negative: killed by that signal)."""

    def __init__(self, stdout, stderr, status, cmd=None, elapsed=None):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.cmd = cmd
        self.elapsed = elapsed

    def __eq__(self, other):
        if not isinstance(other, Result):
            return NotImplemented
        return (self.stdout, self.stderr, self.status) == \
            (other.stdout, other.stderr, other.status)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    @property
    def stderr_first_line(self):
        return first_line(self.stderr)

    def command_line(self):
        if not self.cmd:
            return '<unknown command>'
        return ' '.join(_shell_quote(a) for a in self.cmd)

    def __repr__(self):
        return 'Result(status=%r, stdout=%s, stderr=%s)' % (
            self.status, _short(self.stdout), _short(self.stderr))


def translated():
    """True when the tests run the translated binary ($PARLEY_BIN)."""
    return PARLEY_BIN is not None


def first_line(data):
    """First non-blank line, without its line end (mono starts an unhandled
    exception report with an empty line)."""
    for line in data.splitlines():
        if line.strip():
            return line.rstrip()
    return data[:0]


# ------------------------------------------------------------------ tools --

def find_tool(name):
    """Absolute path of a required tool; a missing tool fails the test."""
    __tracebackhide__ = True
    path = _which(name)
    if not path:
        raise HarnessError(
            '%s not found on PATH: run `make setup` (Debian package %s). '
            'Tests never skip for a missing tool.'
            % (name, _PACKAGES.get(name, '?')))
    return path


# ------------------------------------------------------------ compilation --

def compile_java(sources, classpath=None, outdir=None, flags=(), name=None):
    """javac the sources (dict file name -> text, or list of .java paths) into
    outdir (default: a cached dir under BUILD_ROOT); return outdir.
    classpath: a path or list of paths (-cp)."""
    __tracebackhide__ = True
    javac = find_tool('javac')
    srcs = _normalize_sources(sources, 'Main.java')
    cp_list = _as_list(classpath)
    cp = os.pathsep.join(os.path.abspath(p) for p in cp_list)
    key = _key('javac', [cp, list(flags)], srcs, cp_list)

    def build(srcdir, out):
        __tracebackhide__ = True
        files = _write_sources(srcs, srcdir)
        cmd = [javac, '-d', out, '-encoding', 'UTF-8']
        if cp:
            cmd += ['-cp', cp]
        cmd += list(flags) + files
        _compile(cmd, srcdir, 'javac')
        if not _find_files(out, '.class'):
            raise CompileError('javac produced no class files in %s' % out)
    return _cached_build('javac', key, outdir, name, build)


def compile_cs(sources, out=None, target='exe', references=(), outdir=None,
               flags=(), name=None):
    """mcs the sources (dict file name -> text, or list of .cs paths) into
    outdir/out; return that path.  out defaults to prog.exe / prog.dll.
    references: assembly paths (copied into outdir, like msbuild's copy-local,
    so mono finds them) or framework names such as 'System.Numerics'."""
    __tracebackhide__ = True
    mcs = find_tool('mcs')
    if target not in ('exe', 'library', 'winexe', 'module'):
        raise ValueError('bad target %r' % (target,))
    if out is None:
        out = 'prog.dll' if target == 'library' else 'prog.exe'
    srcs = _normalize_sources(sources, 'Program.cs')
    refs = _as_list(references)
    ref_files = [r for r in refs if os.path.isfile(r)]
    key = _key('mcs', [out, target, [os.path.basename(r) for r in refs],
                       list(flags)], srcs, ref_files)

    def build(srcdir, outd):
        __tracebackhide__ = True
        files = _write_sources(srcs, srcdir)
        copied = _copy_references(ref_files, outd)
        cmd = [mcs, '-out:' + os.path.join(outd, out), '-target:' + target]
        for r in refs:
            cmd.append('-r:' + (copied[r] if r in copied else r))
        cmd += list(flags) + files
        _compile(cmd, srcdir, 'mcs')
    outd = _cached_build('mcs', key, outdir, name, build, expect=[out])
    return os.path.join(outd, out)


def assemble_il(path_or_text, out=None, dll=False, outdir=None, references=(),
                flags=(), name=None):
    """ilasm an IL file (path) or IL source text into outdir/out; return that
    path.  references: assembly files copied next to the output."""
    __tracebackhide__ = True
    ilasm = find_tool('ilasm')
    if out is None:
        out = 'prog.dll' if dll else 'prog.exe'
    srcs = _normalize_sources(path_or_text, 'prog.il')
    ref_files = _as_list(references)
    key = _key('ilasm', [out, bool(dll), list(flags)], srcs, ref_files)

    def build(srcdir, outd):
        __tracebackhide__ = True
        files = _write_sources(srcs, srcdir)
        _copy_references(ref_files, outd)
        cmd = [ilasm, '-output:' + os.path.join(outd, out),
               '-dll' if dll else '-exe'] + list(flags) + files
        res = _compile(cmd, srcdir, 'ilasm')
        if b'FAILURE' in res.stdout + res.stderr:
            raise CompileError(_compile_failure('ilasm', cmd, res))
    outd = _cached_build('ilasm', key, outdir, name, build, expect=[out])
    return os.path.join(outd, out)


def assemble_jasmin(text, outdir=None, flags=(), name=None):
    """jasmin a .j source (text, path, dict name -> text or list of paths)
    into outdir (class files in their package dirs); return outdir."""
    __tracebackhide__ = True
    jasmin = find_tool('jasmin')
    srcs = _normalize_sources(text, 'prog.j')
    key = _key('jasmin', [list(flags)], srcs, [])

    def build(srcdir, outd):
        __tracebackhide__ = True
        files = _write_sources(srcs, srcdir)
        # jasmin exits 0 on syntax errors: assemble into a fresh dir and
        # check both its report and that class files appeared.
        tmp = tempfile.mkdtemp(prefix='jasmin-', dir=srcdir)
        try:
            cmd = [jasmin, '-d', tmp] + list(flags) + files
            res = _compile(cmd, srcdir, 'jasmin')
            report = res.stdout + res.stderr
            if (re.search(br'Found \d+ errors?', report)
                    or re.search(br'(?m)^\S.*(Exception|[Ee]rror)\b.*:', report)
                    or not _find_files(tmp, '.class')):
                raise CompileError(_compile_failure('jasmin', cmd, res))
            _merge_tree(tmp, outd)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return _cached_build('jasmin', key, outdir, name, build)


# ------------------------------------------------------------------- runs --

def run_java(classpath, main, args=(), stdin=None, timeout=None, cwd=None,
             env=None, jvm_flags=()):
    __tracebackhide__ = True
    java = find_tool('java')
    cp = os.pathsep.join(os.path.abspath(p) for p in _as_list(classpath))
    cmd = [java] + list(jvm_flags) + ['-cp', cp, main] + _strs(args)
    return _run(cmd, stdin, timeout or TIMEOUT_REFERENCE, cwd, env)


def run_mono(exe, args=(), stdin=None, timeout=None, cwd=None, env=None,
             mono_flags=()):
    __tracebackhide__ = True
    mono = find_tool('mono')
    cmd = [mono] + list(mono_flags) + [os.path.abspath(exe)] + _strs(args)
    return _run(cmd, stdin, timeout or TIMEOUT_REFERENCE, cwd, env)


def parley_command():
    """The command prefix that runs Parley (translated or not)."""
    if PARLEY_BIN:
        return [PARLEY_BIN]
    python = VENV_PYTHON if os.path.exists(VENV_PYTHON) else sys.executable
    return [python, TARGET]


def parley_timeout():
    if os.environ.get('PARLEY_TIMEOUT'):
        return float(os.environ['PARLEY_TIMEOUT'])
    return TIMEOUT_TRANSLATED if translated() else TIMEOUT_UNTRANSLATED


def run_parley(args, stdin=None, timeout=None, cwd=None, env=None):
    """Run Parley with the given command-line arguments."""
    __tracebackhide__ = True
    if PARLEY_BIN:
        if not os.access(PARLEY_BIN, os.X_OK):
            raise HarnessError('PARLEY_BIN=%s is not an executable file'
                               % PARLEY_BIN)
    elif not os.path.exists(TARGET):
        raise HarnessError('%s does not exist' % TARGET)
    return _run(parley_command() + _strs(args), stdin,
                timeout or parley_timeout(), cwd, env)


def run_parley_java(classpath, main, args=(), references=(), **kw):
    """`parley -cp CP [-r ASSEMBLY]... MAIN ARGS...`"""
    __tracebackhide__ = True
    cp = os.pathsep.join(os.path.abspath(p) for p in _as_list(classpath))
    argv = ['-cp', cp]
    for r in _as_list(references):
        argv += ['-r', os.path.abspath(r) if os.path.exists(r) else r]
    return run_parley(argv + [main] + _strs(args), **kw)


def parley_stubs(assemblies, outdir=None, **kw):
    """`parley stubs --java OUTDIR ASSEMBLY...`: Java stub classes for CLI
    assemblies (never cached: they depend on the VM).  Returns outdir."""
    __tracebackhide__ = True
    if outdir is None:
        outdir = os.path.join(_workdir('stubs', _key('stubs', [], [],
                                                     _as_list(assemblies))),
                              'stubs')
    if not os.path.isdir(outdir):
        os.makedirs(outdir)
    res = run_parley(['stubs', '--java', outdir] +
                     [os.path.abspath(a) for a in _as_list(assemblies)], **kw)
    if res.status != 0:
        raise HarnessError(_compile_failure('parley stubs', res.cmd, res))
    return outdir


# ------------------------------------------------------------- comparison --

def assert_same(expected, actual, compare_stderr_first_line=True,
                expected_name='expected', actual_name='actual'):
    """stdout identical, exit status identical and, when the expected run
    wrote to stderr, the first non-blank stderr lines identical."""
    __tracebackhide__ = True
    problems = []
    if expected.stdout != actual.stdout:
        problems.append('stdout differs')
    if expected.status != actual.status:
        problems.append('exit status differs: %s %r, %s %r' % (
            expected_name, expected.status, actual_name, actual.status))
    if compare_stderr_first_line and expected.stderr:
        e1, a1 = first_line(expected.stderr), first_line(actual.stderr)
        if e1 != a1:
            problems.append('first line of stderr differs:\n    %s: %s\n    %s: %s'
                            % (expected_name, _text(e1).rstrip('\n') or '<empty>',
                               actual_name, _text(a1).rstrip('\n') or '<empty>'))
    if not problems:
        return
    out = ['%s and %s differ:' % (expected_name, actual_name)]
    out += ['  - ' + p for p in problems]
    out.append('%s command: %s' % (expected_name, expected.command_line()))
    out.append('%s command: %s' % (actual_name, actual.command_line()))
    if expected.stdout != actual.stdout:
        out.append('---- stdout diff (-%s +%s) ----' % (expected_name, actual_name))
        out.append(_diff(expected.stdout, actual.stdout, expected_name,
                         actual_name))
    for label, res in ((expected_name, expected), (actual_name, actual)):
        out.append('---- %s stderr (status %r) ----' % (label, res.status))
        out.append(_tail(res.stderr) if res.stderr else '<empty>')
    raise AssertionError('\n'.join(out))


def compare_java(sources, main, args=(), stdin=None, classpath=None,
                 references=(), javac_flags=(), timeout=None, cwd=None,
                 compare_stderr_first_line=True):
    """Compile Java sources, run them on java and on Parley
    (`parley -cp CP [-r ASM]... MAIN`), assert_same; return (java, parley)."""
    __tracebackhide__ = True
    out = compile_java(sources, classpath=classpath, flags=javac_flags)
    cp = [out] + _as_list(classpath)
    expected = run_java(cp, main, args, stdin=stdin, cwd=cwd)
    actual = run_parley_java(cp, main, args, references=references,
                             stdin=stdin, timeout=timeout, cwd=cwd)
    assert_same(expected, actual, compare_stderr_first_line,
                expected_name='java', actual_name='parley')
    return expected, actual


# ---------------------------------------------------------------- helpers --

def _as_list(x):
    if x is None:
        return []
    if isinstance(x, (str, bytes, text_type)):
        return [x]
    return list(x)


def _strs(args):
    return [a if isinstance(a, (str, bytes, text_type)) else str(a)
            for a in _as_list(args)]


def _bytes(s):
    if isinstance(s, text_type) and not isinstance(s, bytes):
        return s.encode('utf-8')
    return s


def _text(b):
    if isinstance(b, bytes):
        return b.decode('utf-8', 'replace')
    return b


def _short(b, limit=60):
    r = repr(b)
    return r if len(r) <= limit else r[:limit - 4] + '...' + r[-1]


def _tail(b, max_lines=60, max_chars=8000):
    t = _text(b)
    lines = t.splitlines()
    cut = ''
    if len(lines) > max_lines:
        cut = '[... %d earlier lines ...]\n' % (len(lines) - max_lines)
        lines = lines[-max_lines:]
    t = '\n'.join(lines)
    if len(t) > max_chars:
        t = '[...]' + t[-max_chars:]
    return cut + t


def _diff(a, b, na, nb, max_lines=200):
    al = _text(a).splitlines(True)
    bl = _text(b).splitlines(True)
    lines = list(difflib.unified_diff(al, bl, na, nb))
    lines = [l if l.endswith('\n') else l + '\n\\ No newline at end\n'
             for l in lines]
    if len(lines) > max_lines:
        lines = lines[:max_lines] + ['[... %d more diff lines ...]\n'
                                     % (len(lines) - max_lines)]
    return ''.join(lines).rstrip('\n')


def _shell_quote(s):
    s = _text(s)
    if re.match(r'^[\w@%+=:,./-]+$', s):
        return s
    return "'" + s.replace("'", "'\\''") + "'"


def _normalize_sources(sources, default_name):
    """-> list of (name, text_bytes or None, abspath or None)."""
    if isinstance(sources, dict):
        return [(n, _bytes(sources[n]), None) for n in sorted(sources)]
    if isinstance(sources, (str, bytes, text_type)):
        s = _text(sources)
        if '\n' not in s and os.path.isfile(s):
            sources = [s]
        elif '\n' in s or not s.endswith(os.path.splitext(default_name)[1]):
            return [(default_name, _bytes(sources), None)]
        else:
            raise HarnessError('source file %s does not exist' % s)
    result = []
    for p in sources:
        if not os.path.isfile(p):
            raise HarnessError('source file %s does not exist' % p)
        result.append((os.path.basename(p), None, os.path.abspath(p)))
    return result


def _hash_path(h, path):
    # content only: the location is part of the compiler flags when it matters
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for f in sorted(files):
                if f.startswith('.harness-'):
                    continue
                fp = os.path.join(root, f)
                h.update(_bytes(os.path.relpath(fp, path)) + b'\0')
                with open(fp, 'rb') as fh:
                    h.update(hashlib.sha1(fh.read()).digest())
    elif os.path.isfile(path):
        with open(path, 'rb') as fh:
            h.update(hashlib.sha1(fh.read()).digest())
    else:
        h.update(b'<missing>')


def _key(kind, params, srcs, dep_paths):
    h = hashlib.sha1()
    h.update(_bytes('%s\0%s\0%r\0' % (_CACHE_VERSION, kind, params)))
    for name, text, path in srcs:
        h.update(_bytes(name) + b'\0')
        if text is not None:
            h.update(hashlib.sha1(text).digest())
        else:
            _hash_path(h, path)
    for p in dep_paths:
        _hash_path(h, p)
    return h.hexdigest()[:16]


def _current_test_name():
    cur = os.environ.get('PYTEST_CURRENT_TEST')
    if not cur:
        return None
    cur = cur.rsplit(' (', 1)[0]
    path, _, rest = cur.partition('::')
    stem = os.path.splitext(os.path.basename(path))[0]
    return stem + ('.' + rest.replace('::', '.') if rest else '')


def _sanitize(s):
    return re.sub(r'[^A-Za-z0-9_.-]+', '_', s).strip('_.')[:80] or 'prog'


def _workdir(kind, key, name=None):
    """BUILD_ROOT/<test name>.<kind>-<key>; an existing dir with the same
    kind and key (made by another test) is reused."""
    suffix = '%s-%s' % (kind, key)
    existing = sorted(glob.glob(os.path.join(BUILD_ROOT, '*.' + suffix)))
    if existing and name is None:
        return existing[0]
    hint = _sanitize(name or _current_test_name() or 'prog')
    return os.path.join(BUILD_ROOT, '%s.%s' % (hint, suffix))


def _cached_build(kind, key, outdir, name, build, expect=()):
    __tracebackhide__ = True
    base = _workdir(kind, key, name)
    srcdir = os.path.join(base, 'src')
    auto = outdir is None
    outd = os.path.join(base, 'out') if auto else os.path.abspath(outdir)
    stamp = os.path.join(outd, '.harness-%s-%s' % (kind, key))
    if os.path.exists(stamp) and all(os.path.exists(os.path.join(outd, e))
                                     for e in expect):
        return outd
    if auto and os.path.exists(outd):
        shutil.rmtree(outd)
    for d in (srcdir, outd):
        if not os.path.isdir(d):
            os.makedirs(d)
    build(srcdir, outd)
    for e in expect:
        if not os.path.exists(os.path.join(outd, e)):
            raise CompileError('%s did not produce %s' % (kind, e))
    with open(stamp, 'w') as f:
        f.write(time.strftime('%Y-%m-%d %H:%M:%S\n'))
    return outd


def _write_sources(srcs, srcdir):
    files = []
    for name, text, path in srcs:
        if text is None:
            files.append(path)
            continue
        dest = os.path.join(srcdir, name)
        d = os.path.dirname(dest)
        if not os.path.isdir(d):
            os.makedirs(d)
        with open(dest, 'wb') as f:
            f.write(text)
        files.append(dest)
    return files


def _copy_references(ref_files, outd):
    copied = {}
    for r in ref_files:
        dest = os.path.join(outd, os.path.basename(r))
        if os.path.abspath(r) != os.path.abspath(dest):
            shutil.copy2(r, dest)
        copied[r] = dest
    return copied


def _merge_tree(src, dst):
    for root, dirs, files in os.walk(src):
        target = os.path.join(dst, os.path.relpath(root, src))
        if not os.path.isdir(target):
            os.makedirs(target)
        for f in files:
            shutil.copy2(os.path.join(root, f), os.path.join(target, f))


def _find_files(d, ext):
    found = []
    for root, dirs, files in os.walk(d):
        found += [os.path.join(root, f) for f in files if f.endswith(ext)]
    return found


def _compile_failure(tool, cmd, res):
    return '%s failed (status %r):\n$ %s\n%s' % (
        tool, res.status, ' '.join(_shell_quote(a) for a in cmd),
        _tail(res.stdout + res.stderr, max_lines=200, max_chars=20000))


def _compile(cmd, cwd, tool):
    __tracebackhide__ = True
    res = _run(cmd, None, TIMEOUT_COMPILE, cwd, None)
    if res.status != 0:
        raise CompileError(_compile_failure(tool, cmd, res))
    return res


def _run_env(env):
    e = dict(os.environ)
    for k in _ENV_REMOVE:
        e.pop(k, None)
    e.update(_ENV_SET)
    if env:
        for k, v in env.items():
            if v is None:
                e.pop(k, None)
            else:
                e[k] = v
    return e


def _run(cmd, stdin, timeout, cwd, env):
    """Run cmd, return a Result; raise Timeout after `timeout` seconds
    (the whole process group is killed)."""
    __tracebackhide__ = True
    cmd = [_bytes(c) if PY2 else _text(c) for c in cmd]
    tmp = None
    if cwd is None:
        tmp = cwd = tempfile.mkdtemp(prefix='parley-run-')
    timed_out = []
    start = time.time()
    devnull = open(os.devnull, 'rb')
    try:
        p = subprocess.Popen(
            cmd, cwd=cwd, env=_run_env(env),
            stdin=subprocess.PIPE if stdin is not None else devnull,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            close_fds=True, preexec_fn=os.setsid)

        def kill():
            timed_out.append(True)
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        try:
            out, err = p.communicate(_bytes(stdin) if stdin is not None else None)
        finally:
            timer.cancel()
        elapsed = time.time() - start
    finally:
        devnull.close()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    res = Result(out, err, p.returncode, cmd, elapsed)
    if timed_out:
        raise Timeout('timed out after %s s: %s\n---- stdout ----\n%s\n'
                      '---- stderr ----\n%s' % (
                          timeout, res.command_line(), _tail(out), _tail(err)))
    return res
