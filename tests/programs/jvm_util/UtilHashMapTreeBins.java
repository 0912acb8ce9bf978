import java.util.*;
import java.util.function.*;

public class UtilHashMapTreeBins {
    static final class Key implements Comparable<Key> {
        final int id, h;
        Key(int id, int h) { this.id = id; this.h = h; }
        public int hashCode() { return h; }
        public boolean equals(Object o) { return o instanceof Key && ((Key) o).id == id; }
        public int compareTo(Key o) { return Integer.compare(id, o.id); }
        public String toString() { return "K" + id + "/" + h; }
    }

    static final class Plain {
        final int id;
        Plain(int id) { this.id = id; }
        public int hashCode() { return 42; }
        public boolean equals(Object o) { return o instanceof Plain && ((Plain) o).id == id; }
    }

    public static void main(String[] args) {
        // one long bin of distinct hashes: resized while the table is small, then a tree
        HashMap<Integer, Integer> m = new HashMap<>(64);
        for (int i = 0; i < 30; i++) {
            m.put(i * 64, i);
            if (i == 8 || i == 9 || i == 15 || i == 29) System.out.println(m.keySet());
        }
        for (int i = 0; i < 30; i += 4) m.remove(i * 64);
        System.out.println(m.keySet());
        for (int i = 0; i < 30; i++) m.remove(i * 64 + (i % 2 == 0 ? 0 : 64));
        System.out.println(m.keySet());
        // trees split by resizing
        HashMap<Integer, String> g = new HashMap<>();
        for (int i = 0; i < 60; i++) g.put((i % 3) * 1 + (i / 3) * 256, "v" + i);
        System.out.println(g.keySet());
        for (int i = 60; i < 100; i++) g.put(i * 7, "w" + i);
        System.out.println(g.keySet());
        // equal hashes ordered by compareTo
        HashMap<Key, Integer> k = new HashMap<>();
        int[] ids = {50, 3, 77, 12, 90, 1, 66, 45, 23, 8, 31, 99, 5, 60, 14, 88};
        for (int i = 0; i < ids.length; i++) k.put(new Key(ids[i], 64 * (i % 2)), i);
        for (int i = 0; i < 60; i++) k.put(new Key(1000 + i, 1000 + i), i);
        System.out.println(k.keySet());
        k.remove(new Key(77, 0));
        k.remove(new Key(12, 64));
        k.remove(new Key(3, 64));
        k.remove(new Key(90, 0));
        System.out.println(k.keySet());
        System.out.println(k.get(new Key(50, 0)) + " " + k.get(new Key(66, 0)) + " " + k.containsKey(new Key(77, 0)));
        k.computeIfAbsent(new Key(40, 0), new Function<Key, Integer>() {
            public Integer apply(Key x) { return -1; }
        });
        k.merge(new Key(41, 64), 5, new BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer a, Integer b) { return a + b; }
        });
        k.compute(new Key(42, 0), new BiFunction<Key, Integer, Integer>() {
            public Integer apply(Key x, Integer v) { return 7; }
        });
        System.out.println(k.keySet());
        // removing down to a small tree turns the bin back into a list
        for (int i = 4; i < ids.length; i++) k.remove(new Key(ids[i], 64 * (i % 2)));
        System.out.println(k.keySet());
        // linked maps keep insertion order whatever the bins are
        LinkedHashMap<Key, Integer> lk = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) lk.put(new Key(ids[i], 0), i);
        for (int i = 0; i < 50; i++) lk.put(new Key(500 + i, i), i);
        lk.remove(new Key(66, 0));
        System.out.println(lk.keySet());
        // keys of one hash that are not comparable: order not specified, lookups must work
        HashMap<Plain, Integer> p = new HashMap<>();
        for (int i = 0; i < 100; i++) p.put(new Plain(i), i);
        int sum = 0;
        for (int i = 0; i < 100; i += 3) sum += p.get(new Plain(i));
        for (int i = 0; i < 100; i += 2) p.remove(new Plain(i));
        System.out.println(p.size() + " " + sum + " " + p.get(new Plain(51)) + " " + p.get(new Plain(50)));
        HashSet<Integer> s = new HashSet<>();
        for (int i = 0; i < 80; i++) s.add(i * 1024);
        Iterator<Integer> it = s.iterator();
        while (it.hasNext()) if (it.next() % 3072 == 0) it.remove();
        System.out.println(s);
    }
}
