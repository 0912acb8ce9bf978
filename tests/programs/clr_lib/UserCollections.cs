using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

// User types implementing the collection interfaces, handed to the library.
class Countdown : IEnumerable<int>
{
    readonly int from;
    public Countdown(int from) { this.from = from; }

    public IEnumerator<int> GetEnumerator() { return new Enumerator(from); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    class Enumerator : IEnumerator<int>
    {
        int cur;
        public Enumerator(int from) { cur = from + 1; }
        public int Current { get { return cur; } }
        object IEnumerator.Current { get { return cur; } }
        public bool MoveNext() { return --cur >= 0; }
        public void Reset() { }
        public void Dispose() { Console.Write("(disposed)"); }
    }
}

class Bag<T> : ICollection<T>
{
    readonly List<T> items = new List<T>();
    public int Count { get { return items.Count; } }
    public bool IsReadOnly { get { return false; } }
    public void Add(T item) { items.Add(item); items.Add(item); }
    public void Clear() { items.Clear(); }
    public bool Contains(T item) { return items.Contains(item); }
    public void CopyTo(T[] array, int index) { Console.Write("(copyTo)"); items.CopyTo(array, index); }
    public bool Remove(T item) { return items.Remove(item); }
    public IEnumerator<T> GetEnumerator() { return items.GetEnumerator(); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class ByLastChar : IComparer<string>, IEqualityComparer<string>
{
    public int Compare(string a, string b) { return a[a.Length - 1].CompareTo(b[b.Length - 1]); }
    public bool Equals(string a, string b) { return a[a.Length - 1] == b[b.Length - 1]; }
    public int GetHashCode(string s) { return s[s.Length - 1]; }
}

class UserCollections
{
    static void Main()
    {
        var cd = new Countdown(5);
        var l = new List<int>(cd);
        Console.WriteLine(" " + l.Count + " " + l[0] + " " + l.Capacity);
        Console.WriteLine(cd.Where(x => x % 2 == 0).Sum());
        Console.WriteLine(cd.Take(2).Count());
        Console.WriteLine(cd.First());
        var bag = new Bag<string>();
        bag.Add("a");
        bag.Add("b");
        var fromBag = new List<string>(bag);
        Console.WriteLine(" " + fromBag.Count + " " + fromBag.Capacity);
        Console.WriteLine(bag.Count() + " " + bag.Contains("b") + " " + bag.Distinct().Count());
        var hs = new HashSet<int>(cd);
        hs.ExceptWith(new Countdown(2));
        foreach (int x in hs)
            Console.Write(x + " ");
        Console.WriteLine();
        var words = new List<string> { "cab", "abc", "bca", "zzb", "xya" };
        words.Sort(new ByLastChar());
        Console.WriteLine(words[0] + " " + words[4]);
        var d = new Dictionary<string, int>(new ByLastChar());
        foreach (string w in words)
        {
            int n;
            d.TryGetValue(w, out n);
            d[w] = n + 1;
        }
        foreach (var kv in d)
            Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        var sd = new SortedDictionary<string, int>(new ByLastChar()) { { "hello", 1 }, { "world", 2 }, { "abc", 3 } };
        Console.WriteLine(string.Concat(sd.Keys.ToArray()));
        Console.WriteLine(words.OrderBy(w => w, new ByLastChar()).ThenBy(w => w).First());
        Console.WriteLine(words.Distinct(new ByLastChar()).Count() + " " + words.GroupBy(w => w, new ByLastChar()).Count());
        var q = new Queue<int>(new Countdown(3));
        var st = new Stack<int>(new Countdown(3));
        Console.WriteLine(" " + q.Peek() + " " + st.Peek());
        var ll = new LinkedList<int>(new Countdown(2));
        Console.WriteLine(" " + ll.First.Value + " " + ll.Last.Value);
        Console.WriteLine(new Countdown(4).ToDictionary(x => x, x => x * x)[3]);
    }
}
