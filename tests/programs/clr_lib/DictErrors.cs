using System;
using System.Collections.Generic;

class DictErrors
{
    static void Try(string what, Action a)
    {
        try
        {
            a();
            Console.WriteLine(what + ": ok");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        var d = new Dictionary<string, int> { { "a", 1 }, { "b", 2 } };
        Try("dup", () => d.Add("a", 3));
        Try("missing", () => Console.WriteLine(d["zz"]));
        Try("null-key", () => d.Add(null, 1));
        Try("null-get", () => Console.WriteLine(d[null]));
        Try("null-contains", () => d.ContainsKey(null));
        Try("remove-during", () => { foreach (var kv in d) d.Remove(kv.Key); });
        Try("set-during", () => { foreach (var kv in d) d[kv.Key] = 0; });
        Try("add-during", () => { foreach (var k in d.Keys) d["new" + k] = 1; });
        Try("values-during", () => { foreach (var v in d.Values) d.Clear(); });
        Try("read-during", () => { foreach (var kv in d) Console.Write(d[kv.Key]); Console.WriteLine(); });
        var di = new Dictionary<int, string>();
        Try("int-missing", () => Console.WriteLine(di[42]));
        Try("capacity", () => new Dictionary<int, int>(-5));
        Try("keys-add", () => ((ICollection<int>)new Dictionary<int, int>().Keys).Add(1));
        try
        {
            var x = di[-7];
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        Console.WriteLine(d.Count);
    }
}
