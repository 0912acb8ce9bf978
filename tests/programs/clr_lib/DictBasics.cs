using System;
using System.Collections.Generic;

class DictBasics
{
    static void Show<K, V>(Dictionary<K, V> d)
    {
        Console.Write("{" + d.Count + "}");
        foreach (KeyValuePair<K, V> kv in d)
            Console.Write(" " + kv.Key + "=" + kv.Value);
        Console.WriteLine();
    }

    static void Main()
    {
        var d = new Dictionary<string, int>();
        d.Add("one", 1);
        d.Add("two", 2);
        d["three"] = 3;
        d["two"] = 22;
        Show(d);
        Console.WriteLine(d["one"] + d["three"]);
        int v;
        Console.WriteLine(d.TryGetValue("two", out v) + " " + v);
        Console.WriteLine(d.TryGetValue("four", out v) + " " + v);
        Console.WriteLine(d.ContainsKey("one") + " " + d.ContainsKey("One") + " " + d.ContainsValue(3) + " " + d.ContainsValue(2));
        Console.WriteLine(d.Remove("one") + " " + d.Remove("one"));
        Show(d);
        // removed slots are reused most recent first
        var sq = new Dictionary<int, int>();
        for (int i = 0; i < 12; i++)
            sq[i] = i * i;
        sq.Remove(4);
        sq.Remove(9);
        sq.Remove(1);
        sq[100] = 1;
        sq[101] = 2;
        sq[102] = 3;
        sq[103] = 4;
        Show(sq);
        foreach (int k in sq.Keys)
            Console.Write(k + " ");
        Console.WriteLine();
        foreach (int x in sq.Values)
            Console.Write(x + " ");
        Console.WriteLine();
        Console.WriteLine(sq.Keys.Count + " " + sq.Values.Count);
        var keys = new List<int>(sq.Keys);
        Console.WriteLine(keys[3] + " " + keys.Count);
        int[] vals = new int[sq.Count];
        sq.Values.CopyTo(vals, 0);
        Console.WriteLine(vals[0] + " " + vals[vals.Length - 1]);
        sq.Clear();
        Show(sq);
        sq[7] = 7;
        Show(sq);
        var init = new Dictionary<char, string> { { 'a', "apple" }, { 'b', "banana" }, { 'c', "cherry" } };
        Show(init);
        Console.WriteLine(init.TryAdd('a', "avocado") + " " + init.TryAdd('d', "date"));
        string removed;
        Console.WriteLine(init.Remove('b', out removed) + " " + removed);
        var copy = new Dictionary<char, string>(init);
        copy['z'] = "zucchini";
        Show(copy);
        Show(init);
        IDictionary<string, int> id = new Dictionary<string, int>();
        id.Add("x", 10);
        id["y"] = 20;
        Console.WriteLine(id.Count + " " + id["x"] + " " + id.ContainsKey("y") + " " + id.Keys.Count);
        foreach (var kv in id)
            Console.Write(kv + ";");
        Console.WriteLine();
        var counts = new Dictionary<long, List<string>>();
        string[] words = { "a", "bb", "cc", "d", "eee", "ff" };
        foreach (string w in words)
        {
            List<string> l;
            if (!counts.TryGetValue(w.Length, out l))
            {
                l = new List<string>();
                counts[w.Length] = l;
            }
            l.Add(w);
        }
        foreach (var kv in counts)
            Console.Write(kv.Key + ":" + kv.Value.Count + " ");
        Console.WriteLine();
        var bigd = new Dictionary<int, string>();
        for (int i = 0; i < 1000; i++)
            bigd[i * 7919 % 1000] = "v" + i;
        long sum = 0;
        foreach (var kv in bigd)
            sum = sum * 31 + kv.Key;
        Console.WriteLine(bigd.Count + " " + sum + " " + bigd[999]);
    }
}
