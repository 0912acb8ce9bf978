using System;

struct Pair
{
    public int A, B;
    public override string ToString() { return A + ":" + B; }
}

class ArrayGenericHelpers
{
    static void Main()
    {
        int[] a = { 3, 1, 2 };
        Array.Resize(ref a, 5);
        Console.WriteLine(a.Length + " " + string.Join(",", a));
        Array.Resize(ref a, 2);
        Console.WriteLine(a.Length + " " + a[0] + a[1]);
        string[] s = { "b", "a" };
        Array.Resize(ref s, 3);
        Console.WriteLine(s.Length + " [" + s[2] + "] " + s[0]);
        Pair[] ps = new Pair[2];
        ps[0].A = 1; ps[1].B = 2;
        Array.Resize(ref ps, 3);
        ps[2].A = 9;
        Console.WriteLine(ps[0] + " " + ps[1] + " " + ps[2]);
        double[] d = { 2.5, -1, 7 };
        Array.Sort(d);
        Array.Reverse(d);
        Console.WriteLine(string.Join(" ", d) + " " + Array.IndexOf(d, 2.5) + " " + Array.IndexOf(d, 3.0));
        char[] cs = { 'z', 'a', 'm' };
        Array.Sort(cs);
        Console.WriteLine(new string(cs) + " " + Array.IndexOf(cs, 'm') + " " + Array.LastIndexOf(cs, 'q'));
        string[] words = { "delta", "Alpha", "charlie", "bravo" };
        Array.Sort(words);
        Console.WriteLine(string.Join(" ", words) + " " + Array.IndexOf(words, "charlie") + " " + Array.BinarySearch(words, "charlie"));
        int[] empty = new int[0];
        Array.Sort(empty);
        Array.Reverse(empty);
        Console.WriteLine(empty.Length + " " + Array.IndexOf(empty, 1));
    }
}
