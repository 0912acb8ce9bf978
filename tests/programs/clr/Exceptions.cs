using System;
class MyException : Exception {
    public int Code;
    public MyException(string m, int code) : base(m) { Code = code; }
}
class Program {
    static int Depth(int n) {
        if (n == 0) throw new MyException("bottom", 7);
        return Depth(n - 1) + 1;
    }
    static void Main(string[] args) {
        try { Depth(5); } catch (MyException e) { Console.WriteLine("caught " + e.Message + " " + e.Code); }
        try { int[] a = new int[2]; a[3] = 1; }
        catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { object o = null; o.ToString(); }
        catch (NullReferenceException) { Console.WriteLine("nre"); }
        try { Console.WriteLine(1 / args.Length); }
        catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        try { throw new InvalidOperationException("state"); }
        catch (Exception e) { Console.WriteLine(e.Message); }
        finally { Console.WriteLine("finally"); }
        try { try { throw new ArgumentException("inner"); } finally { Console.WriteLine("inner finally"); } }
        catch (ArgumentException e) { Console.WriteLine("outer " + e.Message); }
        for (int i = 0; i < 3; i++) {
            try { if (i == 1) continue; Console.WriteLine("body " + i); }
            finally { Console.WriteLine("cleanup " + i); }
        }
    }
}
