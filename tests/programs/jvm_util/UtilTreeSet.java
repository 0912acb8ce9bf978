import java.util.*;

public class UtilTreeSet {
    static final Comparator<String> BY_LEN_THEN_TEXT = new Comparator<String>() {
        public int compare(String a, String b) {
            if (a.length() != b.length()) return a.length() - b.length();
            for (int i = 0; i < a.length(); i++) if (a.charAt(i) != b.charAt(i)) return a.charAt(i) - b.charAt(i);
            return 0;
        }
    };

    public static void main(String[] args) {
        TreeSet<String> s = new TreeSet<>(BY_LEN_THEN_TEXT);
        String[] words = {"pear", "fig", "apple", "kiwi", "banana", "date", "plum", "lime", "cherry", "fig", "melon"};
        for (String w : words) System.out.print(s.add(w) ? "+" : "=");
        System.out.println();
        System.out.println(s + " " + s.size());
        System.out.println(s.first() + " " + s.last() + " " + s.floor("zzzz") + " " + s.ceiling("aaaa")
                           + " " + s.higher("plum") + " " + s.lower("fig"));
        System.out.println(s.headSet("kiwi") + " " + s.tailSet("lime") + " " + s.subSet("fig", "melon"));
        System.out.println(s.headSet("kiwi", true) + " " + s.subSet("date", false, "apple", true));
        System.out.println(s.descendingSet() + " " + s.descendingSet().first());
        Iterator<String> d = s.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (d.hasNext()) sb.append(d.next()).append(' ');
        System.out.println(sb);
        System.out.println(s.pollFirst() + " " + s.pollLast() + " " + s);
        System.out.println(s.remove("kiwi") + " " + s.remove("nothing") + " " + s.contains("plum"));
        SortedSet<String> tail = s.tailSet("lime");
        tail.add("zzzzzzzzzz");
        try { tail.add("a"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(tail + " " + s);
        TreeSet<Integer> nums = new TreeSet<>(new Comparator<Integer>() {
            public int compare(Integer a, Integer b) { return Integer.compare(b, a); }
        });
        for (int i = 0; i < 20; i++) nums.add((i * 13) % 17);
        System.out.println(nums);
        nums.removeIf(new java.util.function.Predicate<Integer>() {
            public boolean test(Integer x) { return x % 2 == 1; }
        });
        System.out.println(nums + " " + nums.comparator().compare(1, 2));
        TreeSet<Integer> copy = new TreeSet<>(nums);
        System.out.println(copy + " " + copy.equals(nums) + " " + nums.equals(new HashSet<>(nums)));
        NavigableSet<Integer> hs = nums.headSet(6, true);
        System.out.println(hs + " " + hs.size() + " " + hs.pollFirst() + " " + nums);
        try { new TreeSet<Integer>(nums.comparator()).first(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        System.out.println(new TreeSet<Integer>(nums.comparator()).pollFirst());
    }
}
