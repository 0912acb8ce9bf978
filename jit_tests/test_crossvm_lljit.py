"""Untranslated, with RPython's own JIT test support (LLJitMixin): a Java
loop calling a C# static method in every iteration is traced through both
interpreters; the loop the JIT produces contains the C# method's work and no
call into either interpreter (no call_assembler, no residual calls), and
allocates no frame.

The classes are loaded before meta_interp, untranslated; the traced function
only runs the Java method, so the JIT sees the loaded classes as prebuilt
constants."""
import pytest
from rpython.jit.metainterp.test.support import LLJitMixin
from harness import compile_java, compile_cs, parley_stubs

CALC_CS = '''
public class Calc {
    public static int Add(int a, int b) { return a + b; }
}
'''

LOOP_JAVA = '''
import cli.Calc;
public class CrossLoop {
    static int run(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = Calc.Add(s, i);
        }
        return s;
    }
}
'''


def load_run_method():
    from parley.interop.coordinator import coordinator
    dll = compile_cs({'Calc.cs': CALC_CS}, out='Calc.dll', target='library')
    stubs = parley_stubs([dll])
    classes = compile_java({'CrossLoop.java': LOOP_JAVA}, classpath=[stubs])
    coordinator.jvm.classpath = [classes]
    coordinator.clr.load_assembly(dll)
    cls = coordinator.jvm.load_class('CrossLoop')
    coordinator.jvm.initialize(cls)
    m = cls.methods_by_key['run(I)I']
    # resolve the call sites once, as the interpreter would before tracing
    from parley.interop.model import W_Int
    m.invoke([W_Int(3)])
    return m


class TestCrossVmJit(LLJitMixin):
    def test_cross_vm_call_inlined(self):
        from lljit_support import make_entry
        f = make_entry(load_run_method())
        res = self.meta_interp(f, [300], listops=True, backendopt=True,
                               inline=True)
        assert res == sum(range(300))
        # a loop was compiled, and no call of any kind stayed in it
        self.check_trace_count_at_most(4)
        self.check_simple_loop(call_assembler_i=0, call_assembler_r=0,
                               call_assembler_n=0, call_i=0, call_r=0,
                               call_n=0, call_may_force_i=0,
                               call_may_force_r=0, call_may_force_n=0,
                               new_array=0, new_array_clear=0, new=0,
                               new_with_vtable=0)
