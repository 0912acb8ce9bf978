// Two-pass exception dispatch across several frames (ECMA-335 I.12.4.2.5):
// the first pass evaluates the filters from the throw point outward until
// one accepts (or a typed catch matches); only then do the finally blocks
// of the frames the exception leaves run, innermost first.
using System;

class FilterFrames {
    static bool Log(string s, bool result) {
        Console.WriteLine("  filter " + s + " -> " + result);
        return result;
    }

    static void Thrower(string msg) {
        try {
            throw new InvalidOperationException(msg);
        } finally {
            Console.WriteLine("  finally Thrower");
        }
    }

    static void Middle(string msg) {
        try {
            try {
                Thrower(msg);
            } catch (ArgumentException) {
                Console.WriteLine("  wrong catch");
            } finally {
                Console.WriteLine("  finally Middle inner");
            }
        } catch (Exception e) when (Log("Middle", e.Message == "middle")) {
            Console.WriteLine("  handler Middle " + e.Message);
        } finally {
            Console.WriteLine("  finally Middle outer");
        }
    }

    static void Outer(string msg) {
        try {
            Middle(msg);
        } catch (InvalidOperationException e) when (Log("Outer", e.Message == "outer")) {
            Console.WriteLine("  handler Outer " + e.Message);
        } finally {
            Console.WriteLine("  finally Outer");
        }
    }

    static void TypedInMiddle() {
        try {
            try {
                Thrower("typed");
            } catch (InvalidOperationException e) {
                Console.WriteLine("  typed catch " + e.Message);
            } finally {
                Console.WriteLine("  finally TypedInMiddle");
            }
        } catch (Exception) when (Log("never", true)) {
            Console.WriteLine("  wrong handler");
        }
    }

    static void Rethrower() {
        try {
            Thrower("rethrown");
        } catch (Exception) when (Log("Rethrower", true)) {
            Console.WriteLine("  handler Rethrower, rethrow");
            try {
                throw;
            } finally {
                Console.WriteLine("  finally in handler");
            }
        } finally {
            Console.WriteLine("  finally Rethrower");
        }
    }

    static void Main() {
        foreach (string m in new string[] { "middle", "outer", "main" }) {
            Console.WriteLine(m + ":");
            try {
                Outer(m);
            } catch (Exception e) when (Log("Main", true)) {
                Console.WriteLine("  handler Main " + e.Message);
            }
        }
        Console.WriteLine("typed:");
        TypedInMiddle();
        Console.WriteLine("rethrow:");
        try {
            Rethrower();
        } catch (Exception e) when (Log("Main rethrow " + e.Message, true)) {
            Console.WriteLine("  handler Main");
        }
    }
}
