import java.util.*;

// A priority-queue scheduler: tasks with priorities and deadlines, ties
// broken by arrival order; simulated time.
public class Scheduler {
    record Task(String name, int priority, int duration, int arrival) {}
    public static void main(String[] args) {
        PriorityQueue<Task> ready = new PriorityQueue<>(
            Comparator.comparingInt(Task::priority).reversed().thenComparingInt(Task::arrival));
        List<Task> incoming = new ArrayList<>();
        String[] names = {"build", "test", "deploy", "lint", "docs", "bench", "fuzz", "pack"};
        int seed = 7;
        for (int i = 0; i < names.length; i++) {
            seed = seed * 1103515245 + 12345;
            int pr = (seed >>> 16) % 5, dur = (seed >>> 8) % 7 + 1;
            incoming.add(new Task(names[i], Math.abs(pr), Math.abs(dur), i * 2));
        }
        int time = 0, idx = 0;
        Map<String, Integer> finished = new TreeMap<>();
        while (idx < incoming.size() || !ready.isEmpty()) {
            while (idx < incoming.size() && incoming.get(idx).arrival() <= time) ready.add(incoming.get(idx++));
            if (ready.isEmpty()) { time = incoming.get(idx).arrival(); continue; }
            Task t = ready.poll();
            time += t.duration();
            finished.put(t.name(), time);
            System.out.println("t=" + time + " ran " + t);
        }
        System.out.println(finished);
        Deque<Integer> window = new ArrayDeque<>();
        for (int v : finished.values()) { window.addLast(v); if (window.size() > 3) window.removeFirst(); }
        System.out.println("last three finish times " + window);
    }
}
