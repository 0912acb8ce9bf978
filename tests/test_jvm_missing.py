"""A program that uses a part of the Java library Parley does not have must
fail with a clear Java error naming what is missing, never a crash: exit
status 1, `start` printed before, and the uncaught report's first line
naming the class (NoClassDefFoundError) or the member (NoSuchMethodError).

Here `java` runs these programs successfully, so the expected report
cannot come from it: the test asserts the report's prefix."""
import pytest
from harness import compile_java, run_parley_java, run_java

PROGRAMS = {
    'UsesStreamOf': ('''
import java.util.stream.*;
public class UsesStreamOf {
    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(Stream.of(1, 2, 3).count());
    }
}''', 'Exception in thread "main" java.lang.NoClassDefFoundError: java/util/stream/Stream'),
    'UsesListStream': ('''
import java.util.*;
import java.util.stream.*;
public class UsesListStream {
    public static void main(String[] args) {
        System.out.println("start");
        List<Integer> xs = Arrays.asList(3, 1, 2);
        System.out.println(xs.stream().map(x -> x * 2).collect(Collectors.toList()));
    }
}''', 'Exception in thread "main" java.lang.NoSuchMethodError: '
      "'java.util.stream.Stream java.util.List.stream()'"),
    'UsesRegex': ('''
import java.util.regex.*;
public class UsesRegex {
    public static void main(String[] args) {
        System.out.println("start");
        Pattern p = Pattern.compile("a+b");
        System.out.println(p.matcher("aab").matches());
    }
}''', 'Exception in thread "main" java.lang.NoClassDefFoundError: java/util/regex/Pattern'),
    'UsesThread': ('''
public class UsesThread {
    public static void main(String[] args) throws Exception {
        System.out.println("start");
        Thread t = new Thread(() -> System.out.println("in thread"));
        t.start();
        t.join();
    }
}''', 'Exception in thread "main" java.lang.NoClassDefFoundError: java/lang/Thread'),
}


@pytest.mark.parametrize('name', sorted(PROGRAMS))
def test_missing_library_part_is_reported(name):
    src, first = PROGRAMS[name]
    out = compile_java({name + '.java': src})
    assert run_java(out, name).status == 0      # the program itself is fine
    res = run_parley_java(out, name)
    assert res.status == 1, res
    assert res.stdout == b'start\n'
    lines = res.stderr.decode('utf-8').splitlines()
    assert lines and lines[0] == first, res.stderr
    assert lines[1].startswith('\tat %s.main(%s.java:' % (name, name)), res.stderr
    assert b'Traceback' not in res.stderr
