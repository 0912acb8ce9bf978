"""Property test of Parley's CLR number formatting against Mono: random
ints, longs and doubles, each formatted with a random standard or custom
format string (ToString(format) and composite String.Format items), all
cases of one hypothesis example batched into ONE generated C# program
(compiled once; mono's and Parley's whole outputs compared).

PARLEY_PROP_EXAMPLES (default 5) sets how many programs are tried."""
import os
import struct
from hypothesis import given, settings, HealthCheck, strategies as st
from harness import compile_cs, run_mono, run_parley, assert_same

EXAMPLES = int(os.environ.get('PARLEY_PROP_EXAMPLES', '5'))

FORMATS = ['', 'G', 'g', 'G1', 'G3', 'G5', 'G10', 'G15', 'G16', 'G17', 'R',
           'F', 'F0', 'F1', 'F2', 'F5', 'f3', 'N', 'N0', 'N1', 'N3', 'n2',
           'E', 'E0', 'E2', 'e5', 'E12', 'P', 'P0', 'P2', 'p1', 'C', 'C0',
           'C3', 'D', 'D1', 'D8', 'd3', 'X', 'X4', 'x', 'x8', '0', '0.0',
           '0.00', '00000', '#', '#.##', '#,##0', '#,##0.00', '0.###',
           '#,#', '0,,', '0%', '0.0%', '0.00E+00', '0.###e-0', '##0.0#',
           "'#'0", '#;(#);zero', '0.0;-0.0', '[0]', 'Q', '#,##0.0,']

# values: plain random ones and "round" ones that exercise rounding ties
INTS = st.one_of(st.integers(-2 ** 31, 2 ** 31 - 1),
                 st.integers(-1000, 1000),
                 st.sampled_from([0, 1, -1, 5, 15, 25, 125, 999, 1000,
                                  2 ** 31 - 1, -2 ** 31]))
LONGS = st.one_of(st.integers(-2 ** 63, 2 ** 63 - 1),
                  st.integers(-10 ** 6, 10 ** 6))
DOUBLES = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-1e6, max_value=1e6),
    st.floats(min_value=-1.0, max_value=1.0),
    st.integers(-10 ** 6, 10 ** 6).map(float),
    st.tuples(st.integers(-10 ** 6, 10 ** 6), st.integers(0, 6)).map(
        lambda t: t[0] / 10.0 ** t[1]),
    st.sampled_from([0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e15, 1e16, 1e17,
                     1e21, 1e-5, 1e-10, 0.1, 0.3, 2.0 / 3, -0.0, 5e-324,
                     1.7976931348623157e308]))

CASE = st.one_of(
    st.tuples(st.just('I'), INTS, st.sampled_from(FORMATS)),
    st.tuples(st.just('L'), LONGS, st.sampled_from(FORMATS)),
    st.tuples(st.just('D'), DOUBLES, st.sampled_from(FORMATS)),
    st.tuples(st.just('S'), DOUBLES, st.sampled_from(FORMATS)),
    st.tuples(st.just('A'), DOUBLES, st.sampled_from(FORMATS)),
)

PROLOGUE = r'''using System;

class FormatProps
{
    static void I(int v, string f)
    {
        try { Console.WriteLine("I " + v + " [" + f + "] " + v.ToString(f)); }
        catch (FormatException e) { Console.WriteLine("I " + v + " [" + f + "] FE " + e.Message); }
    }

    static void L(long v, string f)
    {
        try { Console.WriteLine("L " + v + " [" + f + "] " + v.ToString(f)); }
        catch (FormatException e) { Console.WriteLine("L " + v + " [" + f + "] FE " + e.Message); }
    }

    static void D(long bits, string f)
    {
        double v = BitConverter.Int64BitsToDouble(bits);
        try { Console.WriteLine("D " + v + " [" + f + "] " + v.ToString(f)); }
        catch (FormatException e) { Console.WriteLine("D " + v + " [" + f + "] FE " + e.Message); }
    }

    static void S(long bits, string f)
    {
        float v = (float)BitConverter.Int64BitsToDouble(bits);
        try { Console.WriteLine("S " + v + " [" + f + "] " + v.ToString(f)); }
        catch (FormatException e) { Console.WriteLine("S " + v + " [" + f + "] FE " + e.Message); }
    }

    static void A(long bits, string f)
    {
        double v = BitConverter.Int64BitsToDouble(bits);
        try { Console.WriteLine(string.Format("A {0,12:" + f + "}|{0,-9:" + f + "}|{1}", v, (int)bits)); }
        catch (FormatException e) { Console.WriteLine("A [" + f + "] FE " + e.Message); }
    }

    static void Main()
    {
'''

EPILOGUE = '''    }
}
'''


def _bits(x):
    return struct.unpack('<q', struct.pack('<d', x))[0]


def _cs_string(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def program(cases):
    lines = [PROLOGUE]
    for kind, value, fmt in cases:
        if kind == 'I':
            arg = '%d' % value if value != -2 ** 31 else 'int.MinValue'
        elif kind == 'L':
            arg = '%dL' % value if value != -2 ** 63 else 'long.MinValue'
        else:
            arg = '%dL' % _bits(value) if _bits(value) != -2 ** 63 else 'long.MinValue'
        lines.append('        %s(%s, %s);\n' % (kind, arg, _cs_string(fmt)))
    lines.append(EPILOGUE)
    return ''.join(lines)


@settings(deadline=None, max_examples=EXAMPLES,
          suppress_health_check=[HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(st.lists(CASE, min_size=40, max_size=120))
def test_number_formats_match_mono(cases):
    exe = compile_cs({'FormatProps.cs': program(cases)}, out='FormatProps.exe')
    expected = run_mono(exe)
    actual = run_parley([exe])
    assert_same(expected, actual, expected_name='mono', actual_name='parley')
