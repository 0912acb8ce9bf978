using System;

class ExceptionsArgs
{
    static void Show(Exception e)
    {
        Console.WriteLine(e.GetType().FullName + " [" + e.Message + "]");
    }

    static void Check(int x)
    {
        if (x < 0)
            throw new ArgumentOutOfRangeException("x", x, "must not be negative");
        if (x == 0)
            throw new ArgumentException("zero is not allowed", "x");
    }

    static void Main()
    {
        Show(new ArgumentException());
        Show(new ArgumentException("m"));
        Show(new ArgumentException("m", "p"));
        Show(new ArgumentNullException());
        Show(new ArgumentNullException("p"));
        Show(new ArgumentNullException("p", "m"));
        Show(new ArgumentOutOfRangeException());
        Show(new ArgumentOutOfRangeException("p"));
        Show(new ArgumentOutOfRangeException("p", "m"));
        Show(new ArgumentOutOfRangeException("p", 5, "m"));
        Show(new ApplicationException());
        Show(new SystemException());
        Show(new System.IO.IOException());
        Show(new System.Collections.Generic.KeyNotFoundException());
        Show(new TimeoutException());
        Show(new ObjectDisposedException("obj"));
        Show(new PlatformNotSupportedException());
        Show(new InvalidCastException());
        Show(new FormatException());
        Show(new Exception());
        Show(new Exception("plain"));
        Console.WriteLine(new ArgumentException("m", "p").ParamName + " " + new ArgumentNullException("q").ParamName + " [" + new ArgumentException("m").ParamName + "]");
        Console.WriteLine(new ArgumentOutOfRangeException("p", 7, "m").ActualValue);
        Console.WriteLine(new ArgumentException("m", "p").ToString());
        Console.WriteLine(new Exception("outer", new InvalidOperationException("inner")).ToString());
        Console.WriteLine(new Exception("outer", new Exception("inner")).InnerException.Message);
        foreach (int v in new int[] { 1, 0, -3 })
        {
            try
            {
                Check(v);
                Console.WriteLine(v + " ok");
            }
            catch (ArgumentOutOfRangeException e)
            {
                Console.WriteLine("range: " + e.Message + " / " + e.ParamName);
            }
            catch (ArgumentException e)
            {
                Console.WriteLine("arg: " + e.Message + " / " + e.ParamName);
            }
        }
        try
        {
            throw new ArgumentNullException("name", "Name is required");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e is ArgumentNullException);
            Console.WriteLine(e.Message);
        }
    }
}
