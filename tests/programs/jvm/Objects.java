public class Objects {
    static int created;
    int value;
    Objects next;
    Objects(int value, Objects next) { this.value = value; this.next = next; created++; }
    int sum() { int s = 0; for (Objects o = this; o != null; o = o.next) s += o.value; return s; }
    static class Counter {
        private int count;
        void inc() { count++; }
        int get() { return count; }
    }
    public static void main(String[] args) {
        Objects list = null;
        for (int i = 1; i <= 10; i++) list = new Objects(i, list);
        System.out.println(list.sum());
        System.out.println(created);
        Counter c = new Counter();
        for (int i = 0; i < 7; i++) c.inc();
        System.out.println(c.get());
        System.out.println(list == list.next ? "same" : "different");
    }
}
