import java.util.*;
import java.util.function.*;

public class UtilFunctions {
    public static void main(String[] args) {
        Function<Integer, Integer> plus1 = new Function<Integer, Integer>() { public Integer apply(Integer x) { return x + 1; } };
        Function<Integer, Integer> times2 = new Function<Integer, Integer>() { public Integer apply(Integer x) { return x * 2; } };
        System.out.println(plus1.andThen(times2).apply(5) + " " + plus1.compose(times2).apply(5) + " " + Function.<Integer>identity().apply(7));
        BiFunction<Integer, Integer, Integer> add = new BiFunction<Integer, Integer, Integer>() { public Integer apply(Integer a, Integer b) { return a + b; } };
        System.out.println(add.andThen(times2).apply(3, 4));
        UnaryOperator<String> up = UnaryOperator.identity();
        System.out.println(up.apply("same"));
        Predicate<Integer> even = new Predicate<Integer>() { public boolean test(Integer x) { return x % 2 == 0; } };
        Predicate<Integer> big = new Predicate<Integer>() { public boolean test(Integer x) { return x > 10; } };
        System.out.println(even.and(big).test(12) + " " + even.and(big).test(8) + " " + even.or(big).test(11) + " " + even.negate().test(3)
                           + " " + Predicate.not(even).test(4) + " " + Predicate.isEqual("a").test("a") + " " + Predicate.isEqual(null).test(null));
        BiPredicate<String, Integer> lenIs = new BiPredicate<String, Integer>() { public boolean test(String s, Integer n) { return s.length() == n; } };
        System.out.println(lenIs.test("abc", 3) + " " + lenIs.negate().test("abc", 3) + " " + lenIs.or(lenIs.negate()).test("x", 5)
                           + " " + lenIs.and(lenIs).test("xy", 2));
        final StringBuilder sb = new StringBuilder();
        Consumer<String> c1 = new Consumer<String>() { public void accept(String s) { sb.append("1:").append(s).append(' '); } };
        Consumer<String> c2 = new Consumer<String>() { public void accept(String s) { sb.append("2:").append(s).append(' '); } };
        c1.andThen(c2).accept("go");
        BiConsumer<String, Integer> bc = new BiConsumer<String, Integer>() { public void accept(String s, Integer i) { sb.append(s).append(i).append(' '); } };
        bc.andThen(bc).accept("k", 1);
        System.out.println(sb);
        IntUnaryOperator inc = new IntUnaryOperator() { public int applyAsInt(int x) { return x + 1; } };
        IntUnaryOperator sq = new IntUnaryOperator() { public int applyAsInt(int x) { return x * x; } };
        System.out.println(inc.andThen(sq).applyAsInt(3) + " " + inc.compose(sq).applyAsInt(3) + " " + IntUnaryOperator.identity().applyAsInt(9));
        IntPredicate pos = new IntPredicate() { public boolean test(int x) { return x > 0; } };
        IntPredicate odd = new IntPredicate() { public boolean test(int x) { return (x & 1) == 1; } };
        System.out.println(pos.and(odd).test(3) + " " + pos.or(odd).test(-3) + " " + pos.negate().test(0));
        LongUnaryOperator dbl = new LongUnaryOperator() { public long applyAsLong(long x) { return 2 * x; } };
        System.out.println(dbl.andThen(dbl).applyAsLong(1L << 40) + " " + LongUnaryOperator.identity().applyAsLong(5L));
        IntBinaryOperator mul = new IntBinaryOperator() { public int applyAsInt(int a, int b) { return a * b; } };
        IntFunction<String> stars = new IntFunction<String>() { public String apply(int n) { String s = ""; for (int i = 0; i < n; i++) s += "*"; return s; } };
        IntSupplier seven = new IntSupplier() { public int getAsInt() { return 7; } };
        BooleanSupplier yes = new BooleanSupplier() { public boolean getAsBoolean() { return true; } };
        ToIntBiFunction<String, String> totalLen = new ToIntBiFunction<String, String>() { public int applyAsInt(String a, String b) { return a.length() + b.length(); } };
        LongFunction<String> lf = new LongFunction<String>() { public String apply(long v) { return "L" + v; } };
        System.out.println(mul.applyAsInt(6, 7) + " " + stars.apply(3) + " " + seven.getAsInt() + " " + yes.getAsBoolean()
                           + " " + totalLen.applyAsInt("ab", "cde") + " " + lf.apply(9L));
        final int[] box = {0};
        IntConsumer addTo = new IntConsumer() { public void accept(int v) { box[0] += v; } };
        addTo.andThen(addTo).accept(5);
        ObjIntConsumer<String> oic = new ObjIntConsumer<String>() { public void accept(String s, int v) { box[0] += s.length() * v; } };
        oic.accept("abc", 2);
        System.out.println(box[0]);
        Supplier<List<String>> sup = new Supplier<List<String>>() { public List<String> get() { return new ArrayList<>(); } };
        List<String> fresh = sup.get();
        fresh.add("z");
        System.out.println(fresh);
        List<Integer> nums = new ArrayList<>(Arrays.asList(1, 2, 3, 4, 5, 6));
        nums.removeIf(even.negate());
        nums.replaceAll(plus1.andThen(times2)::apply);
        System.out.println(nums);
        try { plus1.andThen(null); } catch (NullPointerException e) { System.out.println("NPE"); }
    }
}
