// Two-pass dispatch with exceptions inside filters and finally blocks: a
// nested exception has its own first pass, which stops at the filter it
// runs in, and does not disturb the outer exception's dispatch (whose
// filters run once); rethrow after a nested handler.
using System;

class FilterNested {
    static int count;

    static bool Log(string s, bool result) {
        Console.WriteLine("  filter " + s + " -> " + result);
        return result;
    }

    // throws and catches inside a filter: its own finally and filters run
    static bool Probe(string s) {
        try {
            try {
                throw new ArgumentException("probe " + s);
            } finally {
                Console.WriteLine("  probe finally " + s);
            }
        } catch (ArgumentException e) when (Log("probe " + e.Message, true)) {
            Console.WriteLine("  probe handler " + s);
        }
        return s == "accept";
    }

    static void Thrower(string msg) {
        try {
            throw new InvalidOperationException(msg);
        } finally {
            Console.WriteLine("  finally Thrower, nested:");
            try {
                try {
                    throw new FormatException("in finally");
                } finally {
                    Console.WriteLine("  nested finally");
                }
            } catch (FormatException e) when (Log("nested " + e.Message, true)) {
                Console.WriteLine("  nested handler");
            }
        }
    }

    static void Middle(string msg) {
        try {
            Thrower(msg);
        } catch (Exception e) when (Log("Middle", Probe(e.Message))) {
            Console.WriteLine("  handler Middle " + e.Message);
        } finally {
            Console.WriteLine("  finally Middle");
        }
    }

    static void Counting() {
        try {
            try {
                throw new Exception("counted");
            } finally {
                Console.WriteLine("  finally Counting");
            }
        } catch (Exception) when (++count > 100) {
            Console.WriteLine("  wrong handler");
        }
    }

    // rethrow after a nested handler rethrows the enclosing handler's exception
    static void RethrowAfterNested() {
        try {
            throw new Exception("A");
        } catch (Exception) when (Log("A", true)) {
            try {
                throw new Exception("B");
            } catch (Exception e) when (Log(e.Message, true)) {
                Console.WriteLine("  caught B");
            }
            throw;
        }
    }

    static void Main() {
        foreach (string m in new string[] { "accept", "decline" }) {
            Console.WriteLine(m + ":");
            try {
                Middle(m);
            } catch (Exception e) when (Log("Main", true)) {
                Console.WriteLine("  handler Main " + e.Message);
            }
        }
        Console.WriteLine("rethrow:");
        try {
            RethrowAfterNested();
        } catch (Exception e) {
            Console.WriteLine("  outer " + e.Message);
        }
        Console.WriteLine("count:");
        for (int i = 0; i < 3; i++) {
            try {
                Counting();
            } catch (Exception e) when (Log("count " + count, e.Message == "counted")) {
                Console.WriteLine("  handler " + count);
            }
        }
    }
}
