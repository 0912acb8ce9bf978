using System;
using System.Runtime.InteropServices;

// P/Invoke is out of scope: a call fails with DllNotFoundException, as Mono
// fails one whose library is missing; the uncaught report names the library.
class PInvokeMissing
{
    [DllImport("parley_no_such_library")]
    static extern int Compute(int x);

    [DllImport("parley_other_missing", EntryPoint = "entry")]
    static extern void Other();

    static int Depth(int n)
    {
        if (n == 0)
            throw new InvalidOperationException("deep");
        return Depth(n - 1) + 1;
    }

    static void Main()
    {
        try { Compute(1); }
        catch (DllNotFoundException e) { Console.WriteLine("DNF " + e.Message); }
        try { Other(); }
        catch (TypeLoadException e) { Console.WriteLine(e.GetType().Name + " " + e.Message); }
        try { Depth(3); }
        catch (Exception e)
        {
            Console.WriteLine(e.StackTrace != null);
            Console.WriteLine(e.StackTrace.Contains("PInvokeMissing.Depth"));
            Console.WriteLine(e.StackTrace.Contains("PInvokeMissing.Main"));
        }
        Console.WriteLine(Compute(2));
    }
}
