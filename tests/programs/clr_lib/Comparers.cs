using System;
using System.Collections.Generic;

class Money : IComparable<Money>, IEquatable<Money>
{
    public long Cents;
    public Money(long c) { Cents = c; }
    public int CompareTo(Money o) { return Cents.CompareTo(o.Cents); }
    public bool Equals(Money o) { return o != null && o.Cents == Cents; }
    public override int GetHashCode() { return (int)Cents; }
}

class Legacy : IComparable
{
    public int V;
    public Legacy(int v) { V = v; }
    public int CompareTo(object o) { return V - ((Legacy)o).V; }
}

class Comparers
{
    static int Sign(int c) { return c < 0 ? -1 : c > 0 ? 1 : 0; }

    static void Main()
    {
        var ci = Comparer<int>.Default;
        Console.WriteLine(Sign(ci.Compare(1, 2)) + " " + Sign(ci.Compare(5, 5)) + " " + Sign(ci.Compare(int.MaxValue, int.MinValue)));
        var cs = Comparer<string>.Default;
        Console.WriteLine(Sign(cs.Compare("apple", "Banana")) + " " + Sign(cs.Compare("a", "A")) + " " + Sign(cs.Compare(null, "x"))
            + " " + Sign(cs.Compare("x", null)) + " " + Sign(cs.Compare(null, null)) + " " + Sign(cs.Compare("abc", "abd")));
        var cd = Comparer<double>.Default;
        Console.WriteLine(Sign(cd.Compare(double.NaN, 1)) + " " + Sign(cd.Compare(double.NaN, double.NaN)) + " "
            + Sign(cd.Compare(double.PositiveInfinity, 1e308)) + " " + Sign(cd.Compare(-0.0, 0.0)));
        var cm = Comparer<Money>.Default;
        Console.WriteLine(Sign(cm.Compare(new Money(5), new Money(3))) + " " + Sign(cm.Compare(null, new Money(3))));
        var cl = Comparer<Legacy>.Default;
        Console.WriteLine(Sign(cl.Compare(new Legacy(1), new Legacy(9))));
        var cc = Comparer<char>.Default;
        var cb = Comparer<bool>.Default;
        var clong = Comparer<long>.Default;
        Console.WriteLine(Sign(cc.Compare('a', 'b')) + " " + Sign(cb.Compare(true, false)) + " " + Sign(clong.Compare(1L << 40, 1)));
        var rev = Comparer<int>.Create((a, b) => b - a);
        var list = new List<int> { 3, 1, 2 };
        list.Sort(rev);
        Console.WriteLine(list[0] + "" + list[1] + list[2] + " " + Sign(rev.Compare(1, 2)));
        var eq = EqualityComparer<string>.Default;
        Console.WriteLine(eq.Equals("a", "a") + " " + eq.Equals("a", null) + " " + eq.Equals(null, null) + " " + (eq.GetHashCode("x") == "x".GetHashCode()) + " " + eq.GetHashCode(null));
        var eqm = EqualityComparer<Money>.Default;
        Console.WriteLine(eqm.Equals(new Money(7), new Money(7)) + " " + eqm.Equals(new Money(7), new Money(8)));
        var eqi = EqualityComparer<int>.Default;
        Console.WriteLine(eqi.Equals(4, 4) + " " + eqi.Equals(4, 5) + " " + eqi.GetHashCode(42));
        var eqo = EqualityComparer<object>.Default;
        object boxed = 3;
        Console.WriteLine(eqo.Equals(boxed, 3) + " " + eqo.Equals(new object(), new object()) + " " + eqo.Equals("s", "s"));
        var eqd = EqualityComparer<double>.Default;
        Console.WriteLine(eqd.Equals(double.NaN, double.NaN) + " " + eqd.Equals(0.1 + 0.2, 0.3));
        var moneys = new List<Money> { new Money(300), new Money(-5), new Money(120) };
        moneys.Sort();
        foreach (var m in moneys)
            Console.Write(m.Cents + " ");
        Console.WriteLine(moneys.Contains(new Money(120)) + " " + moneys.IndexOf(new Money(300)));
    }
}
