using System;
using System.Collections.Generic;

class QueueStack
{
    static void Main()
    {
        var q = new Queue<string>();
        q.Enqueue("a");
        q.Enqueue("b");
        q.Enqueue("c");
        Console.WriteLine(q.Count + " " + q.Peek() + " " + q.Dequeue() + " " + q.Count);
        for (int i = 0; i < 10; i++)
        {
            q.Enqueue("x" + i);
            if (i % 3 == 0)
                q.Dequeue();
        }
        foreach (string s in q)
            Console.Write(s + " ");
        Console.WriteLine();
        string[] qa = q.ToArray();
        Console.WriteLine(qa.Length + " " + qa[0] + " " + qa[qa.Length - 1] + " " + q.Contains("x5") + " " + q.Contains("a"));
        string item;
        while (q.TryDequeue(out item))
            Console.Write(item);
        Console.WriteLine(" " + q.Count + " " + q.TryPeek(out item) + " " + (item == null));
        try
        {
            q.Dequeue();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        var nums = new Queue<int>(new[] { 3, 1, 4, 1, 5 });
        nums.Enqueue(9);
        Console.WriteLine(nums.Dequeue() + nums.Dequeue() + " " + nums.Count);
        var st = new Stack<int>();
        for (int i = 1; i <= 6; i++)
            st.Push(i * i);
        Console.WriteLine(st.Count + " " + st.Peek() + " " + st.Pop() + " " + st.Pop() + " " + st.Count);
        foreach (int x in st)
            Console.Write(x + " ");
        Console.WriteLine();
        int[] sa = st.ToArray();
        Console.WriteLine(sa[0] + " " + sa[sa.Length - 1] + " " + st.Contains(4) + " " + st.Contains(36));
        var fromList = new Stack<char>(new List<char> { 'a', 'b', 'c' });
        Console.WriteLine(fromList.Pop() + "" + fromList.Pop() + fromList.Pop());
        char ctop;
        int top;
        Console.WriteLine(fromList.TryPop(out ctop) + " " + st.TryPeek(out top) + " " + top);
        try
        {
            fromList.Peek();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        // a stack-based evaluator of reverse Polish notation
        string[] rpn = { "3", "4", "+", "2", "*", "7", "-", "10", "*" };
        var eval = new Stack<long>();
        foreach (string tok in rpn)
        {
            if (tok == "+" || tok == "-" || tok == "*")
            {
                long b = eval.Pop(), a = eval.Pop();
                eval.Push(tok == "+" ? a + b : tok == "-" ? a - b : a * b);
            }
            else
            {
                long v = 0;
                foreach (char ch in tok)
                    v = v * 10 + (ch - '0');
                eval.Push(v);
            }
        }
        Console.WriteLine(eval.Pop());
        // breadth-first search with a queue
        var adj = new Dictionary<int, List<int>>();
        for (int i = 0; i < 8; i++)
            adj[i] = new List<int>();
        int[] edges = { 0, 1, 0, 2, 1, 3, 2, 3, 3, 4, 4, 5, 6, 7 };
        for (int i = 0; i < edges.Length; i += 2)
        {
            adj[edges[i]].Add(edges[i + 1]);
            adj[edges[i + 1]].Add(edges[i]);
        }
        var dist = new Dictionary<int, int> { { 0, 0 } };
        var frontier = new Queue<int>();
        frontier.Enqueue(0);
        while (frontier.Count > 0)
        {
            int n = frontier.Dequeue();
            foreach (int m in adj[n])
                if (!dist.ContainsKey(m))
                {
                    dist[m] = dist[n] + 1;
                    frontier.Enqueue(m);
                }
        }
        foreach (var kv in dist)
            Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        var qs = new Queue<int>();
        qs.Enqueue(1);
        try
        {
            foreach (int x in qs)
                qs.Enqueue(x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
