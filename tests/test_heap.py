"""One heap, one GC (issue 5, "Data"): cycles through Java and C# objects
are collected like any other garbage, and java.lang.ref.WeakReference
works on objects of either VM.  The expected output is the all-Java
program's under `java`; on bin/parley the program makes three million
cross-VM cycles and its peak memory must stay within a fixed bound."""
import os
import subprocess
from harness import (compile_java, compile_cs, run_java, run_parley_java,
                     parley_stubs, assert_same, translated, parley_command)

NODE_CS = '''namespace Heap { public class Node { public object Peer; public int V;
  public Node(int v) { V = v; } } }'''
NODE_JAVA = '''package cli.Heap; public class Node { public Object Peer; public int V;
  public Node(int v) { V = v; } }'''

CYCLES = '''
import cli.Heap.Node;
import java.lang.ref.WeakReference;
public class Cycles {
  static class JNode { Object peer; int v; JNode(int v) { this.v = v; } }
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    long sum = 0;
    Object[] keep = new Object[1000];  // the cycles escape to the heap, then die
    for (int i = 0; i < n; i++) {
      JNode j = new JNode(i);
      Node c = new Node(i);
      j.peer = c; c.Peer = j;          // a cycle through both VMs
      keep[i % keep.length] = j;
      sum += ((JNode) c.Peer).v + ((Node) j.peer).V;
    }
    System.out.println(sum);
    JNode j = new JNode(1); Node c = new Node(2); j.peer = c; c.Peer = j;
    WeakReference<Object> wj = new WeakReference<>(j);
    WeakReference<Object> wc = new WeakReference<>(c);
    System.out.println((wj.get() == j) + " " + (wc.get() == c));
    j = null; c = null;
    System.gc();
    System.out.println((wj.get() == null) + " " + (wc.get() == null));
  }
}
'''

# Peak resident memory allowed.  RPython's collector lets the heap grow to
# a plateau (about 260 MB on this machine) and then keeps it there: twice
# as many cycles must not need more memory than that (kept alive, 6
# million cycles would need far more than the bound).
MAX_RSS_KB = 512 * 1024


def test_cross_vm_cycles_are_collected():
    n = 3000000 if translated() else 2000
    dll = compile_cs({'Node.cs': NODE_CS}, out='Node.dll', target='library')
    stubs = parley_stubs([dll])
    classes = compile_java({'Cycles.java': CYCLES}, classpath=[stubs])
    reference = compile_java({'Cycles.java': CYCLES, 'cli/Heap/Node.java': NODE_JAVA})
    expected = run_java(reference, 'Cycles', [str(n)])
    assert expected.status == 0, expected.stderr
    actual = run_parley_java(classes, 'Cycles', [str(n)], references=[dll])
    assert_same(expected, actual, expected_name='java (all-Java)',
                actual_name='parley (Java+C#)')
    if translated():
        rss = {}
        for count in (n, 2 * n):
            cmd = ['/usr/bin/time', '-f', '%M'] + parley_command() + [
                '-cp', classes, '-r', dll, 'Cycles', str(count)]
            p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            out, err = p.communicate()
            assert p.returncode == 0, err
            rss[count] = int(err.decode().strip().splitlines()[-1])
            assert rss[count] < MAX_RSS_KB, \
                'peak RSS %d KB for %d cross-VM cycles' % (rss[count], count)
        # a fixed bound: doubling the garbage does not grow the peak
        assert rss[2 * n] < rss[n] * 1.25 + 20 * 1024, rss
