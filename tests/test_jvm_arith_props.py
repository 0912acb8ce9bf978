"""Property tests: random int, long and double expressions, compiled with
javac into one program per example, agree with `java` (the expected output
always comes from java)."""
from hypothesis import given, settings, strategies as st, HealthCheck
from harness import compile_java, run_java, run_parley_java, assert_same, translated

INT_LITERALS = st.sampled_from(['0', '1', '-1', '7', '-13', '255', '65535',
                                '2147483647', '-2147483648', '1000003',
                                '(int) 3000000000L', 'a', 'b', 'c'])
LONG_LITERALS = st.sampled_from(['0L', '1L', '-1L', '9223372036854775807L',
                                 '(-9223372036854775807L - 1)', '4294967296L',
                                 '1234567890123L', 'x', 'y', '(long) a'])
DOUBLE_LITERALS = st.sampled_from(['0.0', '1.5', '-2.25', '1e10', '3.0',
                                   'd', '(double) a', '0.1', '-0.0'])

INT_OPS = ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '>>>']


def int_expr(depth):
    if depth == 0:
        return INT_LITERALS
    sub = int_expr(depth - 1)
    return st.one_of(
        INT_LITERALS,
        st.tuples(sub, st.sampled_from(INT_OPS), sub).map(lambda t: '(%s %s %s)' % t),
        st.tuples(st.sampled_from(['(short)', '(byte)', '(char)', '-', '~']), sub)
          .map(lambda t: '(%s %s)' % t),
        long_expr(depth - 1).map(lambda e: '((int) %s)' % e),
        st.tuples(sub, st.sampled_from(['<', '==', '>=']), sub, sub, sub)
          .map(lambda t: '(%s %s %s ? %s : %s)' % t),
    )


def long_expr(depth):
    if depth == 0:
        return LONG_LITERALS
    sub = long_expr(depth - 1)
    return st.one_of(
        LONG_LITERALS,
        st.tuples(sub, st.sampled_from(INT_OPS), sub).map(lambda t: '(%s %s %s)' % t),
        int_expr(depth - 1).map(lambda e: '((long) %s)' % e),
    )


def double_expr(depth):
    if depth == 0:
        return DOUBLE_LITERALS
    sub = double_expr(depth - 1)
    return st.one_of(
        DOUBLE_LITERALS,
        st.tuples(sub, st.sampled_from(['+', '-', '*', '/']), sub).map(lambda t: '(%s %s %s)' % t),
        st.tuples(st.sampled_from(['(int)', '(long)']), sub).map(lambda t: '(double) (%s %s)' % t),
    )


def program(int_exprs, long_exprs, double_exprs):
    lines = []
    k = 0
    for kind, exprs in (('int', int_exprs), ('long', long_exprs), ('double', double_exprs)):
        for e in exprs:
            k += 1
            lines.append('        try { %s v%d = %s; System.out.println("%s%d " + v%d); }'
                         ' catch (ArithmeticException e) { System.out.println("AE " + e.getMessage()); }'
                         % (kind, k, e, kind[0], k, k))
    return '''
public class Props {
    public static void main(String[] args) {
        int a = args.length + 17, b = -args.length - 40000, c = 123456789;
        long x = 77777777777L + args.length, y = -5;
        double d = 2.5 + args.length;
%s
    }
}''' % '\n'.join(lines)


@settings(max_examples=40 if translated() else int(__import__("os").environ.get("PARLEY_PROP_EXAMPLES", "6")), deadline=None,
          suppress_health_check=list(HealthCheck))
@given(st.lists(int_expr(3), min_size=1, max_size=12),
       st.lists(long_expr(3), min_size=1, max_size=8),
       st.lists(double_expr(2), min_size=0, max_size=6))
def test_arithmetic_agrees_with_java(ints, longs, doubles):
    out = compile_java({'Props.java': program(ints, longs, doubles)})
    expected = run_java(out, 'Props')
    actual = run_parley_java(out, 'Props')
    assert_same(expected, actual)
