import java.util.*;

public class UtilArrayDeque {
    public static void main(String[] args) {
        ArrayDeque<Integer> d = new ArrayDeque<>();
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) d.addFirst(i);
            else d.addLast(i);
        }
        System.out.println(d + " " + d.size() + " " + d.peekFirst() + " " + d.peekLast() + " " + d.getFirst() + " " + d.getLast());
        for (int i = 10; i < 40; i++) {
            if (i % 3 == 0) d.offerFirst(i);
            else d.offerLast(i);
        }
        System.out.println(d);
        System.out.println(d.pollFirst() + " " + d.pollLast() + " " + d.pop() + " " + d.removeLast() + " " + d.remove() + " " + d.poll());
        System.out.println(d.removeFirstOccurrence(5) + " " + d.removeLastOccurrence(22) + " " + d.remove(Integer.valueOf(31)) + " " + d.contains(7));
        System.out.println(d);
        Iterator<Integer> it = d.iterator();
        while (it.hasNext()) if (it.next() % 4 == 0) it.remove();
        System.out.println(d);
        Iterator<Integer> di = d.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (di.hasNext()) {
            int x = di.next();
            sb.append(x).append(' ');
            if (x % 5 == 0) di.remove();
        }
        System.out.println(sb + "| " + d);
        ArrayDeque<String> stack = new ArrayDeque<>();
        stack.push("a");
        stack.push("b");
        stack.push("c");
        System.out.println(stack + " " + stack.peek() + " " + stack.pop() + " " + stack);
        ArrayDeque<Integer> copy = new ArrayDeque<>(Arrays.asList(3, 1, 4, 1, 5));
        copy.removeIf(new java.util.function.Predicate<Integer>() { public boolean test(Integer x) { return x == 1; } });
        System.out.println(copy + " " + Arrays.toString(copy.toArray()));
        copy.addAll(Arrays.asList(9, 2, 6));
        copy.retainAll(Arrays.asList(9, 4, 6, 5));
        System.out.println(copy + " " + copy.clone());
        copy.clear();
        System.out.println(copy + " " + copy.isEmpty() + " " + copy.pollFirst() + " " + copy.peekLast());
        try { copy.removeFirst(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        try { copy.getLast(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        try { copy.element(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        try { copy.addFirst(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { copy.offer(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        Deque<Integer> q = new ArrayDeque<>(4);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 7; i++) q.offer(round * 10 + i);
            for (int i = 0; i < 5; i++) q.poll();
        }
        System.out.println(q);
    }
}
