import java.util.*;

public class UtilHashMapIntegers {
    public static void main(String[] args) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < 40; i++) m.put(i * 37 - 500, i);
        System.out.println(m);
        // keys colliding in one bin: a long bin in a small table makes the table grow
        Map<Integer, String> c = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            c.put(i * 64, "v" + i);
            if (i >= 7) System.out.println(c);
        }
        Map<Integer, String> h = new HashMap<>();
        for (int i = 0; i < 20; i++) h.put(i << 16, "x" + i);
        System.out.println(h.keySet());
        Map<Integer, String> neg = new HashMap<>();
        int[] ks = {Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 65536, -65536, 123456789, -987654321, 16, 32, 48};
        for (int k : ks) neg.put(k, "" + k);
        System.out.println(neg);
        Map<Long, String> longs = new HashMap<>();
        for (long i = 0; i < 10; i++) longs.put(i * 4294967296L + i, "L" + i);
        System.out.println(longs.keySet());
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < 100; i++) s.add((i * 7919) % 503);
        System.out.println(s);
        s.removeIf(new java.util.function.Predicate<Integer>() {
            public boolean test(Integer x) { return x % 3 != 0; }
        });
        System.out.println(s + " " + s.size());
        Set<Integer> t = new HashSet<>(Arrays.asList(5, 3, 1000, 77, 1 << 20, 1 << 4));
        System.out.println(t);
        t.retainAll(Arrays.asList(3, 77, 16));
        System.out.println(t + " " + t.contains(77) + " " + t.contains(1000));
        Map<Integer, Integer> grow = new HashMap<>();
        for (int i = 0; i < 13; i++) grow.put(i * 17, i);
        System.out.println(grow);
        Map<Integer, Integer> grow2 = new HashMap<>(grow);
        System.out.println(grow2);
        Map<Object, Object> mixed = new HashMap<>();
        mixed.put("s", 1);
        mixed.put(2, "two");
        mixed.put(3L, "3.5");
        mixed.put("c", "t");
        mixed.put(null, null);
        System.out.println(mixed.size() + " " + mixed.get(2) + " " + mixed.get(null) + " " + mixed.containsKey(null));
    }
}
