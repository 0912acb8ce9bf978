// A Java program that uses the C# library in Geometry.cs as if it were Java:
// static and instance calls, constructors, objects passed both ways, strings.
import cli.Geometry.Point;

public class Main {
    public static void main(String[] args) {
        Point origin = new Point(0, 0);
        Point p = new Point(3, 4);
        System.out.println(p.Describe("p") + " has length squared " + p.LengthSquared());
        Point q = p.Translate(-5, 2);
        System.out.println(q.Describe("q") + " is " + Point.ManhattanDistance(origin, q)
                           + " blocks from the origin");
        int sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum = Point.Add(sum, i);
        }
        System.out.println("sum computed in C#: " + sum);
        System.out.println("fields read from Java: " + q.X + "," + q.Y);
    }
}
