import java.util.*;
import java.util.function.*;

public class UtilComparators {
    static final class P {
        final String name;
        final int age;
        final long score;
        final double weight;
        P(String name, int age, long score, double weight) { this.name = name; this.age = age; this.score = score; this.weight = weight; }
        public String toString() { return name + "/" + age; }
    }

    public static void main(String[] args) {
        List<P> ps = new ArrayList<>();
        String[] names = {"ann", "bob", "cy", "dee", "ed", "flo", "gus", "hal"};
        for (int i = 0; i < names.length; i++) ps.add(new P(names[i], 20 + (i * 3) % 4, (i * 7) % 5, (i % 3) * 0.5));
        ToIntFunction<P> age = new ToIntFunction<P>() { public int applyAsInt(P p) { return p.age; } };
        ToLongFunction<P> score = new ToLongFunction<P>() { public long applyAsLong(P p) { return p.score; } };
        ToDoubleFunction<P> weight = new ToDoubleFunction<P>() { public double applyAsDouble(P p) { return p.weight; } };
        Function<P, Integer> nameLen = new Function<P, Integer>() { public Integer apply(P p) { return p.name.length(); } };
        Comparator<Integer> natural = new Comparator<Integer>() { public int compare(Integer a, Integer b) { return Integer.compare(a, b); } };
        List<P> l = new ArrayList<>(ps);
        l.sort(Comparator.comparingInt(age));
        System.out.println(l);
        l.sort(Comparator.comparingInt(age).reversed());
        System.out.println(l);
        l.sort(Comparator.comparingLong(score).thenComparingInt(age));
        System.out.println(l);
        l.sort(Comparator.comparingDouble(weight).thenComparing(nameLen, natural).thenComparingLong(score));
        System.out.println(l);
        l.sort(Comparator.comparing(nameLen, natural.reversed()).thenComparing(Comparator.comparingInt(age)));
        System.out.println(l);
        l.sort(Comparator.comparingInt(age).thenComparingDouble(weight).reversed());
        System.out.println(l);
        List<Integer> withNulls = new ArrayList<>(Arrays.asList(3, null, 1, null, 2));
        withNulls.sort(Comparator.nullsFirst(natural));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(natural));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsFirst(natural).reversed());
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(natural.reversed()));
        System.out.println(withNulls);
        Comparator<Integer> rev = Collections.reverseOrder(natural);
        System.out.println(rev.compare(1, 2) + " " + (Collections.reverseOrder(rev) == natural) + " " + rev.reversed().compare(1, 2));
        Comparator<String> byLen = Comparator.comparing(new Function<String, Integer>() {
            public Integer apply(String s) { return s.length(); }
        }, natural);
        List<String> words = new ArrayList<>(Arrays.asList("ccc", "a", "bb", "dd", "e", "fff"));
        words.sort(byLen);
        System.out.println(words);
        words.sort(byLen.reversed());
        System.out.println(words);
        BinaryOperator<Integer> min = BinaryOperator.minBy(natural);
        BinaryOperator<Integer> max = BinaryOperator.maxBy(natural);
        System.out.println(min.apply(4, 9) + " " + max.apply(4, 9) + " " + Objects.compare(5, 3, natural) + " " + Objects.compare(null, null, natural));
        Map.Entry<String, Integer> e1 = Map.entry("b", 1), e2 = Map.entry("a", 2);
        System.out.println(Map.Entry.<String, Integer>comparingByValue(natural).compare(e1, e2) + " "
                           + Map.Entry.<String, Integer>comparingByKey(byLen).compare(e1, e2));
        try { Comparator.comparingInt(null); } catch (NullPointerException e) { System.out.println("NPE"); }
    }
}
