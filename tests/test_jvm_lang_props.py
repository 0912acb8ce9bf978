import pytest
# -*- coding: utf-8 -*-
"""Property tests for the java.lang core library: random doubles, floats,
ints and longs printed every way Java prints them, random String.format
patterns, random number parsing and random string operations, compiled with
javac into one program per example (many values per program), agree with
`java` (the expected output always comes from java)."""
import os
import struct
from hypothesis import given, settings, strategies as st, HealthCheck
from harness import compile_java, run_java, run_parley_java, assert_same, translated

EXAMPLES = 30 if translated() else int(os.environ.get('PARLEY_PROP_EXAMPLES', '3'))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=list(HealthCheck))


def run_program(name, body, helpers=''):
    src = '''
public class %s {
%s
    public static void main(String[] args) {
%s
    }
}''' % (name, helpers, body)
    out = compile_java({name + '.java': src})
    expected = run_java(out, name)
    actual = run_parley_java(out, name)
    assert_same(expected, actual, expected_name='java', actual_name='parley')


def double_bits(x):
    return struct.unpack('<q', struct.pack('<d', x))[0]


def float_bits(x):
    return struct.unpack('<i', struct.pack('<f', x))[0]


# doubles: raw bit patterns (every exponent), "decimal-looking" values and
# integers, the interesting ranges of Java's layout rules
DOUBLES = st.one_of(
    st.integers(-(1 << 63), (1 << 63) - 1).map(lambda b: 'Double.longBitsToDouble(%dL)' % b),
    st.floats(allow_nan=True, allow_infinity=True).map(
        lambda x: 'Double.longBitsToDouble(%dL)' % double_bits(x)),
    st.tuples(st.integers(-10 ** 9, 10 ** 9), st.integers(-30, 30)).map(
        lambda t: '%de%d' % t),
    st.tuples(st.integers(0, 10 ** 6), st.integers(0, 8)).map(
        lambda t: '%d.0 / %d' % (t[0], 10 ** t[1])),
)

FLOATS = st.one_of(
    st.integers(-(1 << 31), (1 << 31) - 1).map(lambda b: 'Float.intBitsToFloat(%d)' % b),
    st.floats(width=32).map(lambda x: 'Float.intBitsToFloat(%d)' % float_bits(x)),
    st.tuples(st.integers(-10 ** 7, 10 ** 7), st.integers(-12, 12)).map(
        lambda t: '%de%df' % t),
)


@SETTINGS
@given(st.lists(DOUBLES, min_size=10, max_size=40), st.lists(FLOATS, min_size=5, max_size=25))
def test_double_and_float_text(doubles, floats):
    lines = []
    for e in doubles:
        lines.append('        { double v = %s; System.out.println(v + " " + String.valueOf(v) + " " + '
                     'Double.toString(-v) + " " + (float) v + " " + Double.valueOf(v).hashCode() + " " + '
                     'Double.compare(v, 0.5)); }' % e)
    for e in floats:
        lines.append('        { float v = %s; System.out.println(v + " " + Float.toString(v) + " " + '
                     '(double) v + " " + Float.floatToIntBits(v)); }' % e)
    run_program('PropDoubles', '\n'.join(lines))


INTS = st.one_of(st.integers(-(1 << 31), (1 << 31) - 1), st.integers(-300, 300))
LONGS = st.one_of(st.integers(-(1 << 63), (1 << 63) - 1), st.integers(-300, 300))


@SETTINGS
@given(st.lists(INTS, min_size=5, max_size=30), st.lists(LONGS, min_size=5, max_size=30),
       st.lists(st.integers(2, 36), min_size=1, max_size=4))
def test_integer_text(ints, longs, radixes):
    lines = []
    for v in ints:
        lit = '(%d)' % v if v != -(1 << 31) else 'Integer.MIN_VALUE'
        lines.append('        { int v = %s; System.out.println(v + " " + Integer.toHexString(v) + " " + '
                     'Integer.toOctalString(v) + " " + Integer.toBinaryString(v) + " " + Integer.bitCount(v) + " " + '
                     'Integer.reverse(v) + " " + Integer.numberOfLeadingZeros(v) + " " + Integer.highestOneBit(v) + " " + '
                     'Integer.toUnsignedString(v) + " " + (Integer.valueOf(v) == Integer.valueOf(v)) + " " + '
                     'Integer.parseInt(Integer.toString(v, %d), %d) + " " + Integer.toString(v, %d) + " " + '
                     'Integer.signum(v) + " " + Math.abs(v) + " " + Math.floorMod(v, 7) + " " + Math.floorDiv(v, -3)); }'
                     % (lit, radixes[0], radixes[0], radixes[-1]))
    for v in longs:
        lit = '(%dL)' % v if v != -(1 << 63) else 'Long.MIN_VALUE'
        lines.append('        { long v = %s; System.out.println(v + " " + Long.toHexString(v) + " " + '
                     'Long.toString(v, %d) + " " + Long.bitCount(v) + " " + Long.numberOfTrailingZeros(v) + " " + '
                     'Long.valueOf(v).hashCode() + " " + Long.parseLong(String.valueOf(v)) + " " + '
                     'Long.toUnsignedString(v) + " " + (double) v + " " + (float) v + " " + Long.reverseBytes(v)); }'
                     % (lit, radixes[0]))
    run_program('PropInts', '\n'.join(lines))


# ---- String.format ------------------------------------------------------------------

FLAG_SETS = st.lists(st.sampled_from(['-', '#', '+', ' ', '0', ',', '(']), max_size=2, unique=True)
CONVERSIONS = st.sampled_from(['d', 'x', 'X', 'o', 'f', 'e', 'E', 'g', 'G', 's', 'S', 'c', 'b', 'h', 'a'])
ARGS = st.one_of(
    INTS.map(lambda v: '(%d)' % v if v != -(1 << 31) else 'Integer.MIN_VALUE'),
    st.integers(-(1 << 62), 1 << 62).map(lambda v: '(%dL)' % v),
    DOUBLES,
    FLOATS,
    st.sampled_from(['"text"', '"Stra\\u00dfe"', "'c'", 'true', 'null', '(byte) -5', '(short) 300',
                     'new StringBuilder("sb")']),
)


def spec(t):
    flags, width, prec, conv = t
    out = '%' + ''.join(flags)
    if width is not None:
        out += str(width)
    if prec is not None:
        out += '.' + str(prec)
    return out + conv


SPECS = st.tuples(FLAG_SETS, st.one_of(st.none(), st.integers(1, 25)),
                  st.one_of(st.none(), st.integers(0, 12)), CONVERSIONS).map(spec)


def value_hashed(case):
    """%h of a StringBuilder prints its identity hash, which no two VMs (nor
    two Parley runs: untranslated it is CPython's id) agree on; every other
    argument's hashCode is defined by its value."""
    fmt, arg = case
    return not (fmt.endswith('h') and arg.startswith('new StringBuilder'))


@SETTINGS
@given(st.lists(st.tuples(SPECS, ARGS).filter(value_hashed), min_size=10, max_size=40))
def test_format_patterns(cases):
    lines = []
    for fmt, arg in cases:
        lines.append('        f("%s", %s);' % (fmt, arg))
    helpers = '''
    static void f(String fmt, Object arg) {
        try {
            System.out.println(fmt + " [" + String.format(fmt, arg) + "]");
        } catch (RuntimeException e) {
            System.out.println(fmt + " " + e);
        }
    }'''
    run_program('PropFormat', '\n'.join(lines), helpers)


# ---- parsing and strings ---------------------------------------------------------------

NUMBER_TEXT = st.one_of(
    st.from_regex(r'\A[ +-]?[0-9]{0,12}(\.[0-9]{0,6})?([eE][+-]?[0-9]{1,3})?[fFdD]?\Z'),
    st.from_regex(r'\A[+-]?[0-9a-fA-F]{1,10}\Z'),
    st.sampled_from(['NaN', '-Infinity', 'Infinity', '0x1.8p3', '1_0', '', ' ', '1..2',
                     '2147483648', '-2147483648', '9223372036854775808', '00012', '+', '-']),
)


@SETTINGS
@given(st.lists(NUMBER_TEXT, min_size=10, max_size=40), st.integers(2, 36))
def test_number_parsing(texts, radix):
    # no lambdas (invokedynamic LambdaMetafactory): expand each call inline
    lines = []
    for s in texts:
        lit = '"%s"' % s.replace('\\', '\\\\').replace('"', '\\"')
        for expr in ['Integer.parseInt(%s)', 'Integer.parseInt(%%s, %d)' % radix, 'Long.parseLong(%s)',
                     'Double.parseDouble(%s)', 'Float.parseFloat(%s)', 'Short.parseShort(%s)',
                     'Integer.decode(%s)']:
            call = expr % lit
            lines.append('        try { System.out.println(%s); } catch (NumberFormatException e) '
                         '{ System.out.println(e.getMessage()); }' % call)
    run_program('PropParse', '\n'.join(lines))


WORDS = st.text(alphabet='ab, .;:|xyzAB1 \t-', min_size=0, max_size=14)
REGEXES = st.sampled_from([',', ' ', '\\\\s+', '\\\\s*,\\\\s*', '[,;]', '\\\\|', ' +', '\\\\.', 'a', 'ab',
                           '[a-c]+', '\\\\d', 'x|y', '(a)(b)', '-', ':'])


@SETTINGS
@given(st.lists(st.tuples(WORDS, WORDS, REGEXES, st.integers(-2, 3)), min_size=5, max_size=25))
def test_string_operations(cases):
    lines = []
    for a, b, rx, n in cases:
        la = '"%s"' % a.replace('\\', '\\\\').replace('\t', '\\t')
        lb = '"%s"' % b.replace('\\', '\\\\').replace('\t', '\\t')
        lines.append('        { String a = %s, b = %s; String[] parts = a.split("%s", %d); '
                     'System.out.println(parts.length + " " + String.join("/", parts) + " " + a.split("%s").length + " " + '
                     'a.indexOf(b) + " " + a.lastIndexOf(b) + " " + a.compareTo(b) + " " + a.compareToIgnoreCase(b) + " " + '
                     'a.replace(b, "#") + " " + a.contains(b) + " " + a.trim() + "|" + a.strip() + "|" + a.toUpperCase() + " " + '
                     'a.replaceAll("%s", "<$0>") + " " + a.matches("%s") + " " + a.hashCode() + " " + '
                     'new StringBuilder(a).reverse().insert(0, b).toString() + " " + a.startsWith(b) + a.endsWith(b)); }'
                     % (la, lb, rx, n, rx, rx, rx))
    run_program('PropStrings', '\n'.join(lines))
