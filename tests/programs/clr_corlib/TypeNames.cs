using System;

namespace Shapes
{
    public class Shape { }
    public class Circle : Shape
    {
        public class Center { }
    }
    public struct Size { public int W, H; }
    public enum Color { Red, Green }
}

class Plain { }

class TypeNames
{
    static void Show(object o)
    {
        Type t = o.GetType();
        Console.WriteLine(t.Name + " | " + t.FullName + " | " + t.Namespace + " | " + t + " | " + t.IsValueType + " " + t.IsArray + " " + t.IsEnum + " " + t.IsClass);
    }

    static void Main()
    {
        Show(new Plain());
        Show(new Shapes.Shape());
        Show(new Shapes.Circle());
        Show(new Shapes.Circle.Center());
        Show(new Shapes.Size());
        Show(Shapes.Color.Green);
        Show(42);
        Show(42L);
        Show(1.5);
        Show(1.5f);
        Show('c');
        Show(true);
        Show((byte)1);
        Show("str");
        Show(new object());
        Show(new int[3]);
        Show(new string[0]);
        Show(new Shapes.Shape[1]);
        Show(new InvalidOperationException());
        Console.WriteLine(new Plain().GetType() == typeof(Plain));
        Console.WriteLine(typeof(Shapes.Circle).BaseType + " " + typeof(Shapes.Shape).BaseType + " " + typeof(int).BaseType + " " + typeof(object).BaseType);
        Console.WriteLine(typeof(int) + " " + typeof(string) + " " + typeof(int[]) + " " + typeof(Shapes.Circle.Center).Name);
        Console.WriteLine(typeof(Shapes.Shape).IsAssignableFrom(typeof(Shapes.Circle)) + " " + typeof(Shapes.Circle).IsAssignableFrom(typeof(Shapes.Shape)));
        Console.WriteLine(typeof(Shapes.Circle).IsSubclassOf(typeof(Shapes.Shape)) + " " + typeof(Shapes.Shape).IsInstanceOfType(new Shapes.Circle()));
        Console.WriteLine(typeof(int).IsPrimitive + " " + typeof(string).IsPrimitive + " " + typeof(IComparable).IsInterface);
        object o = new Shapes.Circle();
        Console.WriteLine(o.GetType() == typeof(Shapes.Shape) ? "shape" : "not exactly shape");
        Console.WriteLine(o.GetType().Equals(typeof(Shapes.Circle)) + " " + ReferenceEquals(o.GetType(), o.GetType()));
        Console.WriteLine(new Plain() + " " + new Shapes.Circle.Center());
    }
}
