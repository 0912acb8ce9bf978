using System;
using System.Collections.Generic;

class ListBasics
{
    static void Show(List<int> l)
    {
        Console.Write("[" + l.Count + "/" + l.Capacity + "]");
        foreach (int x in l)
            Console.Write(" " + x);
        Console.WriteLine();
    }

    static void Main()
    {
        var l = new List<int>();
        Show(l);
        for (int i = 0; i < 10; i++)
            l.Add(i * 3);
        Show(l);
        l.Insert(0, 100);
        l.Insert(5, 200);
        l.Insert(l.Count, 300);
        Show(l);
        Console.WriteLine(l.Remove(200) + " " + l.Remove(999));
        l.RemoveAt(0);
        Show(l);
        Console.WriteLine(l.RemoveAll(x => x % 2 == 0));
        Show(l);
        Console.WriteLine(l.Contains(9) + " " + l.Contains(10) + " " + l.IndexOf(15) + " " + l.IndexOf(4));
        l.AddRange(new[] { 9, 9, 1 });
        Console.WriteLine(l.IndexOf(9) + " " + l.LastIndexOf(9) + " " + l.IndexOf(9, 2) + " " + l.LastIndexOf(9, 3));
        l[0] = -1;
        Console.WriteLine(l[0] + l[l.Count - 1]);
        var r = l.GetRange(1, 3);
        Show(r);
        l.Reverse();
        Show(l);
        l.Reverse(1, 3);
        Show(l);
        l.InsertRange(2, new List<int> { 7, 7, 7 });
        Show(l);
        l.RemoveRange(0, 4);
        Show(l);
        int[] arr = l.ToArray();
        Console.WriteLine(arr.Length + " " + arr[0]);
        var copy = new int[l.Count + 2];
        l.CopyTo(copy, 1);
        foreach (int x in copy)
            Console.Write(x + ",");
        Console.WriteLine();
        Console.WriteLine(l.TrueForAll(x => x > -10) + " " + l.TrueForAll(x => x > 5));
        var fromArr = new List<string>(new[] { "a", "b", "c" });
        Console.WriteLine(fromArr.Count + " " + fromArr.Capacity + " " + fromArr[2]);
        var init = new List<string> { "x", "y" };
        init.AddRange(fromArr);
        foreach (string s in init)
            Console.Write(s);
        Console.WriteLine(" " + init.Capacity);
        init.Clear();
        Console.WriteLine(init.Count + " " + init.Capacity);
        var big = new List<long>(3);
        for (long i = 0; i < 20; i++)
        {
            big.Add(i * 1000000000L);
            if (big.Count == big.Capacity)
                Console.Write(big.Capacity + " ");
        }
        Console.WriteLine(big[19]);
        big.TrimExcess();
        Console.WriteLine(big.Capacity);
        IList<int> il = new List<int> { 5, 6 };
        il.Add(7);
        il[0] = 50;
        Console.WriteLine(il.Count + " " + il[0] + " " + il.IndexOf(7) + " " + il.Contains(6));
        ICollection<int> ic = il;
        ic.Remove(6);
        Console.WriteLine(ic.Count);
    }
}
