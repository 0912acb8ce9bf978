// The same library written in Java, under the name the stubs give it: the
// demo's output must equal this all-Java program's output under `java`.
package cli.Geometry;

public class Point {
    public int X, Y;

    public Point(int x, int y) { X = x; Y = y; }

    public static int Add(int a, int b) { return a + b; }

    public static int ManhattanDistance(Point a, Point b) {
        return Abs(a.X - b.X) + Abs(a.Y - b.Y);
    }

    static int Abs(int v) { return v < 0 ? -v : v; }

    public int LengthSquared() { return X * X + Y * Y; }

    public Point Translate(int dx, int dy) { return new Point(X + dx, Y + dy); }

    public String Describe(String label) {
        return label + "(" + X + ", " + Y + ")";
    }
}
