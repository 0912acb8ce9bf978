// Recursive Fibonacci: call-heavy integer code.  Usage: Fib [n]  (default 32)
public class Fib {
    static int fib(int n) {
        if (n < 2) return n;
        return fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int r = fib(n);
        System.out.print("fib(");
        System.out.print(n);
        System.out.print(") = ");
        System.out.println(r);
    }
}
