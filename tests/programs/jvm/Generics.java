import java.util.*;
import java.util.function.*;

public class Generics {
    interface Named { default String name() { return "named"; } }
    interface Titled { default String name() { return "titled"; } }
    static class Both implements Named, Titled {
        public String name() { return Named.super.name() + "+" + Titled.super.name(); }
    }
    interface Shape extends Comparable<Shape> {
        double area();
        default int compareTo(Shape o) { return Double.compare(area(), o.area()); }
        static Shape square(double s) { return () -> s * s; }
    }
    record Circle(double r) implements Shape { public double area() { return Math.PI * r * r; } }
    static abstract class Node<T extends Comparable<T>> {
        abstract T value();
        <R> R fold(R init, BiFunction<R, T, R> f) { return f.apply(init, value()); }
    }
    static final class Leaf<T extends Comparable<T>> extends Node<T> {
        final T v; Leaf(T v) { this.v = v; }
        T value() { return v; }
    }
    static <T extends Comparable<? super T>> T max(Collection<? extends T> xs) {
        T best = null;
        for (T x : xs) if (best == null || x.compareTo(best) > 0) best = x;
        return best;
    }
    static double total(List<? extends Shape> shapes) {
        double t = 0;
        for (Shape s : shapes) t += s.area();
        return t;
    }
    @SafeVarargs static <T> List<T> listOf(T... xs) { return new ArrayList<>(Arrays.asList(xs)); }
    static class Pair<A, B> {
        final A a; final B b;
        Pair(A a, B b) { this.a = a; this.b = b; }
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(a, c); }
        public String toString() { return "(" + a + ", " + b + ")"; }
    }
    static class Cell<T> implements Supplier<T>, Consumer<T> {
        T value;
        public T get() { return value; }
        public void accept(T t) { value = t; }
    }

    public static void main(String[] args) {
        System.out.println(new Both().name());
        List<Shape> shapes = listOf(new Circle(1), Shape.square(2), new Circle(0.5));
        Collections.sort(shapes);
        StringBuilder sb = new StringBuilder();
        for (Shape s : shapes) sb.append(String.format("%.4f ", s.area()));
        System.out.println(sb + " total " + String.format("%.3f", total(shapes)));
        System.out.println(shapes.get(0) + " " + (shapes.get(2) instanceof Circle c ? "circle " + c.r() : "other"));
        Node<String> n = new Leaf<>("abc");
        System.out.println(n.fold(10, (acc, s) -> acc + s.length()) + " " + n.<String>fold("x", String::concat));
        System.out.println(max(listOf(3, 9, 4)) + " " + max(listOf("pear", "apple")) + " " + max(new ArrayList<Integer>()));
        Pair<String, Integer> p = new Pair<>("k", 1);
        System.out.println(p + " " + p.withSecond(2.5) + " " + p.withSecond(List.of(1, 2)));
        Cell<String> cell = new Cell<>();
        Consumer<String> setter = cell;
        setter.accept("set");
        Supplier<String> getter = cell;
        System.out.println(getter.get() + " " + cell.get().length());
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < 10; i++) groups.computeIfAbsent(i % 3 == 0 ? "three" : (i % 2 == 0 ? "even" : "odd"), k -> new ArrayList<>()).add(i);
        System.out.println(groups);
        Function<Integer, Function<Integer, Integer>> adder = a -> b -> a + b;
        BinaryOperator<Integer> mul = (a, b) -> a * b;
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(adder.apply(3).apply(4) + " " + mul.andThen(x -> x - 1).apply(6, 7) + " " + up.apply("q") + " " + Function.<Integer>identity().compose((Integer x) -> x * 2).apply(21));
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        List<String> words = listOf("ccc", "a", "bb", "dd");
        words.sort(byLen.thenComparing(Comparator.reverseOrder()));
        System.out.println(words);
        Optional<String> first = Optional.of(words.get(0)).filter(w -> w.length() > 1); System.out.println(first.orElse("none") + " " + first.isPresent());
    }
}
