// Test input for tests/clr/test_metadata.py (compiled with mcs -unsafe).
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Geometry
{
    public struct Point
    {
        public int X;
        public int Y;
        public Point(int x, int y) { X = x; Y = y; }
        public int LengthSquared { get { return X * X + Y * Y; } }
    }

    public interface IShape
    {
        double Area();
    }

    public class Box<T> : IShape where T : IComparable<T>
    {
        private T value;
        public Box(T v) { value = v; }
        public T Value { get { return value; } set { this.value = value; } }
        public double Area() { return 1.0; }
        public U Convert<U>(Func<T, U> f) { return f(value); }

        public class Inner
        {
            public int Depth;
        }
    }

    [StructLayout(LayoutKind.Explicit, Size = 16)]
    public struct Overlay
    {
        [FieldOffset(0)] public long Whole;
        [FieldOffset(0)] public int Low;
        [FieldOffset(4)] public int High;
    }

    public delegate void Changed(object sender, int newValue);

    public class Counter
    {
        public const int Limit = 42;
        public event Changed OnChanged;
        private int count;

        public void Increment()
        {
            count++;
            if (OnChanged != null) OnChanged(this, count);
        }
    }
}

namespace App
{
    using Geometry;

    public class MyError : Exception
    {
        public MyError(string msg) : base(msg) { }
    }

    public static class Program
    {
        static readonly int[] Primes = new int[] { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29 };

        [DllImport("libc", EntryPoint = "getpid")]
        static extern int GetPid();

        public static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }

        public static bool TryParse(string s, out int result)
        {
            result = 0;
            return s.Length > 0;
        }

        public static int Sum(int[] xs)
        {
            int s = 0;
            foreach (int x in xs) s += x;
            return s;
        }

        public static double Trace(double[,] m) { return m[0, 0] + m[1, 1]; }

        public static unsafe int Deref(int* p) { return *p; }

        public static int Varargs(__arglist)
        {
            return new ArgIterator(__arglist).GetRemainingCount();
        }

        public static T Max<T>(List<T> items) where T : IComparable<T>
        {
            T best = items[0];
            foreach (T x in items)
                if (x.CompareTo(best) > 0) best = x;
            return best;
        }

        public static int Guarded(int x)
        {
            try
            {
                if (x < 0) throw new MyError("negative");
                return x * 2;
            }
            catch (MyError e)
            {
                Console.WriteLine(e.Message);
                return -1;
            }
            catch (Exception)
            {
                return -2;
            }
            finally
            {
                Console.WriteLine("done");
            }
        }

        public static int Main(string[] args)
        {
            Point p = new Point(3, 4);
            Console.WriteLine("Hello, Parley!");
            Console.WriteLine("caf\u00e9 \u263a");
            var l = new List<int>();
            l.Add(1); l.Add(5); l.Add(3);
            Box<int> b = new Box<int>(7);
            string s = b.Convert<string>(v => "v=" + v);
            Counter c = new Counter();
            c.OnChanged += (o, n) => Console.WriteLine(n);
            c.Increment();
            int a1 = 1, a2 = 2;
            Swap(ref a1, ref a2);
            int r;
            TryParse("12", out r);
            Varargs(__arglist(1, "two"));
            return Max(l) + p.LengthSquared + Sum(Primes) + Guarded(5) + s.Length;
        }
    }
}
