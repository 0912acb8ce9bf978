using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

// Arrays used through the collection interfaces they implement in the CLR
// (IEnumerable<T>, ICollection<T>, IList<T>, IReadOnlyList<T>, IEnumerable).
class ArraysAsSequences
{
    static int Total(IEnumerable<int> xs)
    {
        int t = 0;
        foreach (int x in xs)
            t += x;
        return t;
    }

    static string Describe<T>(IList<T> list)
    {
        return list.Count + ":" + list[0] + ":" + list.IndexOf(list[list.Count - 1]) + ":" + list.Contains(list[0]);
    }

    static int Untyped(IEnumerable xs)
    {
        int n = 0;
        foreach (object o in xs)
            n++;
        return n;
    }

    static void Main()
    {
        int[] a = { 3, 1, 4, 1, 5 };
        string[] s = { "x", "y" };
        Console.WriteLine(Total(a));
        Console.WriteLine(Describe(a) + " " + Describe(s));
        Console.WriteLine(Untyped(a) + " " + Untyped(s));
        IReadOnlyList<string> ro = s;
        Console.WriteLine(ro.Count + ro[1]);
        ICollection<int> c = a;
        Console.WriteLine(c.Count + " " + c.IsReadOnly);
        try
        {
            c.Add(9);
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine(e.Message);
        }
        IEnumerable<object> covariant = s;
        Console.WriteLine(covariant.Count());
        var e2 = ((IEnumerable<int>)a).GetEnumerator();
        while (e2.MoveNext())
            Console.Write(e2.Current);
        Console.WriteLine();
        object boxed = a;
        Console.WriteLine((boxed is IEnumerable<int>) + " " + (boxed is IList<int>) + " " + (boxed is IEnumerable) + " " + (boxed is IList<long>));
    }
}
