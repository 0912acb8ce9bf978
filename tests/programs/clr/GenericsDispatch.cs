using System;
interface ICmp<T> { int Cmp(T other); }
class Money : ICmp<Money> { public int V; public Money(int v){V=v;} public int Cmp(Money o){ return V - o.V; } public override string ToString(){return "$"+V;} }
class Box<T> { public T Value; public virtual T Get(){ return Value; } public virtual string Show(T x){ return "box " + x; } }
class IntBox : Box<int> { public override int Get(){ return Value + 100; } public override string Show(int x){ return "intbox " + x; } }
class Holder<T> { public static int Made; public static T Last; public Holder(T t){ Made++; Last = t; } }
interface IGen { T Echo<T>(T x); }
class Gen : IGen { public T Echo<T>(T x) { return x; } }
static class U {
  public static T Max<T>(T a, T b) where T : ICmp<T> { return a.Cmp(b) > 0 ? a : b; }
  public static int CountIf<T>(T[] xs, T v) where T : class { int n = 0; foreach (var x in xs) if (x == v) n++; return n; }
}
struct SV : ICmp<SV> { public int X; public int Cmp(SV o) { return X - o.X; } public override string ToString(){return "SV"+X;} }
class P {
  static void Main() {
    Console.WriteLine(U.Max(new Money(3), new Money(9)));
    Box<int> b = new IntBox(); b.Value = 1; Console.WriteLine(b.Get()); Console.WriteLine(b.Show(4));
    new Holder<int>(1); new Holder<int>(2); new Holder<string>("z");
    Console.WriteLine(Holder<int>.Made + " " + Holder<string>.Made + " " + Holder<int>.Last + Holder<string>.Last);
    IGen g = new Gen(); Console.WriteLine(g.Echo(5) + g.Echo("x"));
    var a = new SV { X = 3 }; var c = new SV { X = 8 }; Console.WriteLine(U.Max(a, c));
    string s1 = "q"; Console.WriteLine(U.CountIf(new string[] { s1, "r", s1 }, s1));
  }
}
