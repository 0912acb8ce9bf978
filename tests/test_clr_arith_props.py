"""Property tests: random int, long, uint, ulong and double expressions,
checked and unchecked, with conversions between them, batched into one C#
program per example (each expression on its own line, in a try/catch that
prints the exception's type), compiled once with mcs; Parley's output must
agree with mono's line for line.  PARLEY_PROP_EXAMPLES sets the number of
examples (default 3)."""
import os
from hypothesis import given, settings, strategies as st, HealthCheck
from harness import compile_cs, run_mono, run_parley, assert_same

# leaves are locals (never constants: mcs folds constant expressions and
# rejects the ones that overflow)
INTS = st.sampled_from(['a', 'b', 'c', 'i0', 'i1', 'im1', 'imax', 'imin', 'i255', 'i65536', 'i46341'])
LONGS = st.sampled_from(['x', 'y', 'l0', 'l1', 'lm1', 'lmax', 'lmin', 'l32', 'l3e9'])
UINTS = st.sampled_from(['u0', 'u1', 'umax', 'u31', 'u7'])
ULONGS = st.sampled_from(['ul0', 'ul1', 'ulmax', 'ul63', 'ul32'])
DOUBLES = st.sampled_from(['d', 'd0', 'dm0', 'dnan', 'dinf', 'dninf', 'd3e9', 'd1e19', 'dm1e19', 'dhalf', 'dsmall', 'd2p63'])

CTX = st.sampled_from(['checked', 'unchecked'])
ARITH = st.sampled_from(['+', '-', '*', '/', '%'])
BITS = st.sampled_from(['&', '|', '^'])
SHIFTS = st.sampled_from(['<<', '>>'])
CMP = st.sampled_from(['<', '==', '>=', '!='])


def binop(sub, ops):
    return st.tuples(CTX, sub, ops, sub).map(lambda t: '%s(%s %s %s)' % t)


def shift(sub, count):
    return st.tuples(sub, SHIFTS, count).map(lambda t: '(%s %s %s)' % t)


def ternary(sub, cmp_sub):
    return st.tuples(cmp_sub, CMP, cmp_sub, sub, sub).map(
        lambda t: '(%s %s %s ? %s : %s)' % t)


def cast(ty, src):
    return st.tuples(CTX, src).map(lambda t: '%s((%s)(%s))' % (t[0], ty, t[1]))


def int_expr(depth):
    if depth == 0:
        return INTS
    sub = int_expr(depth - 1)
    return st.one_of(
        INTS,
        binop(sub, ARITH), binop(sub, BITS),
        shift(sub, int_expr(0)),
        st.tuples(CTX, st.sampled_from(['-', '~']), sub).map(lambda t: '%s(%s%s)' % t),
        st.tuples(CTX, st.sampled_from(['sbyte', 'byte', 'short', 'ushort', 'char']), sub)
          .map(lambda t: '((int) %s((%s)(%s)))' % t),
        cast('int', long_expr(depth - 1)),
        cast('int', uint_expr(depth - 1)),
        cast('int', ulong_expr(depth - 1)),
        cast('int', double_expr(depth - 1)),
        ternary(sub, sub),
    )


def long_expr(depth):
    if depth == 0:
        return LONGS
    sub = long_expr(depth - 1)
    return st.one_of(
        LONGS,
        binop(sub, ARITH), binop(sub, BITS),
        shift(sub, int_expr(0)),
        st.tuples(CTX, sub).map(lambda t: '%s(-%s)' % t),
        int_expr(depth - 1).map(lambda e: '((long) %s)' % e),
        uint_expr(depth - 1).map(lambda e: '((long) %s)' % e),
        cast('long', ulong_expr(depth - 1)),
        cast('long', double_expr(depth - 1)),
    )


def uint_expr(depth):
    if depth == 0:
        return UINTS
    sub = uint_expr(depth - 1)
    return st.one_of(
        UINTS,
        binop(sub, ARITH), binop(sub, BITS),
        shift(sub, int_expr(0)),
        st.tuples(CTX, sub).map(lambda t: '%s(~%s)' % t),
        cast('uint', int_expr(depth - 1)),
        cast('uint', long_expr(depth - 1)),
        cast('uint', double_expr(depth - 1)),
        ternary(sub, sub),
    )


def ulong_expr(depth):
    if depth == 0:
        return ULONGS
    sub = ulong_expr(depth - 1)
    return st.one_of(
        ULONGS,
        binop(sub, ARITH), binop(sub, BITS),
        shift(sub, int_expr(0)),
        cast('ulong', int_expr(depth - 1)),
        cast('ulong', long_expr(depth - 1)),
        cast('ulong', double_expr(depth - 1)),
        uint_expr(depth - 1).map(lambda e: '((ulong) %s)' % e),
    )


def double_expr(depth):
    if depth == 0:
        return DOUBLES
    sub = double_expr(depth - 1)
    return st.one_of(
        DOUBLES,
        st.tuples(sub, ARITH, sub).map(lambda t: '(%s %s %s)' % t),
        sub.map(lambda e: '((double)(float)(%s))' % e),
        int_expr(depth - 1).map(lambda e: '((double) %s)' % e),
        long_expr(depth - 1).map(lambda e: '((double) %s)' % e),
        uint_expr(depth - 1).map(lambda e: '((double) %s)' % e),
        ulong_expr(depth - 1).map(lambda e: '((double) %s)' % e),
    )


def program(groups):
    lines = []
    k = 0
    for ty, exprs in groups:
        for e in exprs:
            k += 1
            lines.append('        try { %s v%d = %s; Console.WriteLine("%s%d " + v%d); }'
                         ' catch (Exception e) { Console.WriteLine("%s%d " + e.GetType().Name); }'
                         % (ty, k, e, ty, k, k, ty, k))
    return '''using System;
class Props {
    static void Main(string[] args) {
        int n = args.Length;
        int a = n + 17, b = -n - 40000, c = 123456789, i0 = n, i1 = n + 1, im1 = n - 1;
        int imax = int.MaxValue - n, imin = int.MinValue + n, i255 = 255, i65536 = 65536, i46341 = 46341;
        long x = 77777777777L + n, y = -5, l0 = 0, l1 = 1, lm1 = -1, lmax = long.MaxValue, lmin = long.MinValue;
        long l32 = 1L << 32, l3e9 = 3037000500L;
        uint u0 = 0, u1 = 1, umax = uint.MaxValue, u31 = 1u << 31, u7 = 7;
        ulong ul0 = 0, ul1 = 1, ulmax = ulong.MaxValue, ul63 = 1UL << 63, ul32 = 1UL << 32;
        double d = 2.5 + n, d0 = 0.0, dm0 = -0.0, dnan = double.NaN, dinf = double.PositiveInfinity;
        double dninf = double.NegativeInfinity, d3e9 = 3e9, d1e19 = 1e19, dm1e19 = -1e19, dhalf = -0.5;
        double dsmall = 4.9e-324, d2p63 = 9223372036854775808.0;
%s
    }
}''' % '\n'.join(lines)


@settings(max_examples=int(os.environ.get('PARLEY_PROP_EXAMPLES', '3')), deadline=None,
          suppress_health_check=list(HealthCheck))
@given(st.lists(int_expr(3), min_size=1, max_size=12),
       st.lists(long_expr(3), min_size=1, max_size=8),
       st.lists(uint_expr(2), min_size=1, max_size=6),
       st.lists(ulong_expr(2), min_size=1, max_size=6),
       st.lists(double_expr(2), min_size=0, max_size=6))
def test_arithmetic_agrees_with_mono(ints, longs, uints, ulongs, doubles):
    exe = compile_cs({'Props.cs': program([('int', ints), ('long', longs),
                                           ('uint', uints), ('ulong', ulongs),
                                           ('double', doubles)])},
                     out='Props.exe')
    expected = run_mono(exe)
    actual = run_parley([exe])
    assert_same(expected, actual, expected_name='mono', actual_name='parley')
