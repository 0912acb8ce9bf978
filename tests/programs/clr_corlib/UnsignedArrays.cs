using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class UnsignedArrays
{
    static void Main()
    {
        uint[] ui = { 1u, 4000000000u, 7u, 0xFFFFFFFFu };
        ulong[] ul = { 2UL, 18000000000000000000UL, 5UL };
        ushort[] us = { 3, 65535, 40000 };
        byte[] bs = { 0, 200, 255, 17 };
        sbyte[] sb = { -1, 100, -128 };
        int[] ii = { -1, 2 };

        Console.WriteLine(string.Join(",", ui));
        Console.WriteLine(string.Join(",", ul));
        Console.WriteLine(string.Join(",", us));
        Console.WriteLine(string.Join(",", bs));
        Console.WriteLine(string.Join(",", sb));
        Console.WriteLine(string.Join(",", ii));
        Console.WriteLine(string.Concat(bs));

        Console.WriteLine(ui.Max() + " " + ui.Min() + " " + ui.Sum(x => (long) x));
        Console.WriteLine(ul.Max() + " " + ul.Min());
        Console.WriteLine(us.Max() + " " + bs.Max() + " " + bs.Sum(b => b));
        Console.WriteLine(string.Join(";", ui.Select(x => x.ToString()).ToList()));
        Console.WriteLine(string.Join(";", bs.Where(b => b > 100).ToList()));
        List<ulong> lul = ul.ToList();
        Console.WriteLine(lul[1]);

        object o = ui;
        Console.WriteLine(o is IList<uint>);
        Console.WriteLine(o is IEnumerable<uint>);
        Console.WriteLine(o is IList<int>);
        Console.WriteLine(o is int[]);
        Console.WriteLine(o is uint[]);
        object ob = bs;
        Console.WriteLine(ob is IList<byte>);
        Console.WriteLine(ob is sbyte[]);
        Console.WriteLine(ob is byte[]);
        object oi = ii;
        Console.WriteLine(oi is uint[]);
        uint[] back = (uint[]) o;
        Console.WriteLine(back[1]);

        Console.WriteLine(ui.GetType().Name + " " + ul.GetType().Name + " " + us.GetType().Name
                          + " " + bs.GetType().Name + " " + sb.GetType().Name);
        Console.WriteLine(typeof(uint[]).ToString() + " " + typeof(byte[]).ToString());
        Console.WriteLine(ui.GetType() == typeof(uint[]));
        Console.WriteLine(ui.GetType() == typeof(int[]));

        uint total = 0;
        foreach (uint x in (IEnumerable<uint>) ui)
            total += x;
        Console.WriteLine(total);
        foreach (object x in (IEnumerable) bs)
            Console.Write(x + "|");
        Console.WriteLine();
        IList<uint> il = ui;
        Console.WriteLine(il[3] + " " + il.IndexOf(4000000000u) + " " + il.Contains(7u));

        uint[] c = (uint[]) ui.Clone();
        Array.Sort(c);
        Console.WriteLine(string.Join(",", c) + " " + c.GetType().Name);
        Array.Reverse(c);
        Console.WriteLine(string.Join(",", c));
        Console.WriteLine(Array.IndexOf(c, 4000000000u));
        uint[] d = new uint[6];
        Array.Copy(ui, 0, d, 1, 4);
        Console.WriteLine(string.Join(",", d));
        Console.WriteLine(d.GetValue(2) + " " + d.GetValue(2).GetType().Name);
        Array.Resize(ref d, 3);
        Console.WriteLine(string.Join(",", d) + " " + d.GetType().Name);
        Array a = Array.CreateInstance(typeof(ushort), 2);
        a.SetValue((ushort) 60000, 0);
        Console.WriteLine(a.GetType().Name + " " + a.GetValue(0));
        byte[] bc = (byte[]) bs.Clone();
        Array.Sort(bc);
        Console.WriteLine(string.Join(",", bc));

        Console.WriteLine(string.Join(",", BitConverter.GetBytes(-2)));
        Console.WriteLine(string.Join(",", BitConverter.GetBytes(0x8000000000000001UL)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes((ushort) 65000)));

        uint[,] md = new uint[2, 2];
        md[1, 1] = 3000000000u;
        Console.WriteLine(md[1, 1] + " " + md.GetType().Name);
        foreach (uint x in md)
            Console.Write(x + " ");
        Console.WriteLine();
        NonGeneric();
    }

    // Array's non-generic members on unsigned arrays; Copy between int[]
    // and uint[] is no widening
    static void NonGeneric()
    {
        uint[] u = { 5, 4000000000u, 1, 3000000000u };
        Array a = u; Array.Sort(a); Console.WriteLine(string.Join(",", u));
        Console.WriteLine(Array.BinarySearch(a, (object) 4000000000u) + " " + Array.BinarySearch(u, 3000000000u));
        byte[] b = { 200, 1, 100 }; Array.Sort((Array) b); Console.WriteLine(string.Join(",", b));
        ulong[] l = { 1, ulong.MaxValue, 2 }; Array.Sort((Array) l, 0, 3); Console.WriteLine(string.Join(",", l));
        int[] i = new int[4]; try { Array.Copy(u, i, 4); } catch (ArrayTypeMismatchException e) { Console.WriteLine(e.Message); }
        object[] o = new object[2]; Array.Copy(u, 2, o, 0, 2); Console.WriteLine(o[1] + " " + o[1].GetType().Name);
        uint[] back = new uint[2]; Array.Copy(o, back, 2); Console.WriteLine(back[1]);
        Console.WriteLine(Array.IndexOf((Array) u, (object) 3000000000u));
        Console.WriteLine(typeof(uint[]).GetElementType() + " " + typeof(uint[]).IsArray + " " + typeof(int[]).IsAssignableFrom(typeof(uint[])));
        uint[][] jag = new uint[2][]; jag[0] = u; Console.WriteLine(jag.GetType().Name + " " + jag[0][3]);
        System.Collections.Generic.List<uint[]> lu = new System.Collections.Generic.List<uint[]>(); lu.Add(u); Console.WriteLine(lu[0][3] + " " + lu.GetType());
    }
}
