/*
 * Parley's java.util.Comparators (its own implementation, written for Parley's
 * core library).
 */
package java.util;

final class Comparators {
    private Comparators() { }

    static final class NaturalOrderComparator implements Comparator<Comparable<Object>> {
        static final NaturalOrderComparator INSTANCE = new NaturalOrderComparator();

        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c1.compareTo(c2);
        }

        public Comparator<Comparable<Object>> reversed() {
            return Collections.reverseOrder();
        }

        public String toString() { return "INSTANCE"; }
    }

    static final class NullComparator<T> implements Comparator<T> {
        private final boolean nullFirst;
        private final Comparator<T> real;

        @SuppressWarnings("unchecked")
        NullComparator(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) {
                return (b == null) ? 0 : (nullFirst ? -1 : 1);
            } else if (b == null) {
                return nullFirst ? 1 : -1;
            } else {
                return (real == null) ? 0 : real.compare(a, b);
            }
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new NullComparator<T>(nullFirst, real == null ? other : real.thenComparing(other));
        }

        public Comparator<T> reversed() {
            return new NullComparator<T>(!nullFirst, real == null ? null : real.reversed());
        }
    }

    /** Double.compare: -0.0 < 0.0, NaN greater than everything and equal to itself. */
    static int compareDouble(double a, double b) {
        if (a < b) return -1;
        if (a > b) return 1;
        boolean an = a != a, bn = b != b;
        if (an || bn) return an ? (bn ? 0 : 1) : -1;
        if (a == 0.0) {
            double ia = 1.0 / a, ib = 1.0 / b;
            return ia < ib ? -1 : (ia > ib ? 1 : 0);
        }
        return 0;
    }

    static int compareFloat(float a, float b) {
        if (a < b) return -1;
        if (a > b) return 1;
        boolean an = a != a, bn = b != b;
        if (an || bn) return an ? (bn ? 0 : 1) : -1;
        if (a == 0.0f) {
            float ia = 1.0f / a, ib = 1.0f / b;
            return ia < ib ? -1 : (ia > ib ? 1 : 0);
        }
        return 0;
    }
}
