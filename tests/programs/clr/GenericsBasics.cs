using System;
using System.Collections.Generic;
interface IShape { double Area(); }
class Sq : IShape { public double S; public Sq(double s){S=s;} public double Area(){return S*S;} }
class Stack2<T> {
  T[] items = new T[4]; int n;
  public void Push(T x) { if (n == items.Length) { T[] a = new T[n*2]; for (int i=0;i<n;i++) a[i]=items[i]; items=a; } items[n++] = x; }
  public T Pop() { return items[--n]; }
  public int Count { get { return n; } }
  public static Stack2<T> Of(T a, T b) { var s = new Stack2<T>(); s.Push(a); s.Push(b); return s; }
}
struct Pt<T> { public T X, Y; public Pt(T x, T y){X=x;Y=y;} public override string ToString(){ return "(" + X + "," + Y + ")"; } }
abstract class Visitor { public abstract R Visit<R>(R seed); }
class V1 : Visitor { public override R Visit<R>(R seed) { Console.WriteLine("visit " + seed); return seed; } }
class Node<T> { public T Val; public Node<T> Next; }
static class U {
  public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
}
class P {
  static void Main() {
    int[] arr = { 5, 3, 8, 1, 9, 2, 7, 6, 4, 10 };
    int sum = 0; foreach (int x in arr) sum += x; Console.WriteLine(sum);
    double[] ds = { 1.5, 2.5, 3.25 }; Console.WriteLine(ds[2]);
    byte[] bs = { 200, 1, 2, 3, 4, 5, 6, 7, 8, 9 }; Console.WriteLine(bs[0]);
    var s = new Stack2<int>(); for (int i = 0; i < 10; i++) s.Push(i * i);
    Console.WriteLine(s.Pop() + " " + s.Count);
    var t = Stack2<string>.Of("a", "b"); Console.WriteLine(t.Pop() + t.Pop());
    var p = new Pt<int>(1, 2); var q = p; q.X = 5; Console.WriteLine(p + " " + q);
    Visitor v = new V1(); Console.WriteLine(v.Visit(42)); Console.WriteLine(v.Visit("s"));
    var n = new Node<string> { Val = "a", Next = new Node<string> { Val = "b" } };
    Console.WriteLine(n.Next.Val);
    int a1 = 1, b1 = 2; U.Swap(ref a1, ref b1); Console.WriteLine(a1 + " " + b1);
    IShape sh = new Sq(3); Console.WriteLine(sh.Area());
    object o = new Pt<double>(1.5, 2); Console.WriteLine(o is Pt<double>); Console.WriteLine(o is Pt<int>);
    
    Console.WriteLine(new Node<int>().Val);
  }
}
