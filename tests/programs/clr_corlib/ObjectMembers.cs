using System;

class Node
{
    public int Value;
    public Node Next;
    public Node(int v) { Value = v; }
    public Node ShallowCopy() { return (Node)MemberwiseClone(); }
}

class Key
{
    public int Id;
    public Key(int id) { Id = id; }
    public override bool Equals(object o) { Key k = o as Key; return k != null && k.Id == Id; }
    public override int GetHashCode() { return Id * 31; }
    public override string ToString() { return "Key#" + Id; }
}

class ObjectMembers
{
    static void Main()
    {
        Node a = new Node(1);
        a.Next = new Node(2);
        Node b = a.ShallowCopy();
        Console.WriteLine(b.Value + " " + (b.Next == a.Next) + " " + ReferenceEquals(a, b) + " " + ReferenceEquals(a, a) + " " + ReferenceEquals(null, null));
        b.Value = 10;
        Console.WriteLine(a.Value + " " + b.Value);
        Key k1 = new Key(5), k2 = new Key(5), k3 = new Key(6);
        Console.WriteLine(k1.Equals(k2) + " " + k1.Equals(k3) + " " + Equals(k1, k2) + " " + Equals(null, k1) + " " + Equals(null, null) + " " + object.Equals(k1, k1));
        Console.WriteLine(k1.GetHashCode() + " " + k1 + " " + k1.GetType().Name);
        object o = new object();
        Console.WriteLine(o.Equals(o) + " " + o.Equals(new object()) + " " + (o.GetHashCode() == o.GetHashCode()));
        object boxed = 5;
        Console.WriteLine(Equals(boxed, 5) + " " + Equals(boxed, 5L) + " " + boxed.Equals(5));
        string s1 = "abc", s2 = new string(new char[] { 'a', 'b', 'c' });
        Console.WriteLine(Equals(s1, s2) + " " + ReferenceEquals(s1, s2) + " " + s1.Equals((object)s2));
    }
}
