// A counted loop calling a small static int method (same-VM call).
// Usage: Loop [iterations]  (default 100000000).  Checksum wraps at 32 bits.
public class Loop {
    static int add(int a, int b) {
        return a + b;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100000000;
        int acc = 0;
        for (int i = 0; i < n; i++) {
            acc = add(acc, i);
        }
        System.out.print("loop(");
        System.out.print(n);
        System.out.print(") = ");
        System.out.println(acc);
    }
}
