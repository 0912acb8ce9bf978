using System;

// An uncaught exception passing finally blocks: every frame stays in the
// trace, each at the offset where the exception left it.
class FinallyUncaught
{
    static int Check(int x)
    {
        if (x > 2)
            throw new InvalidOperationException("big " + x);
        return x;
    }

    static int Sum(int n)
    {
        int s = 0;
        try
        {
            for (int i = 0; i < n; i++)
                s += Check(i);
        }
        finally
        {
            Console.WriteLine("finally in Sum");
        }
        return s;
    }

    static int Outer(int n)
    {
        try
        {
            return Sum(n) * 2;
        }
        finally
        {
            Console.WriteLine("finally in Outer");
        }
    }

    static void Main()
    {
        Console.WriteLine(Outer(5));
    }
}
