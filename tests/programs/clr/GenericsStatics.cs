using System;
class Box<T> {
  public T Value;
  public static int Count;
  public Box(T v) { Value = v; Count++; }
  public T Get() { return Value; }
  public override string ToString() { return "Box(" + Value + ")"; }
}
class Pair<A,B> { public A First; public B Second; public Pair(A a, B b){First=a;Second=b;} }
class P {
  static T Id<T>(T x) { return x; }
  static T Def<T>() { return default(T); }
  static void Main() {
    var b = new Box<int>(3);
    var s = new Box<string>("hi");
    Console.WriteLine(b.Get() + 1);
    Console.WriteLine(s.Get());
    Console.WriteLine(b);
    Console.WriteLine(Box<int>.Count + " " + Box<string>.Count);
    Console.WriteLine(Id(5) + Id(2));
    Console.WriteLine(Def<int>());
    Console.WriteLine(Def<string>() == null);

    var p = new Pair<int,string>(1, "x");
    Console.WriteLine(p.First + p.Second);
  }
}
