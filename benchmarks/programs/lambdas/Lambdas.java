// The delegate benchmark in Java: a capturing lambda called 10^8 times
// through IntUnaryOperator.  Checksum wraps at 32 bits.
import java.util.function.IntUnaryOperator;

public class Lambdas {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100000000;
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        IntUnaryOperator f = x -> x + k;
        int s = 0;
        for (int i = 0; i < n; i++)
            s += f.applyAsInt(i);
        System.out.print("lambdas(");
        System.out.print(n);
        System.out.print(") = ");
        System.out.println(s);
    }
}
