import java.util.*;

public class UtilNaturalOrder {
    public static void main(String[] args) {
        List<String> words = new ArrayList<>(Arrays.asList("pear", "Apple", "fig", "banana", "apple", "Fig", "cherry"));
        Collections.sort(words);
        System.out.println(words);
        words.sort(Comparator.reverseOrder());
        System.out.println(words);
        words.sort(Comparator.naturalOrder());
        System.out.println(words + " " + Collections.max(words) + " " + Collections.min(words));
        System.out.println(Collections.binarySearch(words, "fig") + " " + Collections.binarySearch(words, "grape"));
        TreeMap<String, Integer> tm = new TreeMap<>();
        for (String w : words) tm.merge(w.toLowerCase(), 1, Integer::sum);
        System.out.println(tm + " " + tm.firstKey() + " " + tm.ceilingKey("c") + " " + tm.headMap("f"));
        TreeSet<Integer> ts = new TreeSet<>(Arrays.asList(42, -7, 13, 0, 99, 13, -100));
        System.out.println(ts + " " + ts.floor(12) + " " + ts.higher(42) + " " + ts.descendingSet());
        PriorityQueue<Integer> pq = new PriorityQueue<>(Arrays.asList(5, 3, 8, 1, 9, 2));
        System.out.println(pq);
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb);
        String[] arr = {"delta", "alpha", "charlie", "bravo"};
        Arrays.sort(arr);
        System.out.println(Arrays.toString(arr) + " " + Arrays.binarySearch(arr, "charlie"));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 100; i++) big.add((i * 7919) % 211);
        Collections.sort(big);
        System.out.println(big.subList(0, 10) + " " + big.get(99));
        try {
            new TreeSet<Object>().add(new Object());
            System.out.println("no exception");
        } catch (ClassCastException e) { System.out.println("CCE"); }
        try {
            TreeSet<Object> mixed = new TreeSet<>();
            mixed.add("s");
            mixed.add(1);
        } catch (ClassCastException e) { System.out.println("CCE mixed"); }
        try { new TreeMap<String, Integer>().put(null, 1); } catch (NullPointerException e) { System.out.println("NPE"); }
        Map<String, Integer> ages = new HashMap<>(Map.of("bob", 30, "amy", 25, "cal", 35));
        List<Map.Entry<String, Integer>> es = new ArrayList<>(ages.entrySet());
        es.sort(Map.Entry.comparingByValue());
        System.out.println(es);
        es.sort(Map.Entry.comparingByKey());
        System.out.println(es);
    }
}
