using System;
using System.Collections.Generic;

interface IScale
{
    uint Scale(uint x);
    long Scale(long x);
}

class Base : IScale
{
    public virtual string Describe(uint x) { return "Base uint " + x; }
    public virtual string Describe(int x) { return "Base int " + x; }
    public uint Scale(uint x) { return x * 2; }
    public long Scale(long x) { return x * 3; }
}

class Derived : Base
{
    public override string Describe(uint x) { return "Derived uint " + x; }
}

class Box<T>
{
    T value;
    public Box(T v) { value = v; }
    public T Get() { return value; }
    public virtual string Show(T v) { return "Box " + v; }
}

class UBox : Box<uint>
{
    public UBox(uint v) : base(v) { }
    public override string Show(uint v) { return "UBox " + v; }
}

class UnsignedOverloads
{
    static string F(int x) { return "int " + x; }
    static string F(uint x) { return "uint " + x; }
    static string F(long x) { return "long " + x; }
    static string F(ulong x) { return "ulong " + x; }
    static string G(short x) { return "short " + x; }
    static string G(ushort x) { return "ushort " + x; }
    static string H(sbyte x) { return "sbyte " + x; }
    static string H(byte x) { return "byte " + x; }
    static uint Twice(uint x) { return x + x; }
    static void Bump(ref uint x) { x += 3000000000; }
    static void Bump(ref int x) { x += 1; }

    static void Main()
    {
        uint u = 3000000000;
        Console.WriteLine(F(u));
        Console.WriteLine(F(-5));
        Console.WriteLine(F(10000000000000000000UL));
        Console.WriteLine(F(-10000000000L));
        Console.WriteLine(G((ushort)65000));
        Console.WriteLine(G((short)-3));
        Console.WriteLine(H((byte)200));
        Console.WriteLine(H((sbyte)-100));
        Console.WriteLine(Twice(2000000000u));
        uint r = 1000000000;
        Bump(ref r);
        Console.WriteLine(r);
        int ri = 5;
        Bump(ref ri);
        Console.WriteLine(ri);

        Base b = new Derived();
        Console.WriteLine(b.Describe(4000000000u));
        Console.WriteLine(b.Describe(-1));
        IScale s = b;
        Console.WriteLine(s.Scale(2500000000u));
        Console.WriteLine(s.Scale(7L));

        Box<uint> bx = new UBox(4000000001);
        Console.WriteLine(bx.Get());
        Console.WriteLine(bx.Show(4000000002));

        var list = new List<uint> { 4000000000, 7, 3000000000 };
        list.Sort();
        Console.WriteLine(string.Join(",", list));
        Console.WriteLine(list.Contains(3000000000));
        Console.WriteLine(list.IndexOf(4000000000));
        var d = new Dictionary<uint, string>();
        d[4000000000] = "four";
        d[1] = "one";
        Console.WriteLine(d[4000000000] + " " + d.ContainsKey(1));

        ulong big = 18446744073709551615UL;
        Console.WriteLine(big);
        Console.WriteLine(big / 3);
        Console.WriteLine(big % 10);
        Console.WriteLine(Math.Max(big, 1UL));
        Console.WriteLine(Math.Min(3000000000u, 4000000000u));
        Console.WriteLine(string.Format("{0} {1} {2:X}", u, big, u));
        Console.WriteLine(u.CompareTo(1u) + " " + u.Equals(3000000000u));
        Console.WriteLine(u.ToString() + " " + big.ToString("N0"));
    }
}
