// Two-pass exception handling (ECMA-335 I.12.4.2.5): the filters of outer
// frames run before the finally blocks of the frames the exception leaves.
using System;

class FilterOrder {
    static bool Log(string s) { Console.WriteLine(s); return true; }

    static void Inner() {
        try {
            throw new Exception("boom");
        } finally {
            Console.WriteLine("inner finally");
        }
    }

    static void Main() {
        try {
            Inner();
        } catch (Exception e) when (Log("outer filter")) {
            Console.WriteLine("handler " + e.Message);
        }
    }
}
