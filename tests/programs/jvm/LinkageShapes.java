import java.util.*;

public class LinkageShapes {
    static StringBuilder log = new StringBuilder();
    static int note(String s) { log.append(s).append(' '); return s.length(); }

    // ---- interface initialisation (JVMS 5.5) ----
    interface NoDefaults { int A = note("NoDefaults.<clinit>"); void run(); }
    interface WithDefault { int B = note("WithDefault.<clinit>"); default int twice() { return 2 * B; } }
    interface SubOfDefault extends WithDefault { int C = note("SubOfDefault.<clinit>"); }
    interface Top { int T = note("Top.<clinit>"); default void top() {} }
    interface Middle extends Top { int M = note("Middle.<clinit>"); }
    interface PrivateOnly { int P = note("PrivateOnly.<clinit>"); private int hidden() { return 1; } default int shown() { return hidden(); } }
    static class Base { static { note("Base.<clinit>"); } }
    static class Impl extends Base implements NoDefaults, SubOfDefault, Middle {
        static { note("Impl.<clinit>"); }
        public void run() {}
    }
    static class StaticOnly { static int s = note("StaticOnly.<clinit>"); static int get() { return s; } }

    // ---- nestmates ----
    private int secret = 41;
    private static String hidden(String s) { return "[" + s + "]"; }
    private int bump() { return ++secret; }
    class Inner {
        int peek() { return secret + bump(); }
        private int own = 7;
    }
    static class Nested {
        String call(LinkageShapes o) { return hidden("n" + o.secret); }
        private static int twice(int x) { return 2 * x; }
    }
    interface Greeter {
        private String prefix() { return "hi "; }
        default String greet(String n) { return prefix() + n; }
    }
    static class Loud implements Greeter {
        public String prefix() { return "HEY "; }   // does not override the private one
    }

    // ---- bridges and covariant returns ----
    static abstract class Box<T> {
        abstract T get();
        T orElse(T other) { T v = get(); return v == null ? other : v; }
    }
    static class IntBox extends Box<Integer> {
        final Integer v;
        IntBox(Integer v) { this.v = v; }
        @Override Integer get() { return v; }
    }
    static class Animal {
        Animal self() { return this; }
        Object describe() { return "animal"; }
        public String toString() { return "Animal"; }
    }
    static class Dog extends Animal {
        @Override Dog self() { return this; }
        @Override String describe() { return "dog"; }
        public String toString() { return "Dog"; }
    }
    static class Version implements Comparable<Version> {
        final int major, minor;
        Version(int a, int b) { major = a; minor = b; }
        public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }
        public String toString() { return major + "." + minor; }
    }
    interface Maker<T> { T make(int n); }
    static class Repeater implements Maker<String> {
        public String make(int n) { return "x".repeat(n); }
    }

    public static void main(String[] args) {
        new Impl().run();
        note("|");
        System.out.println(StaticOnly.get());
        note("|");
        System.out.println(NoDefaults.A + " " + new Impl().twice());
        note("|");
        PrivateOnly po = new PrivateOnly() {};
        System.out.println(po.shown());
        System.out.println(log.toString().trim());

        LinkageShapes o = new LinkageShapes();
        Inner in = o.new Inner();
        System.out.println(in.peek() + " " + in.own + " " + new Nested().call(o) + " " + Nested.twice(21));
        System.out.println(new Loud().greet("bob") + " " + new Loud().prefix());

        Box<Integer> b = new IntBox(null);
        System.out.println(b.orElse(5) + " " + new IntBox(3).orElse(9) + " " + b.get());
        Animal a = new Dog();
        System.out.println(a.self() + " " + a.describe() + " " + new Dog().self().describe().length());
        List<Version> vs = new ArrayList<>(List.of(new Version(1, 10), new Version(1, 2), new Version(0, 9)));
        Collections.sort(vs);
        Comparable<Version> cv = vs.get(0);
        System.out.println(vs + " " + cv.compareTo(new Version(0, 9)) + " " + Collections.max(vs));
        Maker<String> mk = new Repeater();
        @SuppressWarnings("rawtypes") Maker raw = mk;
        System.out.println(mk.make(3) + " " + raw.make(2));

        // ---- multianewarray with partial dimensions ----
        int[][] tri = new int[4][];
        for (int i = 0; i < tri.length; i++) tri[i] = new int[i + 1];
        long[][][] cube = new long[2][3][];
        String[][][] names = new String[2][2][2];
        double[][] grid = new double[3][2];
        cube[1][2] = new long[] {7L, 8L};
        names[1][0][1] = "n";
        grid[2][1] = 2.5;
        System.out.println(tri[3].length + " " + cube.length + " " + cube[0].length + " " + cube[0][0] + " " + cube[1][2][1]
            + " " + names[1][0][1] + " " + names[0][1][0] + " " + grid[2][1] + " " + grid.getClass().getName()
            + " " + cube.getClass().getName() + " " + cube[0].getClass().getName() + " " + names.getClass().getSimpleName());
        Object[] objs = new Integer[2][3];
        System.out.println(objs.getClass().getName() + " " + (objs instanceof Integer[][]) + " " + (objs[0] instanceof Integer[]));
        try { int[][] bad = new int[2][-1]; } catch (NegativeArraySizeException e) { System.out.println(e); }
        try { int[][][] bad = new int[-3][2][]; } catch (NegativeArraySizeException e) { System.out.println(e); }
        int[][] empty = new int[0][5];
        System.out.println(empty.length);
    }
}
