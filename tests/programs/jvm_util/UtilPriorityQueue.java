import java.util.*;

public class UtilPriorityQueue {
    static final Comparator<Integer> MIN = new Comparator<Integer>() {
        public int compare(Integer a, Integer b) { return Integer.compare(a, b); }
    };
    static final Comparator<Integer> MAX = new Comparator<Integer>() {
        public int compare(Integer a, Integer b) { return Integer.compare(b, a); }
    };

    public static void main(String[] args) {
        PriorityQueue<Integer> q = new PriorityQueue<>(MIN);
        int[] data = {42, 17, 8, 99, 23, 4, 15, 16, 61, 3, 27, 50, 8, 1};
        for (int x : data) {
            q.add(x);
        }
        System.out.println(q + " " + q.size() + " " + q.peek());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(q.poll()).append(' ');
        System.out.println(sb + " " + q);
        q.remove(23);
        q.remove(42);
        System.out.println(q + " " + q.contains(61) + " " + q.contains(42));
        Iterator<Integer> it = q.iterator();
        while (it.hasNext()) {
            int x = it.next();
            if (x == 15 || x == 50) it.remove();
        }
        System.out.println(q);
        PriorityQueue<Integer> mx = new PriorityQueue<>(3, MAX);
        for (int x : data) mx.offer(x);
        System.out.println(mx);
        sb = new StringBuilder();
        while (!mx.isEmpty()) sb.append(mx.poll()).append(',');
        System.out.println(sb + " " + mx.poll() + " " + mx.peek());
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 25; i++) l.add((i * 37) % 29);
        PriorityQueue<Integer> h = new PriorityQueue<>(MIN);
        h.addAll(l);
        System.out.println(h);
        PriorityQueue<Integer> h2 = new PriorityQueue<>(h);
        System.out.println(h2 + " " + (h2.comparator() == MIN));
        h2.removeIf(new java.util.function.Predicate<Integer>() {
            public boolean test(Integer x) { return x % 4 == 0; }
        });
        System.out.println(h2);
        Object[] arr = h2.toArray();
        System.out.println(arr.length + " " + arr[0]);
        try { h2.add(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { new PriorityQueue<Integer>(0); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { new PriorityQueue<Integer>(MIN).remove(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        try { new PriorityQueue<Integer>(MIN).element(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        PriorityQueue<String> ps = new PriorityQueue<>(new Comparator<String>() {
            public int compare(String a, String b) { return a.length() - b.length(); }
        });
        for (String w : new String[] {"ccc", "a", "bb", "dddd", "e", "ff"}) ps.add(w);
        System.out.println(ps);
        h.clear();
        System.out.println(h + " " + h.size());
    }
}
