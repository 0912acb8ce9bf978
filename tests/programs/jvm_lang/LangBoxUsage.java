import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
public class LangBoxUsage {
    static class Fraction extends Number {
        final int num, den;
        Fraction(int n, int d) { num = n; den = d; }
        public int intValue() { return num / den; }
        public long longValue() { return num / den; }
        public float floatValue() { return (float) num / den; }
        public double doubleValue() { return (double) num / den; }
        public String toString() { return num + "/" + den; }
    }
    static double sum(Number... ns) {
        double s = 0;
        for (Number n : ns) s += n.doubleValue();
        return s;
    }
    public static void main(String[] args) {
        Fraction f = new Fraction(7, 2);
        System.out.println(f + " " + f.intValue() + " " + f.doubleValue() + " " + f.shortValue() + " " + f.byteValue() + " " + f.floatValue());
        System.out.println(sum(1, 2L, 3.5f, 4.25, (short) 5, (byte) 6, f));
        Map<Integer, String> m = new HashMap<>();
        for (int i = 0; i < 300; i += 37) m.put(i, "v" + i);
        System.out.println(m.get(37) + " " + m.get(296) + " " + m.containsKey(74) + " " + m.size());
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "the cat and the hat and the bat".split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts.get("the") + " " + counts.get("and") + " " + counts.get("cat"));
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add((i * 7919) % 13 - 6);
        Collections.sort(list);
        System.out.println(list);
        List<Double> ds = new ArrayList<>();
        ds.add(2.5); ds.add(-0.0); ds.add(0.0); ds.add(Double.NaN); ds.add(-7.25);
        Collections.sort(ds);
        System.out.println(ds);
        List<String> strs = new ArrayList<>();
        for (String s : new String[] {"pear", "Apple", "fig", "apple", "Fig"}) strs.add(s);
        Collections.sort(strs);
        System.out.println(strs);
        Integer big1 = 1000, big2 = 1000;
        int prim = 1000;
        System.out.println((big1 == prim) + " " + big1.equals(big2) + " " + (big1 == big2));
        Long l = 5L;
        Object o = l;
        System.out.println(o.equals(5L) + " " + o.equals(5) + " " + o.hashCode() + " " + (o instanceof Long));
        Character c = 'x';
        char unboxed = c;
        System.out.println(unboxed + 1);
        Boolean flag = null;
        try {
            if (flag) System.out.println("never");
        } catch (NullPointerException e) {
            System.out.println("unboxing null");
        }
    }
}
