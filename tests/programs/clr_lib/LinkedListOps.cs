using System;
using System.Collections.Generic;

class LinkedListOps
{
    static void Show(LinkedList<string> l)
    {
        Console.Write("(" + l.Count + ")");
        for (var n = l.First; n != null; n = n.Next)
            Console.Write(" " + n.Value);
        Console.Write(" |");
        for (var n = l.Last; n != null; n = n.Previous)
            Console.Write(" " + n.Value);
        Console.WriteLine();
    }

    static void Main()
    {
        var l = new LinkedList<string>();
        l.AddLast("b");
        l.AddFirst("a");
        var c = l.AddLast("c");
        l.AddAfter(c, "d");
        l.AddBefore(c, "bc");
        l.AddBefore(l.First, "start");
        Show(l);
        Console.WriteLine(l.First.Value + " " + l.Last.Value + " " + (c.List == l) + " " + c.Next.Value + " " + c.Previous.Value);
        l.Remove("bc");
        l.Remove(c);
        Console.WriteLine(c.List == null);
        l.RemoveFirst();
        l.RemoveLast();
        Show(l);
        var node = new LinkedListNode<string>("z");
        l.AddLast(node);
        node.Value = "zz";
        Show(l);
        Console.WriteLine(l.Contains("zz") + " " + l.Contains("q") + " " + (l.Find("b").Value) + " " + (l.Find("q") == null));
        var dup = new LinkedList<int>(new[] { 1, 2, 1, 3, 1 });
        Console.WriteLine((dup.Find(1).Next.Value) + " " + (dup.FindLast(1).Previous.Value) + " " + (dup.FindLast(1).Next == null));
        foreach (int x in dup)
            Console.Write(x);
        Console.WriteLine();
        int[] arr = new int[6];
        dup.CopyTo(arr, 1);
        foreach (int x in arr)
            Console.Write(x);
        Console.WriteLine();
        dup.Clear();
        Console.WriteLine(dup.Count + " " + (dup.First == null));
        try
        {
            dup.RemoveFirst();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            l.AddLast(node);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        // an LRU cache of capacity 3 built from a LinkedList and a Dictionary
        var order = new LinkedList<int>();
        var index = new Dictionary<int, LinkedListNode<int>>();
        foreach (int key in new[] { 1, 2, 3, 1, 4, 2, 5, 1 })
        {
            LinkedListNode<int> n;
            if (index.TryGetValue(key, out n))
            {
                order.Remove(n);
                order.AddFirst(n);
                Console.Write("hit" + key + " ");
            }
            else
            {
                if (order.Count == 3)
                {
                    index.Remove(order.Last.Value);
                    order.RemoveLast();
                }
                index[key] = order.AddFirst(key);
                Console.Write("miss" + key + " ");
            }
        }
        Console.WriteLine();
        foreach (int k in order)
            Console.Write(k + " ");
        Console.WriteLine();
    }
}
