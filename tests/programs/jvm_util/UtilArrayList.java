import java.util.*;

public class UtilArrayList {
    public static void main(String[] args) {
        ArrayList<String> a = new ArrayList<>();
        System.out.println(a + " " + a.size() + " " + a.isEmpty());
        for (int i = 0; i < 25; i++) a.add("s" + i);
        System.out.println(a);
        System.out.println(a.size() + " " + a.get(0) + " " + a.get(24) + " " + a.indexOf("s7") + " " + a.lastIndexOf("zz"));
        a.add(3, "ins");
        a.set(0, "first");
        System.out.println(a.remove(5) + " " + a.remove("s10") + " " + a.remove("nope"));
        System.out.println(a);
        List<String> sub = a.subList(2, 6);
        System.out.println(sub + " " + sub.size() + " " + sub.get(1));
        sub.set(0, "SUB");
        sub.remove(1);
        sub.add("added");
        System.out.println(sub + " / " + a.subList(0, 8));
        ArrayList<String> b = new ArrayList<>(a.subList(0, 5));
        System.out.println(b + " " + b.equals(a.subList(0, 5)) + " " + (b.hashCode() == a.subList(0, 5).hashCode()));
        b.addAll(Arrays.asList("x", "y", "z"));
        b.addAll(1, Arrays.asList("p", "q"));
        System.out.println(b);
        b.removeAll(Arrays.asList("x", "p", "first"));
        System.out.println(b);
        b.retainAll(Arrays.asList("q", "y", "z", "SUB"));
        System.out.println(b + " " + b.contains("z") + " " + b.containsAll(Arrays.asList("q", "z")));
        ListIterator<String> li = b.listIterator();
        while (li.hasNext()) {
            String s = li.next();
            if (s.equals("y")) li.set("Y");
            if (s.equals("q")) li.add("after-q");
        }
        System.out.println(b);
        while (li.hasPrevious()) System.out.print(li.previous() + "(" + li.nextIndex() + ") ");
        System.out.println();
        Object[] arr = b.toArray();
        System.out.println(arr.length + " " + arr[0]);
        ArrayList<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 12; i++) nums.add(i * i % 7);
        nums.remove(Integer.valueOf(4));
        nums.remove(0);
        System.out.println(nums + " " + nums.hashCode());
        nums.removeIf(new java.util.function.Predicate<Integer>() {
            public boolean test(Integer x) { return x == 1; }
        });
        System.out.println(nums);
        nums.replaceAll(new java.util.function.UnaryOperator<Integer>() {
            public Integer apply(Integer x) { return x * 10; }
        });
        System.out.println(nums);
        nums.clear();
        System.out.println(nums + " " + nums.size());
        ArrayList<Object> self = new ArrayList<>();
        self.add(self);
        self.add(null);
        System.out.println(self);
        try { a.get(100); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { a.get(-1); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { a.add(100, "x"); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { a.remove(99); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { a.set(30, "x"); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { a.subList(3, 1); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { a.subList(-1, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { a.subList(0, 100); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { a.listIterator(50); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { new ArrayList<String>(-5); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { sub.get(10); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        ArrayList<String> c = new ArrayList<>(3);
        c.add("a");
        c.ensureCapacity(100);
        c.trimToSize();
        c.add("b");
        System.out.println(c + " " + c.equals(Arrays.asList("a", "b")) + " " + c.equals(new LinkedList<>(c)));
    }
}
