using System;
using System.Collections.Generic;

class Counter
{
    int n;
    public int Next() { return ++n; }
    public void Add(int k) { n += k; }
    public int Value { get { return n; } }
}

class Delegates
{
    static int Square(int x) { return x * x; }
    static string Join(string a, string b) { return a + "+" + b; }
    static void Print(string s) { Console.WriteLine("print: " + s); }

    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) { return x => g(f(x)); }

    static Func<int> MakeCounter()
    {
        int count = 0;
        return () => ++count;
    }

    static T Apply<T>(Func<T, T> f, T x, int times)
    {
        for (int i = 0; i < times; i++)
            x = f(x);
        return x;
    }

    static void Main()
    {
        Func<int> zero = () => 0;
        Func<int, int> sq = Square;
        Func<string, string, string> join = Join;
        Func<int, int, int, int> sum3 = (a, b, c) => a + b + c;
        Func<int, int, int, int, string> sum4 = (a, b, c, d) => "" + (a + b + c + d);
        Console.WriteLine(zero() + " " + sq(7) + " " + join("x", "y") + " " + sum3(1, 2, 3) + " " + sum4(1, 2, 3, 4));
        Action hello = () => Console.WriteLine("hello");
        Action<string> print = Print;
        Action<string, int> rep = (s, n) => { for (int i = 0; i < n; i++) Console.Write(s); Console.WriteLine(); };
        Action<int, int, int> show3 = (a, b, c) => Console.WriteLine(a * b * c);
        Action<int, int, int, int> show4 = (a, b, c, d) => Console.WriteLine(a - b - c - d);
        hello();
        print("via method group");
        rep("ab", 3);
        show3(2, 3, 4);
        show4(10, 1, 2, 3);
        Predicate<string> empty = s => s.Length == 0;
        Comparison<string> byLen = (a, b) => a.Length - b.Length;
        Converter<int, string> conv = i => "#" + i;
        Console.WriteLine(empty("") + " " + empty("x") + " " + byLen("aa", "b") + " " + conv(5));
        var inc = Compose(x => x + 1, x => x * 10);
        Console.WriteLine(inc(4));
        var c1 = MakeCounter();
        var c2 = MakeCounter();
        Console.WriteLine(c1() + " " + c1() + " " + c1() + " " + c2());
        var counter = new Counter();
        Func<int> next = counter.Next;
        Action<int> add = counter.Add;
        next();
        add(10);
        Console.WriteLine(next() + " " + counter.Value);
        Console.WriteLine(Apply(x => x * 2, 1, 10) + " " + Apply(s => s + "!", "hi", 3));
        Action chain = () => Console.Write("a");
        chain += () => Console.Write("b");
        chain += hello;
        chain();
        chain -= hello;
        chain();
        Console.WriteLine();
        var actions = new List<Action>();
        for (int i = 0; i < 3; i++)
        {
            int captured = i;
            actions.Add(() => Console.Write(captured + " "));
        }
        foreach (var a in actions)
            a();
        Console.WriteLine();
        var table = new Dictionary<string, Func<double, double, double>>
        {
            { "+", (a, b) => a + b }, { "-", (a, b) => a - b }, { "*", (a, b) => a * b }, { "/", (a, b) => a / b }
        };
        foreach (var kv in table)
            Console.Write(kv.Key + "=" + kv.Value(7, 2) + " ");
        Console.WriteLine();
        Func<int, bool> isEven = n => n % 2 == 0;
        Func<int, bool> not = n => !isEven(n);
        Console.WriteLine(isEven(4) + " " + not(4));
        Func<int, Func<int, int>> adder = a => b => a + b;
        Console.WriteLine(adder(3)(4));
    }
}
