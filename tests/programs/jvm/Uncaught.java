public class Uncaught {
    static void fail(int n) {
        if (n == 0) throw new IllegalArgumentException("no more: " + n);
        fail(n - 1);
    }
    public static void main(String[] args) {
        System.out.println("before");
        fail(3);
        System.out.println("after");
    }
}
