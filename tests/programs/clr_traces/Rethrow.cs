using System;

// `throw;` keeps the trace and the catching frame appears at the rethrow;
// `throw e` of a caught exception starts its trace anew.
class Rethrow
{
    static int Check(int x)
    {
        if (x > 2)
            throw new ArgumentException("big " + x);
        return x;
    }

    static int Keep(int n)
    {
        try
        {
            return Check(n) + 1;
        }
        catch (ArgumentException)
        {
            Console.WriteLine("rethrow");
            throw;
        }
    }

    static int Restart(int n)
    {
        try
        {
            return Keep(n) + 1;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("throw e: " + e.Message);
            throw e;
        }
    }

    static void Main()
    {
        try
        {
            Keep(7);
        }
        catch (Exception e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        Console.WriteLine(Restart(9));
    }
}
