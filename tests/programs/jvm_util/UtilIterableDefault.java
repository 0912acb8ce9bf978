import java.util.*;

public class UtilIterableDefault {
    static class Range implements Iterable<Integer> {
        final int lo, hi;
        Range(int lo, int hi) { this.lo = lo; this.hi = hi; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int i = lo;
                public boolean hasNext() { return i < hi; }
                public Integer next() {
                    if (i >= hi) throw new NoSuchElementException();
                    return i++;
                }
            };
        }
        int extra() { return 42; }
    }

    static class Bag extends AbstractCollection<String> {
        final List<String> items = new ArrayList<>(List.of("p", "q"));
        public Iterator<String> iterator() { return items.iterator(); }
        public int size() { return items.size(); }
    }

    public static void main(String[] args) {
        Range r = new Range(3, 7);
        for (int x : r) System.out.print(x + " ");
        System.out.println();
        final StringBuilder sb = new StringBuilder();
        r.forEach(x -> sb.append(x).append(','));
        System.out.println(sb);
        Iterator<Integer> it = r.iterator();
        it.next();
        try { it.remove(); } catch (UnsupportedOperationException e) { System.out.println(e.getMessage()); }
        it.forEachRemaining(x -> sb.append('<').append(x).append('>'));
        System.out.println(sb);
        Bag b = new Bag();
        System.out.println(b + " " + b.contains("q") + " " + b.isEmpty());
        b.forEach(s -> System.out.print(s));
        System.out.println();
    }
}
