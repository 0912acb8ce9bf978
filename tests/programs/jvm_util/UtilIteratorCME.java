import java.util.*;

public class UtilIteratorCME {
    static List<Integer> make(List<Integer> l, int n) {
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }

    public static void main(String[] args) {
        List<List<Integer>> lists = new ArrayList<>();
        lists.add(make(new ArrayList<Integer>(), 5));
        lists.add(make(new LinkedList<Integer>(), 5));
        lists.add(make(new Vector<Integer>(), 5));
        for (List<Integer> l : lists) {
            try {
                for (Integer x : l) if (x == 1) l.remove(x);
                System.out.println("no CME " + l);
            } catch (ConcurrentModificationException e) {
                System.out.println("CME " + e.getMessage() + " " + l);
            }
            // removing the second-to-last element ends the loop without CME
            try {
                for (Integer x : l) if (x == 3) l.remove(x);
                System.out.println("no CME " + l);
            } catch (ConcurrentModificationException e) {
                System.out.println("CME " + l);
            }
            Iterator<Integer> it = l.iterator();
            try { it.remove(); } catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
            it.next();
            it.remove();
            try { it.remove(); } catch (IllegalStateException e) { System.out.println("ISE again"); }
            while (it.hasNext()) it.next();
            try { it.next(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
            System.out.println(l);
        }
        Map<String, Integer> hm = new HashMap<>();
        for (int i = 0; i < 6; i++) hm.put("k" + i, i);
        try {
            for (String k : hm.keySet()) if (k.equals("k2")) hm.put("new", 1);
        } catch (ConcurrentModificationException e) { System.out.println("map CME"); }
        try {
            for (Map.Entry<String, Integer> e : hm.entrySet()) if (e.getValue() == 3) hm.remove("k3");
        } catch (ConcurrentModificationException e) { System.out.println("map CME 2"); }
        Iterator<Map.Entry<String, Integer>> mi = hm.entrySet().iterator();
        while (mi.hasNext()) if (mi.next().getValue() % 2 == 0) mi.remove();
        System.out.println(hm);
        // replacing a value is not a structural modification
        for (String k : hm.keySet()) hm.put(k, 100);
        System.out.println(hm);
        TreeMap<Integer, String> tm = new TreeMap<>(new Comparator<Integer>() {
            public int compare(Integer a, Integer b) { return Integer.compare(a, b); }
        });
        for (int i = 0; i < 8; i++) tm.put(i, "v" + i);
        try {
            for (Integer k : tm.keySet()) if (k == 2) tm.remove(5);
        } catch (ConcurrentModificationException e) { System.out.println("tree CME"); }
        Iterator<Integer> ti = tm.keySet().iterator();
        while (ti.hasNext()) if (ti.next() % 3 == 0) ti.remove();
        System.out.println(tm);
        ArrayList<Integer> al = new ArrayList<>();
        make(al, 6);
        List<Integer> sub = al.subList(1, 4);
        al.add(99);
        try { System.out.println(sub); } catch (ConcurrentModificationException e) { System.out.println("subList CME"); }
        try { sub.size(); } catch (ConcurrentModificationException e) { System.out.println("subList size CME"); }
        ListIterator<Integer> li = al.listIterator();
        li.next();
        al.add(5);
        try { li.next(); } catch (ConcurrentModificationException e) { System.out.println("listIterator CME"); }
        try {
            al.forEach(new java.util.function.Consumer<Integer>() {
                public void accept(Integer x) { if (x == 2) al.add(7); }
            });
        } catch (ConcurrentModificationException e) { System.out.println("forEach CME " + al.size()); }
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) dq.add(i);
        Iterator<Integer> di = dq.iterator();
        di.next();
        dq.pollLast();
        try {
            while (di.hasNext()) System.out.print(di.next() + " ");
        } catch (ConcurrentModificationException e) { System.out.print("deque CME"); }
        System.out.println();
        PriorityQueue<Integer> pq = new PriorityQueue<>(Arrays.asList(5, 3, 8, 1));
        try { for (Integer x : pq) pq.add(x); } catch (ConcurrentModificationException e) { System.out.println("pq CME"); }
    }
}
