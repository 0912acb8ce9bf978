#!/usr/bin/env python3
"""Benchmarks: bin/parley side by side with java and mono.

    python3 benchmarks/bench.py [--runs N] [--only-reference] [--quick]
                                [--programs fib,loop,structs,lambdas,crossvm] [--parley PATH]

Programs (benchmarks/programs/, compiled into build/bench/):
  fib      recursive fib(32)                      Fib.java / Fib.cs
  loop     10^8 calls of a static int add(a, b)    Loop.java / Loop.cs
  structs  10^8 struct adds through calls        Structs.java / Structs.cs
           (Parley runs the C# program: the CLR side against mono)
  lambdas  10^8 calls of a closure through Func<int,int> / IntUnaryOperator
           Lambdas.java / Lambdas.cs (Parley runs the C# program)
  crossvm  Loop, but Java calling the C# Calc.Add  CrossLoop.java + Calc.dll
           (Parley only: parley -cp DIR -r Calc.dll CrossLoop, compiled
           against stubs from `parley stubs --java STUBDIR Calc.dll`)

Every run's stdout is checked against the expected checksum line, so all VMs
must print the same output.  Prints per-program median wall times, the ratios
parley/java and parley/mono, and parley's crossvm/loop (cross-VM call vs Java
call) ratio.  A Parley failure is reported and the benchmark goes on; the exit
status is non-zero only when a reference VM (java, mono) fails.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, 'programs')
BUILD = os.path.join(REPO, 'build', 'bench')

FULL_SIZES = {'fib': 32, 'loop': 10 ** 8, 'crossvm': 10 ** 8,
              'structs': 10 ** 8, 'lambdas': 10 ** 8}
QUICK_SIZES = {'fib': 20, 'loop': 10 ** 5, 'crossvm': 10 ** 5,
               'structs': 10 ** 5, 'lambdas': 10 ** 5}
# programs whose Parley run is the C# program (the CLR side); the others
# run the Java program on Parley
CLR_SIDE = ['structs', 'lambdas']


def i32(x):
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x & 0x80000000 else x


def expected_output(program, n):
    if program == 'fib':
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return 'fib(%d) = %d\n' % (n, i32(a))
    total = i32(n * (n - 1) // 2)
    return '%s(%d) = %d\n' % (program, n, total)


class Failure(Exception):
    pass


def sh(cmd, cwd=None, timeout=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failure('timed out after %s s: %s' % (timeout, ' '.join(cmd)))
    except OSError as e:
        raise Failure('cannot run %s: %s' % (cmd[0], e))
    return p


def check(cmd, cwd=None, what=None):
    p = sh(cmd, cwd=cwd, timeout=600)
    if p.returncode != 0:
        raise Failure('%s failed (status %d):\n$ %s\n%s' % (
            what or cmd[0], p.returncode, ' '.join(cmd),
            tail((p.stdout + p.stderr).decode('utf-8', 'replace'))))
    return p


def tail(text, n=15):
    lines = text.rstrip('\n').splitlines()
    return '\n'.join('    ' + l for l in lines[-n:])


def stale(outputs, sources):
    try:
        oldest = min(os.path.getmtime(o) for o in outputs)
    except OSError:
        return True
    return any(os.path.getmtime(s) > oldest for s in sources)


def tool(name):
    path = shutil.which(name)
    if not path:
        sys.exit('bench: %s not found on PATH (run `make setup`)' % name)
    return path


# ------------------------------------------------------------ compilation --

def build_reference(program):
    """Compile <Program>.java and <Program>.cs of a program; return
    (classdir, exe)."""
    src = os.path.join(PROGRAMS, program)
    cls = program.capitalize()
    out = os.path.join(BUILD, program)
    os.makedirs(out, exist_ok=True)
    java_src = os.path.join(src, cls + '.java')
    cs_src = os.path.join(src, cls + '.cs')
    klass = os.path.join(out, cls + '.class')
    exe = os.path.join(out, cls + '.exe')
    if stale([klass], [java_src]):
        check([tool('javac'), '-d', out, java_src], what='javac')
    if stale([exe], [cs_src]):
        check([tool('mcs'), '-optimize+', '-out:' + exe, cs_src], what='mcs')
    return out, exe


def build_crossvm(parley):
    """Calc.dll + stubs + CrossLoop.class in build/bench/crossvm; return dir."""
    src = os.path.join(PROGRAMS, 'crossvm')
    out = os.path.join(BUILD, 'crossvm')
    stubs = os.path.join(BUILD, 'crossvm-stubs')
    os.makedirs(out, exist_ok=True)
    dll = os.path.join(out, 'Calc.dll')
    calc_src = os.path.join(src, 'Calc.cs')
    if stale([dll], [calc_src]):
        check([tool('mcs'), '-optimize+', '-target:library', '-out:' + dll,
               calc_src], what='mcs')
    # stubs depend on the Parley binary: always regenerate
    shutil.rmtree(stubs, ignore_errors=True)
    os.makedirs(stubs)
    check([parley, 'stubs', '--java', stubs, dll], cwd=out,
          what='parley stubs')
    check([tool('javac'), '-cp', stubs, '-d', out,
           os.path.join(src, 'CrossLoop.java')], what='javac (CrossLoop)')
    return out


# ------------------------------------------------------------------ main --

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--runs', type=int, default=5, help='runs per VM (default 5)')
    ap.add_argument('--only-reference', action='store_true',
                    help='skip Parley: run java and mono only')
    ap.add_argument('--parley', default=os.path.join(REPO, 'bin', 'parley'),
                    help='the Parley binary (default bin/parley)')
    ap.add_argument('--programs', default='fib,loop,structs,lambdas,crossvm',
                    help='comma-separated subset of fib,loop,structs,lambdas,crossvm')
    ap.add_argument('--quick', action='store_true',
                    help='tiny problem sizes (smoke test of the script)')
    ap.add_argument('--timeout', type=float, default=600,
                    help='seconds per run (default 600)')
    args = ap.parse_args()

    programs = [p.strip() for p in args.programs.split(',') if p.strip()]
    for p in programs:
        if p not in FULL_SIZES:
            ap.error('unknown program %r' % p)
    sizes = QUICK_SIZES if args.quick else FULL_SIZES
    java, mono = tool('java'), tool('mono')

    parley = None
    if not args.only_reference:
        parley = os.path.abspath(args.parley)
        if not os.access(parley, os.X_OK):
            print('bench: %s not found or not executable (run `make translate`);'
                  ' running java and mono only' % parley)
            parley = None
    if parley is None and programs == ['crossvm']:
        print('bench: crossvm runs on Parley only; nothing to do')
        return 0

    # ---- build: {program: {vm: (cmd, cwd)}}
    plans = {}
    errors = []                       # reference builds that failed
    build_failed = []
    for program in programs:
        n = str(sizes[program])
        cls = program.capitalize()
        plan = {}
        try:
            if program == 'crossvm':
                if parley is None:
                    continue
                d = build_crossvm(parley)
                plan['parley'] = ([parley, '-cp', d, '-r', 'Calc.dll',
                                   'CrossLoop', n], d)
            else:
                d, exe = build_reference(program)
                if parley is not None and program in CLR_SIDE:
                    plan['parley'] = ([parley, exe, n], d)
                elif parley is not None:
                    plan['parley'] = ([parley, '-cp', d, cls, n], d)
                plan['java'] = ([java, '-cp', d, cls, n], d)
                plan['mono'] = ([mono, exe, n], d)
        except Failure as e:
            print('bench: %s: build failed: %s' % (program, e))
            build_failed.append(program)
            if program != 'crossvm':      # crossvm failures are Parley's
                errors.append(program)
            continue
        plans[program] = plan

    # ---- run, round-robin over the VMs so drift affects all alike
    times = {p: {vm: [] for vm in plans[p]} for p in plans}
    failed = {}                       # (program, vm) -> message
    for program in programs:
        if program not in plans:
            continue
        want = expected_output(program, sizes[program])
        print('== %s (%d runs; expected: %s)' % (program, args.runs,
                                                  want.strip()))
        for r in range(args.runs):
            for vm, (cmd, cwd) in plans[program].items():
                if (program, vm) in failed:
                    continue
                start = time.perf_counter()
                try:
                    p = sh(cmd, cwd=cwd, timeout=args.timeout)
                except Failure as e:
                    failed[(program, vm)] = str(e)
                    print('   %-6s FAILED: %s' % (vm, e))
                    continue
                elapsed = time.perf_counter() - start
                out = p.stdout.decode('utf-8', 'replace')
                if p.returncode != 0 or out != want:
                    msg = 'status %d, stdout %r (expected %r)\n%s' % (
                        p.returncode, out[:200], want,
                        tail(p.stderr.decode('utf-8', 'replace')))
                    failed[(program, vm)] = msg
                    print('   %-6s FAILED: %s' % (vm, msg))
                    continue
                times[program][vm].append(elapsed)
                print('   run %d %-6s %8.3f s' % (r + 1, vm, elapsed))

    # ---- report
    med = {}
    for program in times:
        for vm, ts in times[program].items():
            if ts:
                med[(program, vm)] = statistics.median(ts)

    def cell(program, vm):
        if (program, vm) in med:
            return '%9.3f' % med[(program, vm)]
        if (program, vm) in failed:
            return '%9s' % 'FAILED'
        return '%9s' % '-'

    def ratio(a, b):
        if a in med and b in med and med[b] > 0:
            return '%11.2f' % (med[a] / med[b])
        return '%11s' % '-'

    print()
    print('median wall time in seconds (%d runs%s)' % (
        args.runs, ', quick sizes' if args.quick else ''))
    print('%-9s %9s %9s %9s %11s %11s' % ('program', 'parley', 'java', 'mono',
                                          'parley/java', 'parley/mono'))
    for program in programs:
        if program not in plans:
            print('%-9s %9s' % (program, 'FAILED' if program in build_failed
                                else 'skipped'))
            continue
        print('%-9s %s %s %s %s %s' % (
            program, cell(program, 'parley'), cell(program, 'java'),
            cell(program, 'mono'),
            ratio((program, 'parley'), (program, 'java')),
            ratio((program, 'parley'), (program, 'mono'))))
    if ('crossvm', 'parley') in med and ('loop', 'parley') in med:
        print('crossvm/java-call on parley: %.2f  (Java->C# call loop vs '
              'Java->Java call loop)' % (med[('crossvm', 'parley')] /
                                         med[('loop', 'parley')]))
    for (program, vm), msg in sorted(failed.items()):
        print('FAILED %s on %s' % (program, vm))

    reference_broken = errors or any(vm != 'parley' for (_, vm) in failed)
    return 1 if reference_broken else 0


if __name__ == '__main__':
    sys.exit(main())
