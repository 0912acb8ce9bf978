using System;
using System.Linq;
using System.Collections.Generic;

enum Flags : uint { A = 1, Big = 0x80000000 }
delegate uint UOp(uint x);

struct Pair : IComparable<Pair>
{
    public uint K;
    public int CompareTo(Pair o) { return K.CompareTo(o.K); }
}

class UnsignedGenerics
{
    static uint Apply(UOp f, uint x) { return f(x); }
    static T Id<T>(T x) { return x; }

    static void Main()
    {
        uint[] arr = { 4000000000, 5, 3000000000, 1 };
        IEnumerable<uint> e = arr;
        foreach (uint x in e) Console.Write(x + " ");
        Console.WriteLine();
        IList<uint> il = arr;
        Console.WriteLine(il[0] + " " + il.IndexOf(3000000000));
        Console.WriteLine(string.Join(",", arr.OrderBy(x => x)));
        Array.Sort(arr);
        Console.WriteLine(Array.BinarySearch(arr, 4000000000u));
        ulong[] la = { 18000000000000000000UL, 2, 9000000000000000000UL };
        Array.Sort(la);
        Console.WriteLine(la[0] + "," + la[1] + "," + la[2]);
        byte[] ba = { 200, 3, 255, 0 };
        Array.Sort(ba);
        Console.WriteLine(ba[0] + "," + ba[1] + "," + ba[2] + "," + ba[3]);
        var hs = new HashSet<ulong> { 18000000000000000000UL, 1 };
        Console.WriteLine(hs.Contains(18000000000000000000UL));
        uint? n = 4000000000;
        Console.WriteLine(n.Value + " " + n.GetValueOrDefault() + " " + n.HasValue);
        Func<uint, uint> f = x => x + 1;
        Console.WriteLine(f(4000000000));
        Console.WriteLine(Apply(x => x * 2, 2000000000));
        Console.WriteLine(Flags.Big + " " + (uint)Flags.Big);
        Console.WriteLine(uint.MaxValue + " " + ulong.MaxValue + " " + ushort.MaxValue + " " + byte.MaxValue);
        var ls = new List<ulong> { 18000000000000000000UL, 7 };
        ls.Sort();
        Console.WriteLine(ls[0] + " " + ls[1]);
        var ps = new List<Pair> { new Pair { K = 4000000000 }, new Pair { K = 2 } };
        ps.Sort();
        Console.WriteLine(ps[0].K + " " + ps[1].K);
        Console.WriteLine(Id<uint>(4000000000) + " " + Id(18000000000000000000UL));
        Console.WriteLine(Math.Max((byte)200, (byte)100) + " " + Math.Min((ushort)65000, (ushort)3));
        Console.WriteLine(arr.Max() + " " + arr.Min());
        var dict = new SortedDictionary<uint, string> { { 4000000000, "a" }, { 1, "b" } };
        foreach (var kv in dict) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
    }
}
