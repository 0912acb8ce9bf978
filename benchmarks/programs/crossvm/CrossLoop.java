// The Loop benchmark, but the callee is the C# method Calc.Add in Calc.dll.
// Parley only:  parley -cp DIR -r Calc.dll CrossLoop [iterations]
// Compiled against the stubs from `parley stubs --java STUBDIR Calc.dll`.
import cli.Calc;

public class CrossLoop {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100000000;
        int acc = 0;
        for (int i = 0; i < n; i++) {
            acc = Calc.Add(acc, i);
        }
        System.out.print("crossvm(");
        System.out.print(n);
        System.out.print(") = ");
        System.out.println(acc);
    }
}
