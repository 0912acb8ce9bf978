import java.util.*;

public class UtilTreeMap {
    static final Comparator<Integer> NUM = new Comparator<Integer>() {
        public int compare(Integer a, Integer b) { return Integer.compare(a, b); }
    };

    public static void main(String[] args) {
        TreeMap<Integer, String> t = new TreeMap<>(NUM);
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 25, 35, 65, 5, 95, 60, 40};
        for (int k : keys) t.put(k, "v" + k);
        System.out.println(t);
        System.out.println(t.firstKey() + " " + t.lastKey() + " " + t.firstEntry() + " " + t.lastEntry());
        System.out.println(t.floorKey(33) + " " + t.ceilingKey(33) + " " + t.higherKey(35) + " " + t.lowerKey(35)
                           + " " + t.floorKey(1) + " " + t.ceilingKey(100));
        System.out.println(t.floorEntry(64) + " " + t.ceilingEntry(64) + " " + t.higherEntry(95) + " " + t.lowerEntry(5));
        System.out.println(t.headMap(30) + " " + t.headMap(30, true));
        System.out.println(t.tailMap(70) + " " + t.tailMap(70, false));
        System.out.println(t.subMap(20, 60) + " " + t.subMap(20, false, 60, true));
        System.out.println(t.descendingMap());
        System.out.println(t.descendingKeySet() + " " + t.navigableKeySet().headSet(25, true));
        NavigableMap<Integer, String> sub = t.subMap(20, true, 70, true);
        sub.put(45, "new45");
        sub.remove(30);
        System.out.println(sub + " " + sub.size() + " " + sub.firstKey() + " " + sub.lastKey());
        System.out.println(t);
        try { sub.put(100, "x"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { t.subMap(60, 20); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { sub.subMap(0, 30); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        NavigableMap<Integer, String> desc = sub.descendingMap();
        System.out.println(desc + " " + desc.firstKey() + " " + desc.headMap(40) + " " + desc.ceilingKey(42));
        System.out.println(t.pollFirstEntry() + " " + t.pollLastEntry() + " " + t);
        Map.Entry<Integer, String> fe = t.firstEntry();
        try { fe.setValue("x"); } catch (UnsupportedOperationException e) { System.out.println("immutable snapshot"); }
        for (Map.Entry<Integer, String> e : t.entrySet()) if (e.getKey() % 20 == 0) e.setValue("twenty");
        System.out.println(t);
        Iterator<Integer> it = t.keySet().iterator();
        while (it.hasNext()) if (it.next() % 10 == 5) it.remove();
        System.out.println(t + " " + t.size());
        t.values().remove("twenty");
        System.out.println(t + " " + t.containsValue("twenty") + " " + t.containsKey(80));
        TreeMap<String, Integer> rev = new TreeMap<>(Collections.reverseOrder(new Comparator<String>() {
            public int compare(String a, String b) { return a.length() - b.length(); }
        }));
        for (String s : new String[] {"a", "ccc", "bb", "dddd", "ee", "f"}) rev.merge(s, 1, new java.util.function.BiFunction<Integer, Integer, Integer>() {
            public Integer apply(Integer x, Integer y) { return x + y; }
        });
        System.out.println(rev + " " + rev.comparator().compare("aa", "b"));
        TreeMap<Integer, Integer> big = new TreeMap<>(NUM);
        for (int i = 0; i < 300; i++) big.put((i * 7919) % 1000, i);
        for (int i = 0; i < 1000; i += 3) big.remove(i);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Integer k : big.keySet()) if (n++ % 17 == 0) sb.append(k).append(',');
        System.out.println(sb + " " + big.size());
        System.out.println(big.headMap(100).size() + " " + big.tailMap(900).size() + " " + big.subMap(300, 400).keySet());
        TreeMap<Integer, String> copy = new TreeMap<>(t);
        System.out.println(copy + " " + copy.equals(t) + " " + (copy.comparator() == NUM));
        try { new TreeMap<Integer, String>(NUM).firstKey(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        System.out.println(new TreeMap<Integer, String>(NUM).firstEntry() + " " + new TreeMap<Integer, String>(NUM).pollFirstEntry());
        t.clear();
        System.out.println(t + " " + t.isEmpty());
    }
}
