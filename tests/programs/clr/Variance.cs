using System;
using System.Collections.Generic;
interface IProducer<out T> { T Get(); }
interface IConsumer<in T> { void Put(T x); }
class Animal { public virtual string Name { get { return "animal"; } } }
class Cat : Animal { public override string Name { get { return "cat"; } } }
class Box<T> : IProducer<T>, IConsumer<T> { T v; public Box(T v) { this.v = v; } public T Get() { return v; } public void Put(T x) { v = x; Console.WriteLine("put " + x); } }
interface IPlain<T> { }
class Plain<T> : IPlain<T> { }
class Variance {
  static void Main() {
    object o = new Box<Cat>(new Cat());
    Console.WriteLine(o is IProducer<Animal>);
    Console.WriteLine(o is IProducer<Cat>);
    Console.WriteLine(o is IConsumer<Animal>);
    object a = new Box<Animal>(new Animal());
    Console.WriteLine(a is IConsumer<Cat>);
    Console.WriteLine(a is IProducer<Cat>);
    var p = o as IProducer<Animal>; Console.WriteLine(p.Get().Name);
    object l = new List<string> { "x" };
    Console.WriteLine(l is IEnumerable<object>);
    Console.WriteLine(l is IList<object>);
    IEnumerable<object> e = (IEnumerable<object>) l; foreach (var x in e) Console.WriteLine(x);
    object f = (Func<string>) (() => "hi");
    Console.WriteLine(f is Func<object>);
    Console.WriteLine(((Func<object>) f)());
    object act = (Action<object>) (x => Console.WriteLine("act " + x));
    Console.WriteLine(act is Action<string>);
    ((Action<string>) act)("s");
    object pl = new Plain<Cat>(); Console.WriteLine(pl is IPlain<Animal>);
    object ints = new Box<int>(1); Console.WriteLine(ints is IProducer<object>);
    try { var bad = (IProducer<string>) o; } catch (InvalidCastException) { Console.WriteLine("ICE"); }
  }
}
