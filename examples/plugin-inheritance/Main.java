import cli.Host.*;
public class Main {
  static class Circle extends Shape {
    int r;
    Circle(int r) { super("circle"); this.r = r; }
    @Override public double Area() { return 3 * r * r; }
    @Override public String toString() { return "Circle r=" + r; }
  }
  public static void main(String[] args) {
    Shape c = new Circle(2);
    System.out.println(c.Describe());
    System.out.println(c.toString());
    System.out.println(new Shape("plain"));
    System.out.println(Runner.Total(new Shape[] { c, new Shape("none"), new Circle(1) }));
    System.out.println(Runner.Run(new ICallback() { public int Call(int x) { return x * x; } }, 5));
    System.out.println(Runner.Run(x -> x + 1, 4));
    System.out.println(Runner.Nested(x -> Runner.Run(y -> y + x, 3), 5));
    for (int k = 0; k < 7; k++) {
      try { Runner.Boom(k); System.out.println("no exception"); }
      catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
      catch (NullPointerException e) { System.out.println("NPE"); }
      catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE"); }
      catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
      catch (ArithmeticException e) { System.out.println("AE"); }
      catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
      catch (ClassCastException e) { System.out.println("CCE"); }
      finally { System.out.println("finally " + k); }
    }
    try { Runner.Boom(0); } catch (RuntimeException e) { System.out.println("RTE " + (e instanceof RuntimeException)); }
  }
}
