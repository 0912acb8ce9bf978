// Handlers inside handlers: `throw;` after a nested try/catch rethrows the
// enclosing handler's exception; a try/catch or try/finally inside a
// finally block that an exception runs leaves that exception going on.
using System;

class NestedHandlers {
    static void RethrowAfterNested() {
        try {
            throw new Exception("A");
        } catch (Exception) {
            try { throw new Exception("B"); } catch (Exception e) { Console.WriteLine("caught " + e.Message); }
            throw;
        }
    }

    static void Loop() {
        for (int i = 0; i < 3; i++) {
            try {
                throw new Exception("L" + i);
            } catch (Exception) {
                try { throw new Exception("inner" + i); } catch (Exception) { }
                try { throw; } catch (Exception e) { Console.WriteLine("rethrown " + e.Message); }
            }
        }
    }

    static void FinallyWithHandlers() {
        try {
            throw new InvalidOperationException("C");
        } finally {
            try { throw new Exception("D"); } catch (Exception e) { Console.WriteLine("in finally " + e.Message); }
            try { Console.WriteLine("inner try"); } finally { Console.WriteLine("inner finally"); }
        }
    }

    static void Main() {
        try { RethrowAfterNested(); } catch (Exception e) { Console.WriteLine("outer " + e.Message); }
        Loop();
        try { FinallyWithHandlers(); } catch (Exception e) { Console.WriteLine("after " + e.Message); }
        try {
            try { Console.WriteLine("leave through nested finally blocks"); }
            finally {
                try { Console.WriteLine("finally 1"); } finally { Console.WriteLine("finally 2"); }
                Console.WriteLine("finally 3");
            }
        } catch (Exception e) { Console.WriteLine("wrong " + e.Message); }
    }
}
