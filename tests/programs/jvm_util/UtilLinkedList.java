import java.util.*;

public class UtilLinkedList {
    public static void main(String[] args) {
        LinkedList<String> l = new LinkedList<>();
        l.add("b");
        l.addFirst("a");
        l.addLast("c");
        l.add(1, "ins");
        l.push("top");
        l.offer("tail");
        l.offerFirst("first");
        System.out.println(l + " " + l.size() + " " + l.getFirst() + " " + l.getLast() + " " + l.get(3) + " " + l.peekLast());
        System.out.println(l.pop() + " " + l.poll() + " " + l.pollLast() + " " + l.removeFirst() + " " + l.removeLast() + " " + l);
        l.addAll(Arrays.asList("x", "y", "x", "z"));
        l.addAll(2, Arrays.asList("p", "q"));
        System.out.println(l + " " + l.indexOf("x") + " " + l.lastIndexOf("x") + " " + l.contains("q"));
        System.out.println(l.removeFirstOccurrence("x") + " " + l.removeLastOccurrence("x") + " " + l.removeLastOccurrence("nope") + " " + l);
        System.out.println(l.set(0, "S") + " " + l.remove(1) + " " + l.remove("z") + " " + l);
        ListIterator<String> it = l.listIterator(1);
        it.next();
        it.add("added");
        it.previous();
        it.set("setp");
        System.out.println(l + " " + it.nextIndex() + " " + it.previousIndex());
        Iterator<String> d = l.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (d.hasNext()) sb.append(d.next()).append(' ');
        System.out.println(sb);
        List<String> sub = l.subList(1, 3);
        sub.clear();
        System.out.println(l + " " + l.equals(Arrays.asList(l.toArray())) + " " + l.hashCode());
        l.clear();
        System.out.println(l + " " + l.peek() + " " + l.poll() + " " + l.pollFirst() + " " + l.peekFirst());
        try { l.getFirst(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { l.removeLast(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        try { l.element(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        try { l.get(0); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { l.add(2, "x"); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { l.listIterator(1); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        LinkedList<Integer> nums = new LinkedList<>();
        for (int i = 0; i < 10; i++) nums.add(i);
        nums.removeIf(new java.util.function.Predicate<Integer>() { public boolean test(Integer x) { return x % 3 == 0; } });
        Collections.reverse(nums);
        System.out.println(nums + " " + nums.get(4) + " " + nums.indexOf(7));
        nums.add(null);
        System.out.println(nums.contains(null) + " " + nums.indexOf(null) + " " + nums.remove(null) + " " + nums);
    }
}
