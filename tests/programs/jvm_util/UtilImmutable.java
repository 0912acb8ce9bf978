import java.util.*;

public class UtilImmutable {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + " ok");
        } catch (RuntimeException e) {
            System.out.println(what + " -> " + e);
        }
    }

    public static void main(String[] args) {
        final List<String> l0 = List.of();
        final List<String> l1 = List.of("a");
        final List<String> l2 = List.of("a", "b");
        final List<String> l5 = List.of("a", "b", "c", "d", "e");
        final List<Integer> l11 = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        System.out.println(l0 + " " + l1 + " " + l2 + " " + l5 + " " + l11);
        System.out.println(l5.size() + " " + l5.get(2) + " " + l5.indexOf("d") + " " + l5.contains("e") + " " + l5.subList(1, 3)
                           + " " + l2.equals(Arrays.asList("a", "b")) + " " + (l2.hashCode() == Arrays.asList("a", "b").hashCode()));
        attempt("add", new Runnable() { public void run() { l2.add("c"); } });
        attempt("set", new Runnable() { public void run() { l5.set(0, "z"); } });
        attempt("remove", new Runnable() { public void run() { l5.remove("a"); } });
        attempt("clear", new Runnable() { public void run() { l0.clear(); } });
        attempt("get2 of List12", new Runnable() { public void run() { l2.get(2); } });
        attempt("get1 of List12(1)", new Runnable() { public void run() { l1.get(1); } });
        attempt("get9 of ListN", new Runnable() { public void run() { l5.get(9); } });
        attempt("subList get", new Runnable() { public void run() { l5.subList(1, 3).get(2); } });
        attempt("null element", new Runnable() { public void run() { List.of("a", null); } });
        attempt("contains null", new Runnable() { public void run() { l5.contains(null); } });
        attempt("iterator past end", new Runnable() { public void run() { Iterator<String> i = l1.iterator(); i.next(); i.next(); } });
        List<String> src = new ArrayList<>(Arrays.asList("x", "y"));
        List<String> copy = List.copyOf(src);
        src.add("w");
        System.out.println(copy + " " + (List.copyOf(copy) == copy) + " " + List.of(new String[] {"p", "q", "r"}));
        final Set<Integer> s = Set.of(5, 1, 9, 3);
        System.out.println(s.size() + " " + s.contains(9) + " " + s.contains(4) + " " + s.equals(new HashSet<>(Arrays.asList(1, 3, 5, 9)))
                           + " " + (s.hashCode() == 18) + " " + Set.of() + " " + Set.of("one"));
        TreeSet<Integer> sorted = new TreeSet<>(new Comparator<Integer>() { public int compare(Integer a, Integer b) { return a - b; } });
        sorted.addAll(s);
        System.out.println(sorted);
        attempt("set duplicate", new Runnable() { public void run() { Set.of("a", "b", "a"); } });
        attempt("set add", new Runnable() { public void run() { s.add(7); } });
        attempt("set contains null", new Runnable() { public void run() { s.contains(null); } });
        System.out.println(Set.copyOf(Arrays.asList(2, 2, 2)).size());
        final Map<String, Integer> m = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println(m.size() + " " + m.get("two") + " " + m.get("four") + " " + m.containsKey("one") + " " + m.containsValue(3)
                           + " " + m.getOrDefault("x", -1) + " " + m.equals(new HashMap<>(m)) + " " + Map.of() + " " + Map.of("k", "v"));
        TreeMap<String, Integer> tm = new TreeMap<>(new Comparator<String>() { public int compare(String a, String b) { return a.charAt(1) - b.charAt(1); } });
        tm.putAll(m);
        System.out.println(tm);
        attempt("map duplicate", new Runnable() { public void run() { Map.of("a", 1, "a", 2); } });
        attempt("map put", new Runnable() { public void run() { m.put("x", 1); } });
        attempt("map null value", new Runnable() { public void run() { Map.of("a", null); } });
        attempt("map containsKey null", new Runnable() { public void run() { m.containsKey(null); } });
        Map.Entry<String, Integer> e = Map.entry("k", 5);
        System.out.println(e + " " + e.getKey() + " " + e.getValue() + " " + e.equals(new AbstractMap.SimpleEntry<>("k", 5)) + " " + e.hashCode());
        attempt("entry setValue", new Runnable() { public void run() { Map.entry("k", 1).setValue(2); } });
        Map<String, Integer> oe = Map.ofEntries(Map.entry("a", 1), Map.entry("b", 2));
        Map<String, Integer> mc = Map.copyOf(new LinkedHashMap<>(oe));
        System.out.println(oe.get("b") + " " + mc.size() + " " + mc.equals(oe));
    }
}
