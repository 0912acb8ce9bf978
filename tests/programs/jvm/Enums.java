import java.util.Objects;
public class Enums {
    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % values().length]; } }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6);
        final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        int big() { return (int) (radius / 1000); }
    }
    interface Op { int apply(int a, int b); }
    enum Arith implements Op {
        PLUS { public int apply(int a, int b) { return a + b; } },
        TIMES { public int apply(int a, int b) { return a * b; } };
    }
    static String describe(Color c) {
        switch (c) {
            case RED: return "warm";
            case BLUE: return "cold";
            default: return "neutral";
        }
    }
    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.ordinal() + " " + c.name() + " " + describe(c) + " -> " + c.next());
        System.out.println(Color.valueOf("GREEN") == Color.GREEN);
        try { Color.valueOf("PINK"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(Color.RED.compareTo(Color.BLUE) + " " + Color.RED.equals(Color.RED));
        for (Planet p : Planet.values()) System.out.println(p + " " + p.big());
        for (Arith a : Arith.values()) System.out.println(a + " " + a.apply(6, 7) + " " + a.getDeclaringClass().getSimpleName());
        System.out.println(Color.GREEN.getClass().getName() + " " + Color.class.getSimpleName() + " " + new int[0].getClass().getName() + " " + "s".getClass().getName());
        int[] a = {3, 1, 2}; int[] b = a.clone(); b[0] = 9; System.out.println(a[0] + " " + b[0] + " " + b.length);
        String day = args.length > 0 ? args[0] : "tue";
        switch (day) {
            case "mon": System.out.println("monday"); break;
            case "tue": System.out.println("tuesday"); break;
            default: System.out.println("other");
        }
        int v = switch (Color.BLUE) { case RED -> 1; case GREEN -> 2; case BLUE -> 3; };
        System.out.println(v);
    }
}
