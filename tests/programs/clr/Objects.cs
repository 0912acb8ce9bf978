using System;
class Node {
    public int Value;
    public Node Next;
    public static int Created;
    public Node(int value, Node next) { Value = value; Next = next; Created++; }
    public int Sum() { int s = 0; for (Node n = this; n != null; n = n.Next) s += n.Value; return s; }
}
class Counter {
    int count;
    public void Inc() { count++; }
    public int Get() { return count; }
}
class Program {
    static void Main() {
        Node list = null;
        for (int i = 1; i <= 10; i++) list = new Node(i, list);
        Console.WriteLine(list.Sum());
        Console.WriteLine(Node.Created);
        var c = new Counter();
        for (int i = 0; i < 7; i++) c.Inc();
        Console.WriteLine(c.Get());
        Console.WriteLine(ReferenceEqualsCheck(list, list.Next));
    }
    static string ReferenceEqualsCheck(object a, object b) { return a == b ? "same" : "different"; }
}
