public class Lambdas {
    interface IntOp { int apply(int a, int b); }
    interface Maker<T> { T make(String s); }
    interface Pred<T> { boolean test(T t); }
    interface Fn<A, B> { B apply(A a); }
    record Point(int x, int y) {
        Point { if (x < 0) throw new IllegalArgumentException("x"); }
        int sum() { return x + y; }
    }
    record Named(String name, double weight, long id, boolean ok) {}
    static class Box { final String v; Box(String v) { this.v = v; } public String toString() { return "Box(" + v + ")"; } }
    static int twice(int x) { return 2 * x; }
    String greet(String who) { return "hi " + who; }
    public static void main(String[] args) {
        IntOp add = (a, b) -> a + b;
        IntOp mul = (a, b) -> a * b;
        System.out.println(add.apply(3, 4) + " " + mul.apply(3, 4));
        int base = 10;
        IntOp addBase = (a, b) -> a + b + base;
        System.out.println(addBase.apply(1, 2));
        Fn<Integer, Integer> tw = Lambdas::twice;
        System.out.println(tw.apply(21));
        Fn<String, Integer> len = String::length;
        System.out.println(len.apply("hello"));
        Lambdas self = new Lambdas();
        Fn<String, String> g = self::greet;
        System.out.println(g.apply("bob"));
        Maker<Box> mk = Box::new;
        System.out.println(mk.make("x"));
        Pred<String> empty = String::isEmpty;
        System.out.println(empty.test("") + " " + empty.test("a"));
        Runnable r = () -> System.out.println("ran");
        r.run();
        Fn<Integer, Long> widen = i -> (long) i * 1000000000L;
        System.out.println(widen.apply(5));
        Point p = new Point(1, 2), q = new Point(1, 2), s = new Point(2, 1);
        System.out.println(p + " " + p.equals(q) + " " + p.equals(s) + " " + (p.hashCode() == q.hashCode()) + " " + p.hashCode() + " " + p.sum() + " " + p.x());
        Named n = new Named("n", 1.5, 7L, true);
        System.out.println(n + " " + n.hashCode() + " " + n.equals(new Named("n", 1.5, 7L, true)));
        try { new Point(-1, 0); } catch (IllegalArgumentException e) { System.out.println("bad " + e.getMessage()); }
    }
}
