// The struct benchmark in Java: a small immutable class (HotSpot's escape
// analysis removes the allocations).  Checksum wraps at 32 bits.
public class Structs {
    static final class Pt {
        final int x, y;
        Pt(int x, int y) { this.x = x; this.y = y; }
        Pt add(Pt o) { return new Pt(x + o.x, y + o.y); }
        static Pt scale(Pt p, int k) { return new Pt(p.x * k, p.y * k); }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100000000;
        Pt acc = new Pt(0, 0);
        for (int i = 0; i < n; i++) {
            acc = acc.add(Pt.scale(new Pt(i, 1), 1));
        }
        System.out.print("structs(");
        System.out.print(n);
        System.out.print(") = ");
        System.out.println(acc.x);
    }
}
