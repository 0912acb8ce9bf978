using System;
using System.Collections.Generic;

// Frames of generic types and methods, and parameters of every kind, as
// Mono names them.
class Outer
{
    public class Box<T>
    {
        public T V;

        public T Get(List<int> xs, ref int r, int[,] m, T extra, Outer.Inner i)
        {
            if (xs.Count > 0)
                throw new InvalidOperationException("box " + V + " " + r + " " + m.Length);
            return V;
        }

        public U Map<U>(Func<T, U> f, U[] us)
        {
            return Get2<U>(f, us);
        }

        U Get2<U>(Func<T, U> f, U[] us)
        {
            List<int> l = new List<int>();
            l.Add(1);
            int r = 3;
            Get(l, ref r, new int[2, 2], V, new Outer.Inner());
            return us[0];
        }
    }

    public struct Inner
    {
        public int X;
    }
}

class GenericFrames
{
    static Func<string, int> Length()
    {
        return s => s.Length;
    }

    static void Main()
    {
        var b = new Outer.Box<string>();
        b.V = "v";
        Func<string, int> f = Length();
        Console.WriteLine(b.Map<int>(f, new int[] { 1 }));
    }
}
