import java.util.*;
import java.util.function.*;

public class UtilHashMapCompute {
    public static void main(String[] args) {
        Map<Integer, String> m = new HashMap<>();
        for (int i = 0; i < 5; i++) m.put(i * 16, "p" + i);
        // computeIfAbsent and merge add new keys at the head of their bin
        for (int i = 5; i < 8; i++) {
            m.computeIfAbsent(i * 16, new Function<Integer, String>() {
                public String apply(Integer k) { return "c" + k; }
            });
        }
        System.out.println(m);
        Map<Integer, Integer> counts = new HashMap<>();
        int[] data = {3, 19, 35, 3, 51, 19, 67, 3, 83, 99, 115, 131, 147};
        BiFunction<Integer, Integer, Integer> sum = new BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer a, Integer b) { return a + b; }
        };
        for (int d : data) counts.merge(d, 1, sum);
        System.out.println(counts);
        // a table over its threshold grows on the next compute, not the current one
        Map<Integer, Integer> g = new HashMap<>();
        for (int i = 0; i < 13; i++) {
            g.compute(i * 5, new BiFunction<Integer, Integer, Integer>() {
                public Integer apply(Integer k, Integer v) { return v == null ? k : v + 1; }
            });
        }
        System.out.println(g);
        g.compute(100, new BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer k, Integer v) { return 1; }
        });
        System.out.println(g);
        System.out.println(m.getOrDefault(16, "dflt") + " " + m.getOrDefault(17, "dflt"));
        System.out.println(m.putIfAbsent(16, "zz") + " " + m.putIfAbsent(17, "new17") + " " + m.get(17));
        System.out.println(m.replace(17, "r17") + " " + m.replace(18, "r18") + " " + m.replace(17, "r17", "rr17") + " " + m.replace(17, "bad", "x"));
        System.out.println(m.remove(17, "no") + " " + m.remove(17, "rr17") + " " + m.containsKey(17));
        System.out.println(m.computeIfPresent(0, new BiFunction<Integer, String, String>() {
            public String apply(Integer k, String v) { return v + "!"; }
        }) + " " + m.computeIfPresent(1, new BiFunction<Integer, String, String>() {
            public String apply(Integer k, String v) { return "never"; }
        }));
        m.computeIfPresent(32, new BiFunction<Integer, String, String>() {
            public String apply(Integer k, String v) { return null; }
        });
        m.compute(48, new BiFunction<Integer, String, String>() {
            public String apply(Integer k, String v) { return null; }
        });
        System.out.println(m);
        m.merge(64, "x", new BiFunction<String, String, String>() {
            public String apply(String a, String b) { return null; }
        });
        System.out.println(m);
        m.replaceAll(new BiFunction<Integer, String, String>() {
            public String apply(Integer k, String v) { return k + ":" + v; }
        });
        final StringBuilder sb = new StringBuilder();
        m.forEach(new BiConsumer<Integer, String>() {
            public void accept(Integer k, String v) { sb.append(k).append("->").append(v).append(';'); }
        });
        System.out.println(sb);
        for (Map.Entry<Integer, String> e : m.entrySet()) e.setValue(e.getValue() + "!");
        System.out.println(m);
        m.keySet().remove(0);
        m.values().remove("80:c80!");
        m.entrySet().remove(new AbstractMap.SimpleEntry<Integer, String>(96, "96:c96!"));
        System.out.println(m + " " + m.entrySet().contains(new AbstractMap.SimpleEntry<Integer, String>(112, "112:c112!")));
        try {
            m.computeIfAbsent(999, new Function<Integer, String>() {
                public String apply(Integer k) { m.put(1000, "sneaky"); return "v"; }
            });
        } catch (ConcurrentModificationException e) { System.out.println("CME from computeIfAbsent"); }
        try { m.merge(1, null, null); } catch (NullPointerException e) { System.out.println("NPE"); }
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            groups.computeIfAbsent("g" + (i % 4), new Function<String, List<Integer>>() {
                public List<Integer> apply(String k) { return new ArrayList<>(); }
            }).add(i);
        }
        System.out.println(groups);
    }
}
