// C# exception filters (catch ... when): mcs compiles them to filter blocks.
using System;

class CodeException : Exception {
    public int Code;
    public CodeException(int code) : base("code " + code) { Code = code; }
}

class CatchWhen {
    static int filterRuns;

    static bool Log(string what, bool result) {
        filterRuns++;
        Console.WriteLine("filter " + what + " -> " + result);
        return result;
    }

    static void Throw(int code) {
        throw new CodeException(code);
    }

    static string Classify(int code) {
        try {
            Throw(code);
            return "none";
        } catch (CodeException e) when (e.Code < 0) {
            return "negative " + e.Code;
        } catch (CodeException e) when (e.Code % 2 == 0) {
            return "even " + e.Code;
        } catch (CodeException e) when (Log("big", e.Code > 100)) {
            return "big " + e.Code;
        } catch (Exception e) {
            return "other " + e.Message;
        }
    }

    static int Outer(int code) {
        try {
            return Inner(code);
        } catch (CodeException e) when (Log("outer", e.Code == 7)) {
            return 70;
        }
    }

    static int Inner(int code) {
        try {
            Throw(code);
            return 0;
        } catch (CodeException e) when (Log("inner", e.Code == 3)) {
            return 30;
        }
    }

    static void Main() {
        foreach (int c in new int[] { -5, 4, 101, 9, 0 })
            Console.WriteLine(Classify(c));
        Console.WriteLine(Outer(3));
        Console.WriteLine(Outer(7));
        try {
            Outer(8);
        } catch (CodeException e) {
            Console.WriteLine("Main caught " + e.Message);
        }
        // a filter that reads and writes locals of its method
        int seen = 0;
        for (int i = 0; i < 6; i++) {
            try {
                if (i % 3 == 0) throw new InvalidOperationException("i=" + i);
                if (i % 3 == 1) throw new ArgumentException("i=" + i);
                Console.WriteLine("no throw " + i);
            } catch (Exception e) when ((seen += 1) > 0 && e is ArgumentException) {
                Console.WriteLine("argument " + e.Message + " seen " + seen);
            } catch (InvalidOperationException e) {
                Console.WriteLine("invalid " + e.Message + " seen " + seen);
            }
        }
        // a filter on a rethrow
        try {
            try {
                Throw(11);
            } catch (CodeException) {
                Console.WriteLine("rethrowing");
                throw;
            }
        } catch (CodeException e) when (e.Code == 11) {
            Console.WriteLine("rethrown " + e.Message);
        }
        // filters with finally blocks in the same method
        try {
            try {
                Throw(5);
            } finally {
                Console.WriteLine("finally before outer handler");
            }
        } catch (CodeException e) when (e.Code == 5) {
            Console.WriteLine("caught 5");
        } finally {
            Console.WriteLine("outer finally");
        }
        Console.WriteLine("filter runs " + filterRuns);
    }
}
