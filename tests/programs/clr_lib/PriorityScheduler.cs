using System;
using System.Collections.Generic;
using System.Linq;

// A generic binary-heap priority queue and a job scheduler built on it.
class PriorityQueue<TItem, TPriority>
{
    readonly List<KeyValuePair<TItem, TPriority>> heap = new List<KeyValuePair<TItem, TPriority>>();
    readonly IComparer<TPriority> comparer;
    long inserted;
    readonly Dictionary<TItem, long> order = new Dictionary<TItem, long>();

    public PriorityQueue() : this(Comparer<TPriority>.Default) { }
    public PriorityQueue(IComparer<TPriority> comparer) { this.comparer = comparer; }

    public int Count { get { return heap.Count; } }

    bool Less(int i, int j)
    {
        int c = comparer.Compare(heap[i].Value, heap[j].Value);
        if (c != 0)
            return c < 0;
        return order[heap[i].Key] < order[heap[j].Key];
    }

    void Swap(int i, int j)
    {
        var t = heap[i];
        heap[i] = heap[j];
        heap[j] = t;
    }

    public void Enqueue(TItem item, TPriority priority)
    {
        order[item] = inserted++;
        heap.Add(new KeyValuePair<TItem, TPriority>(item, priority));
        int i = heap.Count - 1;
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (!Less(i, parent))
                break;
            Swap(i, parent);
            i = parent;
        }
    }

    public TItem Dequeue(out TPriority priority)
    {
        if (heap.Count == 0)
            throw new InvalidOperationException("empty queue");
        var top = heap[0];
        heap[0] = heap[heap.Count - 1];
        heap.RemoveAt(heap.Count - 1);
        int i = 0;
        while (true)
        {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < heap.Count && Less(l, m))
                m = l;
            if (r < heap.Count && Less(r, m))
                m = r;
            if (m == i)
                break;
            Swap(i, m);
            i = m;
        }
        order.Remove(top.Key);
        priority = top.Value;
        return top.Key;
    }
}

class Job
{
    public string Name;
    public int Priority;
    public int Duration;
    public List<string> After = new List<string>();
    public Job(string name, int priority, int duration) { Name = name; Priority = priority; Duration = duration; }
    public override string ToString() { return Name; }
}

class PriorityScheduler
{
    static string Join<T>(string sep, IEnumerable<T> items)
    {
        var sb = new System.Text.StringBuilder();
        foreach (T x in items)
        {
            if (sb.Length > 0)
                sb.Append(sep);
            sb.Append(x);
        }
        return sb.ToString();
    }

    static void Main()
    {
        var pq = new PriorityQueue<string, int>();
        string[] names = { "write", "test", "deploy", "lint", "review", "plan" };
        int[] pri = { 3, 2, 5, 2, 4, 1 };
        for (int i = 0; i < names.Length; i++)
            pq.Enqueue(names[i], pri[i]);
        int p;
        while (pq.Count > 0)
            Console.Write(pq.Dequeue(out p) + "(" + p + ") ");
        Console.WriteLine();
        var maxq = new PriorityQueue<int, double>(Comparer<double>.Create((a, b) => b.CompareTo(a)));
        var rnd = new Random(11);
        for (int i = 0; i < 15; i++)
            maxq.Enqueue(i, Math.Round(rnd.NextDouble() * 10, 1));
        double d;
        var firstFive = new List<string>();
        for (int i = 0; i < 5; i++)
            firstFive.Add(maxq.Dequeue(out d) + "@" + d);
        Console.WriteLine(Join(" ", firstFive));
        // schedule jobs with dependencies on two workers: a ready job with the
        // smallest priority number goes first
        var jobs = new Dictionary<string, Job>();
        foreach (var j in new[] {
            new Job("fetch", 1, 3), new Job("parse", 2, 2), new Job("index", 3, 4), new Job("thumbs", 5, 1),
            new Job("render", 2, 5), new Job("publish", 1, 1), new Job("notify", 4, 1) })
            jobs[j.Name] = j;
        jobs["parse"].After.Add("fetch");
        jobs["index"].After.Add("parse");
        jobs["thumbs"].After.Add("fetch");
        jobs["render"].After.Add("parse");
        jobs["publish"].After.AddRange(new[] { "render", "index", "thumbs" });
        jobs["notify"].After.Add("publish");
        var remaining = jobs.Values.ToDictionary(j => j.Name, j => j.After.Count);
        var ready = new PriorityQueue<Job, int>();
        foreach (var j in jobs.Values.Where(j => j.After.Count == 0))
            ready.Enqueue(j, j.Priority);
        var running = new List<Tuple<int, Job>>();     // (finish time, job)
        int time = 0, workers = 2;
        var log = new List<string>();
        while (ready.Count > 0 || running.Count > 0)
        {
            while (running.Count < workers && ready.Count > 0)
            {
                int prio;
                Job j = ready.Dequeue(out prio);
                running.Add(Tuple.Create(time + j.Duration, j));
                log.Add(time + ":start " + j.Name);
            }
            running.Sort((a, b) => a.Item1 != b.Item1 ? a.Item1.CompareTo(b.Item1) : string.CompareOrdinal(a.Item2.Name, b.Item2.Name));
            var done = running[0];
            running.RemoveAt(0);
            time = done.Item1;
            log.Add(time + ":done " + done.Item2.Name);
            foreach (var dep in jobs.Values.Where(j => j.After.Contains(done.Item2.Name)))
                if (--remaining[dep.Name] == 0)
                    ready.Enqueue(dep, dep.Priority);
        }
        foreach (string line in log)
            Console.WriteLine(line);
        Console.WriteLine("makespan " + time);
        try
        {
            ready.Dequeue(out p);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
