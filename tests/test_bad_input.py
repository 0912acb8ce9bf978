"""Bad input never crashes Parley and never shows a Python traceback: it is
reported as the real VMs report it (compared with `java` / `mono` where
they define the report), naming the file and the problem."""
import os
import shutil
import tempfile
from hypothesis import given, settings, strategies as st, HealthCheck
from harness import (compile_java, compile_cs, run_java, run_mono,
                     run_parley, run_parley_java, assert_same, first_line,
                     translated)

GOOD_JAVA = {'Bad.java': '''
public class Bad {
    static int twice(int x) { return 2 * x; }
    public static void main(String[] args) {
        System.out.println("ok " + twice(21));
    }
}'''}


def good_class_bytes():
    out = compile_java(GOOD_JAVA)
    with open(os.path.join(out, 'Bad.class'), 'rb') as f:
        return f.read()


def write_class(data):
    d = tempfile.mkdtemp(prefix='parley-bad-')
    with open(os.path.join(d, 'Bad.class'), 'wb') as f:
        f.write(data)
    return d


def assert_no_crash(res):
    text = res.stderr.decode('utf-8', 'replace')
    assert 'Traceback' not in text, text
    assert 'Fatal RPython error' not in text, text
    assert res.status >= 0, 'killed by signal %d' % -res.status
    if res.status != 0:
        assert text.strip(), 'non-zero status without a message'


def error_class(line):
    """'\tjava.lang.ClassFormatError: Incompatible ...' -> the class name."""
    return line.strip().split(':')[0]


def compare_with_java(data):
    d = write_class(data)
    try:
        expected = run_java(d, 'Bad')
        actual = run_parley_java(d, 'Bad')
    finally:
        shutil.rmtree(d)
    assert_no_crash(actual)
    assert_same(expected, actual, expected_name='java', actual_name='parley')
    if expected.status != 0:
        exp_lines = expected.stderr.decode('utf-8').splitlines()
        act_lines = actual.stderr.decode('utf-8').splitlines()
        assert len(act_lines) >= 2, act_lines
        # the same Java error class names the problem on the second line
        assert error_class(act_lines[1]) == error_class(exp_lines[1]), (exp_lines, act_lines)
    return actual


def test_good_class_file_runs():
    res = compare_with_java(good_class_bytes())
    assert res.stdout == b'ok 42\n'


def test_bad_magic():
    data = good_class_bytes()
    res = compare_with_java(b'\xca\xfe\xba\xbf' + data[4:])
    assert b'Incompatible magic value 3405691583 in class file Bad' in res.stderr


def test_unsupported_version():
    data = good_class_bytes()
    res = compare_with_java(data[:6] + b'\x00\x63' + data[8:])
    assert b'UnsupportedClassVersionError' in res.stderr


def test_truncated():
    data = good_class_bytes()
    for cut in [10, 40, len(data) // 2, len(data) - 1]:
        compare_with_java(data[:cut])


def test_unknown_constant_tag():
    data = good_class_bytes()
    # the first constant-pool entry starts at offset 10
    compare_with_java(data[:10] + b'\x63' + data[11:])


def test_bad_constant_pool_index():
    data = bytearray(good_class_bytes())
    # this_class is the u2 after the pool; find it from the end of the pool
    # by corrupting the first Methodref's class index instead (offset 11..12)
    assert data[10] == 10   # CONSTANT_Methodref
    data[11] = 0x7f
    data[12] = 0xff
    compare_with_java(bytes(data))


def test_unknown_main_class():
    out = compile_java(GOOD_JAVA)
    expected = run_java(out, 'NoSuchClass')
    actual = run_parley_java(out, 'NoSuchClass')
    assert_no_crash(actual)
    assert_same(expected, actual)


def test_missing_class_file_argument():
    res = run_parley(['/nonexistent/Missing.class'])
    assert_no_crash(res)
    assert res.status != 0
    assert b'/nonexistent/Missing.class' in first_line(res.stderr)


def test_no_arguments_and_unknown_option():
    res = run_parley([])
    assert_no_crash(res)
    assert res.status == 2
    res = run_parley(['--frobnicate'])
    assert_no_crash(res)
    assert res.status == 2 and b'--frobnicate' in res.stderr


def test_help_and_version():
    res = run_parley(['--help'])
    assert res.status == 0 and b'Usage: parley' in res.stdout
    res = run_parley(['--version'])
    assert res.status == 0 and res.stdout.startswith(b'parley ')


@settings(max_examples=40 if translated() else 8, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(st.data())
def test_random_class_corruption(data):
    good = good_class_bytes()
    kind = data.draw(st.sampled_from(['flip', 'truncate', 'overwrite']))
    b = bytearray(good)
    if kind == 'truncate':
        b = b[:data.draw(st.integers(0, len(b) - 1))]
    elif kind == 'flip':
        for _ in range(data.draw(st.integers(1, 4))):
            i = data.draw(st.integers(0, len(b) - 1))
            b[i] ^= data.draw(st.integers(1, 255))
    else:
        i = data.draw(st.integers(0, len(b) - 1))
        chunk = data.draw(st.binary(min_size=1, max_size=16))
        b[i:i + len(chunk)] = chunk
    d = write_class(bytes(b))
    try:
        res = run_parley_java(d, 'Bad')
    finally:
        shutil.rmtree(d)
    assert_no_crash(res)


# ---- CLI images -------------------------------------------------------------------

GOOD_CS = {'Good.cs': '''
using System;
class Good { static int Twice(int x) { return 2 * x; }
  static void Main() { Console.WriteLine("ok " + Twice(21)); } }'''}


def good_exe_bytes():
    exe = compile_cs(GOOD_CS, out='Good.exe')
    with open(exe, 'rb') as f:
        return f.read()


def run_both_on_image(data):
    d = tempfile.mkdtemp(prefix='parley-badimg-')
    path = os.path.join(d, 'prog.exe')
    with open(path, 'wb') as f:
        f.write(data)
    try:
        return run_mono(path), run_parley([path]), path
    finally:
        shutil.rmtree(d)


def test_good_image_runs():
    expected, actual, _ = run_both_on_image(good_exe_bytes())
    assert_same(expected, actual)
    assert actual.stdout == b'ok 42\n'


def test_missing_assembly():
    expected = run_mono('/nonexistent/prog.exe')
    actual = run_parley(['/nonexistent/prog.exe'])
    assert_no_crash(actual)
    assert_same(expected, actual)


def check_bad_image(data):
    expected, actual, path = run_both_on_image(data)
    assert_no_crash(actual)
    assert expected.status == 2      # mono refuses the image
    assert actual.status == 2
    line = first_line(actual.stderr).decode('utf-8')
    assert line.startswith("Cannot open assembly '%s': File does not contain a valid CIL image" % path), line


def test_not_an_image():
    check_bad_image(b'this is not a PE file at all\n' * 3)


def test_truncated_images():
    data = good_exe_bytes()
    for cut in [0, 2, 64, 200, 400]:
        check_bad_image(data[:cut])


@settings(max_examples=40 if translated() else 8, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(st.data())
def test_random_image_corruption(data):
    good = good_exe_bytes()
    b = bytearray(good)
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(b) - 1))
        b[i] ^= data.draw(st.integers(1, 255))
    d = tempfile.mkdtemp(prefix='parley-badimg-')
    path = os.path.join(d, 'prog.exe')
    with open(path, 'wb') as f:
        f.write(bytes(b))
    try:
        res = run_parley([path])
    finally:
        shutil.rmtree(d)
    assert_no_crash(res)
