using System;
abstract class Shape {
    public abstract int Area();
    public virtual string Name() { return "shape"; }
    public override string ToString() { return Name() + ":" + Area(); }
}
class Rect : Shape {
    protected int w, h;
    public Rect(int w, int h) { this.w = w; this.h = h; }
    public override int Area() { return w * h; }
    public override string Name() { return "rect"; }
}
class Square : Rect {
    public Square(int s) : base(s, s) { }
    public override string Name() { return "square"; }
}
interface IGreeter { string Greet(string who); }
class Polite : IGreeter { public string Greet(string who) { return "Good day, " + who; } }
class Program {
    static void Main() {
        Shape[] shapes = { new Rect(2, 3), new Square(4), new Rect(1, 1) };
        int total = 0;
        foreach (Shape s in shapes) { Console.WriteLine(s); total += s.Area(); }
        Console.WriteLine("total " + total);
        IGreeter g = new Polite();
        Console.WriteLine(g.Greet("Ada"));
        object o = shapes[1];
        Console.WriteLine(o is Rect);
        Console.WriteLine(o is IGreeter);
    }
}
