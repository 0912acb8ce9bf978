import java.util.*;

public class UtilArraysObjects {
    static final class Item {
        final String name;
        final int rank;
        Item(String name, int rank) { this.name = name; this.rank = rank; }
        public String toString() { return name + ":" + rank; }
    }

    static int calls;

    public static void main(String[] args) {
        Item[] items = new Item[12];
        for (int i = 0; i < items.length; i++) items[i] = new Item("i" + i, (i * 5) % 4);
        Comparator<Item> byRank = new Comparator<Item>() {
            public int compare(Item a, Item b) { calls++; return a.rank - b.rank; }
        };
        Arrays.sort(items, byRank);
        System.out.println(Arrays.toString(items) + " calls=" + calls);
        // small arrays: the comparisons the JDK's sort makes are reproduced exactly
        final StringBuilder log = new StringBuilder();
        Integer[] seq = {5, 3, 8, 1, 9, 2, 7};
        Arrays.sort(seq, new Comparator<Integer>() {
            public int compare(Integer a, Integer b) { log.append(a).append('?').append(b).append(' '); return a - b; }
        });
        System.out.println(Arrays.toString(seq) + " " + log);
        log.setLength(0);
        Integer[] desc = {9, 8, 7, 6, 5, 1, 2, 3};
        Arrays.sort(desc, new Comparator<Integer>() {
            public int compare(Integer a, Integer b) { log.append(a).append('?').append(b).append(' '); return a - b; }
        });
        System.out.println(Arrays.toString(desc) + " " + log);
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < 60; i++) list.add(new Item("n" + i, (i * 13) % 7));
        calls = 0;
        list.sort(byRank);
        System.out.println(list);
        LinkedList<Item> linked = new LinkedList<>(list);
        Collections.sort(linked, new Comparator<Item>() {
            public int compare(Item a, Item b) { return b.rank - a.rank; }
        });
        System.out.println(linked.subList(0, 12));
        Item[] part = Arrays.copyOf(items, 12);
        Arrays.sort(part, 3, 9, new Comparator<Item>() {
            public int compare(Item a, Item b) { return b.name.length() - a.name.length(); }
        });
        System.out.println(Arrays.toString(part));
        String[] strs = list.subList(0, 4).toString().split(",");
        System.out.println(strs.length);
        Object[] arr = list.toArray();
        Item[] typed = list.toArray(new Item[0]);
        Item[] big = list.toArray(new Item[70]);
        System.out.println(arr.length + " " + typed.length + " " + typed[59] + " " + big.length + " " + big[60]);
        Item[] grown = Arrays.copyOf(typed, 62);
        System.out.println(grown.length + " " + grown[61] + " " + Arrays.copyOfRange(typed, 58, 61).length);
        System.out.println(Arrays.binarySearch(new Integer[] {1, 3, 5, 7}, 5, new Comparator<Integer>() {
            public int compare(Integer a, Integer b) { return a - b; }
        }));
    }
}
