import java.util.*;

public class UtilCollectionViews {
    static void tryRun(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        final List<Integer> base = new ArrayList<>(Arrays.asList(3, 1, 2));
        final List<Integer> ul = Collections.unmodifiableList(base);
        System.out.println(ul + " " + ul.get(1) + " " + ul.size() + " " + ul.contains(2) + " " + ul.indexOf(2));
        tryRun("add", new Runnable() { public void run() { ul.add(4); } });
        tryRun("set", new Runnable() { public void run() { ul.set(0, 4); } });
        tryRun("remove", new Runnable() { public void run() { ul.remove(0); } });
        tryRun("clear", new Runnable() { public void run() { ul.clear(); } });
        tryRun("iterator.remove", new Runnable() { public void run() { Iterator<Integer> i = ul.iterator(); i.next(); i.remove(); } });
        base.add(4);
        System.out.println(ul + " " + ul.equals(base) + " " + (ul.hashCode() == base.hashCode()) + " " + (Collections.unmodifiableList(ul) == ul));
        final Map<String, Integer> bm = new LinkedHashMap<>();
        bm.put("a", 1);
        bm.put("b", 2);
        final Map<String, Integer> um = Collections.unmodifiableMap(bm);
        System.out.println(um + " " + um.get("a") + " " + um.keySet() + " " + um.values() + " " + um.entrySet());
        tryRun("map put", new Runnable() { public void run() { um.put("c", 3); } });
        tryRun("map entry setValue", new Runnable() { public void run() { um.entrySet().iterator().next().setValue(5); } });
        tryRun("map keySet remove", new Runnable() { public void run() { um.keySet().remove("a"); } });
        System.out.println(um.getOrDefault("z", 0) + " " + um.equals(bm));
        final Set<String> us = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList("x", "y")));
        System.out.println(us + " " + us.contains("x"));
        tryRun("set add", new Runnable() { public void run() { us.add("z"); } });
        final Collection<Integer> uc = Collections.unmodifiableCollection(new ArrayDeque<>(Arrays.asList(7, 8)));
        System.out.println(uc);
        tryRun("collection remove", new Runnable() { public void run() { uc.remove(7); } });
        final List<Object> el = Collections.emptyList();
        final Set<Object> es = Collections.emptySet();
        final Map<Object, Object> em = Collections.emptyMap();
        System.out.println(el + " " + es + " " + em + " " + el.size() + " " + el.hashCode() + " " + el.equals(new ArrayList<>()) + " " + em.get("k"));
        tryRun("empty add", new Runnable() { public void run() { el.add(1); } });
        tryRun("empty get", new Runnable() { public void run() { el.get(0); } });
        tryRun("empty iterator next", new Runnable() { public void run() { es.iterator().next(); } });
        tryRun("empty map put", new Runnable() { public void run() { em.put(1, 2); } });
        final List<String> sl = Collections.singletonList("only");
        System.out.println(sl + " " + sl.get(0) + " " + sl.contains("only") + " " + sl.hashCode());
        tryRun("singleton get 1", new Runnable() { public void run() { sl.get(1); } });
        tryRun("singleton set", new Runnable() { public void run() { sl.set(0, "x"); } });
        final Set<Integer> ss = Collections.singleton(5);
        System.out.println(ss + " " + ss.contains(5) + " " + ss.equals(new HashSet<>(Arrays.asList(5))));
        tryRun("singleton iterator remove", new Runnable() { public void run() { Iterator<Integer> i = ss.iterator(); i.next(); i.remove(); } });
        final Map<String, Integer> sm = Collections.singletonMap("k", 9);
        System.out.println(sm + " " + sm.get("k") + " " + sm.containsKey("k") + " " + sm.entrySet());
        tryRun("singletonMap remove", new Runnable() { public void run() { sm.remove("k"); } });
        final List<Integer> fixed = Arrays.asList(1, 2, 3);
        fixed.set(0, 10);
        System.out.println(fixed);
        tryRun("asList add", new Runnable() { public void run() { fixed.add(4); } });
        tryRun("asList remove(Object)", new Runnable() { public void run() { fixed.remove(Integer.valueOf(2)); } });
        tryRun("asList remove(int)", new Runnable() { public void run() { fixed.remove(0); } });
        tryRun("asList get", new Runnable() { public void run() { fixed.get(3); } });
        List<Integer> sync = Collections.synchronizedList(new ArrayList<Integer>());
        sync.add(1);
        sync.add(2);
        System.out.println(sync + " " + sync.size());
        Set<String> fromMap = Collections.newSetFromMap(new LinkedHashMap<String, Boolean>());
        fromMap.add("p");
        fromMap.add("q");
        fromMap.add("p");
        System.out.println(fromMap);
    }
}
