import java.util.*;

public class UtilLinkedHashMap {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int cap;
        Lru(int cap) { super(16, 0.75f, true); this.cap = cap; }
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > cap; }
    }

    public static void main(String[] args) {
        LinkedHashMap<String, Integer> m = new LinkedHashMap<>();
        for (int i = 20; i > 0; i--) m.put("k" + (i * 3), i);
        System.out.println(m);
        m.put("k30", 0);
        m.remove("k15");
        m.put("k15", 15);
        System.out.println(m.keySet());
        System.out.println(m.values());
        LinkedHashMap<Integer, String> ao = new LinkedHashMap<>(8, 0.75f, true);
        for (int i = 0; i < 8; i++) ao.put(i, "v" + i);
        ao.get(3);
        ao.get(0);
        ao.put(5, "five");
        ao.getOrDefault(1, "x");
        ao.putIfAbsent(2, "no");
        System.out.println(ao);
        try {
            for (Integer k : ao.keySet()) ao.get(k);
        } catch (ConcurrentModificationException e) { System.out.println("CME on access-order get"); }
        Lru<String, Integer> lru = new Lru<>(3);
        lru.put("a", 1);
        lru.put("b", 2);
        lru.put("c", 3);
        lru.get("a");
        lru.put("d", 4);
        System.out.println(lru);
        lru.put("e", 5);
        lru.get("d");
        System.out.println(lru + " " + lru.containsKey("a"));
        LinkedHashSet<String> s = new LinkedHashSet<>();
        for (String w : new String[] {"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "quick"}) s.add(w);
        System.out.println(s);
        s.remove("fox");
        s.add("fox");
        System.out.println(s + " " + s.size());
        LinkedHashSet<Integer> s2 = new LinkedHashSet<>(Arrays.asList(9, 1, 8, 2, 7, 3));
        System.out.println(s2);
        Iterator<Integer> it = s2.iterator();
        while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
        System.out.println(s2);
        LinkedHashMap<String, Integer> copy = new LinkedHashMap<>(m);
        copy.entrySet().removeIf(new java.util.function.Predicate<Map.Entry<String, Integer>>() {
            public boolean test(Map.Entry<String, Integer> e) { return e.getValue() > 5; }
        });
        System.out.println(copy);
        System.out.println(copy.equals(m) + " " + new HashMap<>(copy).equals(copy));
    }
}
