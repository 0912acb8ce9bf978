import java.util.*;

public class UtilCollections {
    static final Comparator<Integer> NUM = new Comparator<Integer>() {
        public int compare(Integer a, Integer b) { return Integer.compare(a, b); }
    };

    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 20; i++) l.add((i * 7) % 13);
        Collections.sort(l, NUM);
        System.out.println(l);
        System.out.println(Collections.binarySearch(l, 6, NUM) + " " + Collections.binarySearch(l, 100, NUM)
                           + " " + Collections.binarySearch(l, -1, NUM));
        Collections.reverse(l);
        System.out.println(l);
        Collections.shuffle(l, new Random(42));
        System.out.println(l);
        LinkedList<Integer> ll = new LinkedList<>(l);
        Collections.shuffle(ll, new Random(7));
        System.out.println(ll);
        Collections.reverse(ll);
        System.out.println(ll);
        List<String> words = new ArrayList<>(Arrays.asList("delta", "alpha", "echo", "bravo", "charlie", "foxtrot"));
        Collections.shuffle(words, new Random(123456789L));
        System.out.println(words);
        Collections.swap(words, 0, 5);
        System.out.println(words);
        System.out.println(Collections.max(l, NUM) + " " + Collections.min(l, NUM) + " "
                           + Collections.max(words, new Comparator<String>() {
                               public int compare(String a, String b) { return a.length() - b.length(); }
                           }));
        System.out.println(Collections.frequency(l, 3) + " " + Collections.frequency(l, 99) + " "
                           + Collections.frequency(Arrays.asList(null, "a", null), null));
        List<String> copies = Collections.nCopies(4, "ab");
        System.out.println(copies + " " + copies.size() + " " + copies.get(3) + " " + copies.indexOf("ab") + " " + copies.lastIndexOf("ab"));
        Collections.rotate(l, 3);
        System.out.println(l);
        Collections.rotate(l, -5);
        System.out.println(l);
        List<Integer> dst = new ArrayList<>(Collections.nCopies(22, 0));
        Collections.copy(dst, l);
        System.out.println(dst);
        Collections.fill(dst, 9);
        System.out.println(dst.subList(0, 5));
        System.out.println(Collections.addAll(dst, 1, 2, 3) + " " + dst.size());
        System.out.println(Collections.disjoint(l, Arrays.asList(100, 200)) + " " + Collections.disjoint(l, Arrays.asList(100, 3)));
        System.out.println(Collections.replaceAll(dst, 9, 8) + " " + dst.subList(0, 3));
        System.out.println(Collections.indexOfSubList(Arrays.asList(1, 2, 3, 1, 2, 3), Arrays.asList(2, 3))
                           + " " + Collections.lastIndexOfSubList(Arrays.asList(1, 2, 3, 1, 2, 3), Arrays.asList(2, 3)));
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 200; i++) big.add((i * 7919) % 1009);
        Collections.shuffle(big, new Random(2024));
        System.out.println(big.subList(0, 20));
        Collections.sort(big, Collections.reverseOrder(NUM));
        System.out.println(big.subList(0, 10) + " " + big.get(199));
        try { Collections.copy(new ArrayList<Integer>(), l); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Collections.nCopies(-1, "x"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Collections.max(new ArrayList<Integer>(), NUM); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        try { copies.get(4); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        Enumeration<Integer> en = Collections.enumeration(Arrays.asList(4, 5, 6));
        System.out.println(Collections.list(en));
    }
}
