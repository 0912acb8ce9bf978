import java.util.*;

public class UtilBitSet {
    public static void main(String[] args) {
        BitSet sieve = new BitSet(200);
        sieve.set(2, 200);
        for (int p = 2; p * p < 200; p = sieve.nextSetBit(p + 1))
            for (int m = p * p; m < 200; m += p) sieve.clear(m);
        System.out.println(sieve);
        System.out.println(sieve.cardinality() + " " + sieve.length() + " " + sieve.size() + " " + sieve.get(97) + " " + sieve.get(98)
                           + " " + sieve.nextSetBit(100) + " " + sieve.nextClearBit(2) + " " + sieve.previousSetBit(99) + " " + sieve.hashCode());
        BitSet a = new BitSet();
        a.set(1);
        a.set(5);
        a.set(64);
        a.set(130);
        BitSet b = new BitSet();
        b.set(5, 8);
        b.set(64);
        System.out.println(a + " " + b + " " + a.size() + " " + a.length() + " " + a.intersects(b) + " " + a.hashCode());
        BitSet c = (BitSet) a.clone();
        c.and(b);
        BitSet d = (BitSet) a.clone();
        d.or(b);
        BitSet e = (BitSet) a.clone();
        e.xor(b);
        BitSet f = (BitSet) a.clone();
        f.andNot(b);
        System.out.println(c + " " + d + " " + e + " " + f + " " + c.size() + " " + d.size());
        a.flip(0, 4);
        a.clear(130);
        System.out.println(a + " " + a.length() + " " + a.get(0, 6) + " " + a.equals(b) + " " + new BitSet().isEmpty());
        System.out.println(Arrays.toString(a.toLongArray()) + " " + BitSet.valueOf(new long[] {5L, 0L}));
        try { a.set(-1); } catch (IndexOutOfBoundsException ex) { System.out.println(ex.getMessage()); }
        try { a.set(5, 2); } catch (IndexOutOfBoundsException ex) { System.out.println(ex.getMessage()); }
    }
}
