// Multi-dimensional arrays: construction, Get/Set/Address (what mcs emits
// for a[i, j], a[i, j] += x, ref a[i, j]), initializers, struct and
// reference elements, bounds checks, covariance of stores.
using System;
using System.Collections.Generic;

enum Color : byte { Red, Green = 200, Blue }
class Outer { public class Inner { public int V; } }

class Box<T> {
    public T[,] Grid = new T[2, 2];
    public void Put(int i, int j, T v) { Grid[i, j] = v; }
    public T Take(int i, int j) { return Grid[i, j]; }
}

struct Pt {
    public int X, Y;
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Node {
    public string Name;
    public Node(string n) { Name = n; }
    public override string ToString() { return "Node " + Name; }
}

class MdArrays {
    static void Bump(ref int x) { x += 100; }
    static void Move(ref Pt p) { p.X++; p.Y--; }

    static int Sum(int[,] a, int n, int m) {
        int s = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                s += a[i, j] * (i + 1);
        return s;
    }

    static T First<T>(T[,] a) { return a[0, 0]; }
    static void Put<T>(T[,] a, int i, int j, T v) { a[i, j] = v; }

    static void Main() {
        int[,] a = new int[3, 4];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                a[i, j] = i * 10 + j;
        a[1, 1] += 5;
        a[2, 3] *= 2;
        a[0, 0]++;
        Bump(ref a[2, 0]);
        Console.WriteLine(a[1, 1] + " " + a[2, 3] + " " + a[0, 0] + " " + a[2, 0]);
        Console.WriteLine(Sum(a, 3, 4));

        int[,] init = { { 1, 2, 3 }, { 4, 5, 6 } };
        Console.WriteLine(init[0, 2] + init[1, 0] * 10);
        long[,] li = { { 1L << 40, -2 }, { 3, long.MinValue } };
        Console.WriteLine(li[0, 0] + " " + li[1, 1]);
        double[,] d = { { 0.5, 1.25 }, { -3.0, 4.75 } };
        Console.WriteLine(d[0, 1] + d[1, 0]);
        byte[,] b = new byte[2, 2];
        b[1, 1] = 250;
        b[1, 1] += 10;
        Console.WriteLine(b[1, 1]);
        sbyte[,] sb = { { -1, 127 } };
        sb[0, 1]++;
        Console.WriteLine(sb[0, 1]);
        char[,] c = { { 'a', 'b' } };
        c[0, 1]++;
        Console.WriteLine(c[0, 1]);
        bool[,] flags = new bool[2, 2];
        flags[0, 1] = true;
        Console.WriteLine(flags[0, 1] + " " + flags[1, 0]);

        string[,,] s = new string[2, 3, 4];
        s[1, 2, 3] = "last";
        s[0, 0, 0] = "first";
        Console.WriteLine(s[1, 2, 3] + " " + s[0, 0, 0] + " " + (s[1, 1, 1] == null));

        Pt[,] pts = new Pt[2, 2];
        pts[1, 0].X = 5;
        pts[1, 0].Y = 7;
        Move(ref pts[1, 0]);
        Pt copy = pts[1, 0];
        copy.X = 1000;
        Console.WriteLine(pts[1, 0] + " " + copy + " " + pts[0, 1]);

        Node[,] nodes = { { new Node("a"), null }, { null, new Node("d") } };
        Console.WriteLine(nodes[0, 0] + " " + nodes[1, 1] + " " + (nodes[0, 1] == null));

        object[,] objs = new string[1, 1];
        objs[0, 0] = "fine";
        Console.WriteLine(objs[0, 0]);
        try {
            objs[0, 0] = 42;
        } catch (ArrayTypeMismatchException) {
            Console.WriteLine("array type mismatch");
        }

        Console.WriteLine(First(init) + " " + First(new string[,] { { "x" } }) + " " + First(new Pt[1, 1]));
        string[,] s2 = new string[2, 2];
        Put(s2, 0, 1, "generic");
        Console.WriteLine(s2[0, 1]);
        Put(init, 1, 2, 66);
        Console.WriteLine(init[1, 2]);

        foreach (int[] ij in new int[][] { new int[] { 3, 0 }, new int[] { 0, 4 }, new int[] { -1, 0 }, new int[] { 2, 3 } }) {
            try {
                Console.WriteLine("a[" + ij[0] + "," + ij[1] + "] = " + a[ij[0], ij[1]]);
            } catch (IndexOutOfRangeException e) {
                Console.WriteLine("out of range: " + e.Message);
            }
        }
        try {
            int neg = -1;
            int[,] bad = new int[2, neg];
            Console.WriteLine(bad);
        } catch (OverflowException e) {
            Console.WriteLine("negative size: " + e.GetType().Name);
        }
        int[,] empty = new int[0, 5];
        try {
            empty[0, 0] = 1;
        } catch (IndexOutOfRangeException) {
            Console.WriteLine("empty");
        }
        int[,] none = null;
        try {
            none[0, 0] = 1;
        } catch (NullReferenceException) {
            Console.WriteLine("null array");
        }
        object o = a;
        int[,] back = (int[,])o;
        Console.WriteLine(back[1, 2] + " " + (o is int[,]) + " " + (o is int[]) + " " + (o is long[,]));
        Console.WriteLine(a);
        Console.WriteLine(s.GetType());

        // element types: enums, generic instantiations, nested classes,
        // type parameters, float, short, ushort, ulong
        Color[,] colors = new Color[2, 2];
        colors[1, 1] = Color.Green;
        colors[0, 1] = Color.Blue;
        Console.WriteLine(colors[1, 1] + " " + colors[0, 1] + " " + colors[0, 0] + " " + (int)colors[0, 1]);
        List<int>[,] lists = new List<int>[1, 2];
        lists[0, 1] = new List<int>();
        lists[0, 1].Add(5);
        Console.WriteLine(lists[0, 1][0] + " " + (lists[0, 0] == null));
        Outer.Inner[,] inner = new Outer.Inner[1, 1];
        inner[0, 0] = new Outer.Inner();
        inner[0, 0].V = 9;
        Console.WriteLine(inner[0, 0].V);
        Box<long> bl = new Box<long>();
        bl.Put(1, 0, 1L << 40);
        Console.WriteLine(bl.Take(1, 0) + " " + bl.Take(0, 0));
        Box<string> bs = new Box<string>();
        bs.Put(0, 1, "s");
        Console.WriteLine(bs.Take(0, 1) + " " + (bs.Take(1, 1) == null));
        float[,] f = new float[1, 2];
        f[0, 1] = 1.1f;
        f[0, 1] *= 3;
        Console.WriteLine(f[0, 1]);
        short[,] sh = new short[1, 1];
        sh[0, 0] = -32768;
        sh[0, 0]--;
        Console.WriteLine(sh[0, 0]);
        ushort[,] us = new ushort[1, 1];
        us[0, 0]--;
        Console.WriteLine(us[0, 0]);
        ulong[,] ul = { { ulong.MaxValue } };
        Console.WriteLine("" + ul[0, 0]);
    }
}
