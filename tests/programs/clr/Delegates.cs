using System;
delegate int IntOp(int x);
delegate void Notify(string s);
delegate R Fn<A, R>(A a);
class Counter { public int N; public int Add(int x) { N += x; return N; } public virtual int Twice(int x){ return 2*x; } }
class Sub : Counter { public override int Twice(int x){ return 3*x; } }
class Btn { public event Notify Clicked; public void Click(string s) { if (Clicked != null) Clicked(s); } }
class P {
  static int Sq(int x) { return x * x; }
  static void Hello(string s) { Console.WriteLine("hello " + s); }
  static void Bye(string s) { Console.WriteLine("bye " + s); }
  static Fn<int,int> Adder(int k) { return x => x + k; }
  static int Apply(IntOp f, int v) { return f(v); }
  static void Main() {
    IntOp f = Sq; Console.WriteLine(f(7));
    var c = new Counter(); IntOp g = c.Add; g(5); g(6); Console.WriteLine(c.N);
    Counter s = new Sub(); IntOp h = s.Twice; Console.WriteLine(h(4));
    Notify n = Hello; n += Bye; n("a"); n -= Hello; n("b");
    Fn<int,int> add5 = Adder(5); Console.WriteLine(add5(10));
    int total = 0; IntOp acc = x => { total += x; return total; }; acc(3); acc(4); Console.WriteLine(total);
    Console.WriteLine(Apply(x => x * 10, 9));
    Fn<string,int> len = str => str.Length; Console.WriteLine(len("hello"));
    var b = new Btn(); b.Clicked += Hello; b.Clicked += x => Console.WriteLine("lambda " + x); b.Click("ev");
    Notify none = null; none += Hello; none("once");
    Console.WriteLine(n.GetInvocationList().Length);
  }
}
