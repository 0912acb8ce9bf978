/*
 * Parley's java.util.EnumSet (its own implementation, written for Parley's
 * core library): a bit vector indexed by ordinal, iterated in ordinal order.
 * Like the JDK's, its iterators work on a snapshot and are not fail-fast.
 * allOf, complementOf and range need the enum's constants
 * (Class.getEnumConstants).
 */
package java.util;

public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable {
    final Class<E> elementType;

    EnumSet(Class<E> elementType) {
        this.elementType = elementType;
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        if (elementType == null) throw new NullPointerException();
        return new BitEnumSet<E>(elementType);
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> result = noneOf(elementType);
        result.addAll();
        return result;
    }

    abstract void addAll();

    abstract void addRange(E from, E to);

    abstract void complement();

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) return ((EnumSet<E>) c).clone();
        if (c.isEmpty()) throw new IllegalArgumentException("Collection is empty");
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> result = EnumSet.of(first);
        while (i.hasNext()) result.add(i.next());
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = copyOf(s);
        result.complement();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(e.getDeclaringClass());
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = noneOf(e1.getDeclaringClass());
        result.add(e1);
        result.add(e2);
        result.add(e3);
        result.add(e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = noneOf(first.getDeclaringClass());
        result.add(first);
        for (E e : rest) result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) throw new IllegalArgumentException(from + " > " + to);
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        result.addRange(from, to);
        return result;
    }

    @SuppressWarnings("unchecked")
    public EnumSet<E> clone() {
        try {
            return (EnumSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }

    final void typeCheck(E e) {
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType)
            throw new ClassCastException(eClass + " != " + elementType);
    }

    @SuppressWarnings("unchecked")
    final E[] universe() {
        E[] constants = elementType.getEnumConstants();
        if (constants == null) throw new ClassCastException(elementType + " not an enum");
        return constants;
    }

    static final class BitEnumSet<E extends Enum<E>> extends EnumSet<E> {
        private long[] words = new long[1];
        private Object[] elements = new Object[0];     // the constant of each ordinal seen

        BitEnumSet(Class<E> elementType) {
            super(elementType);
        }

        private boolean has(int i) {
            return (i >> 6) < words.length && (words[i >> 6] & (1L << i)) != 0;
        }

        private void remember(Object e, int i) {
            if (i >= elements.length) elements = Arrays.copyObjects(elements, i + 1);
            elements[i] = e;
            if ((i >> 6) >= words.length) {
                long[] w = new long[(i >> 6) + 1];
                for (int k = 0; k < words.length; k++) w[k] = words[k];
                words = w;
            }
        }

        void addAll() {
            E[] u = universe();
            for (E e : u) {
                remember(e, e.ordinal());
                words[e.ordinal() >> 6] |= 1L << e.ordinal();
            }
        }

        void addRange(E from, E to) {
            E[] u = universe();
            for (int i = from.ordinal(); i <= to.ordinal(); i++) {
                remember(u[i], i);
                words[i >> 6] |= 1L << i;
            }
        }

        void complement() {
            E[] u = universe();
            for (E e : u) {
                int i = e.ordinal();
                remember(e, i);
                words[i >> 6] ^= 1L << i;
            }
        }

        public Iterator<E> iterator() {
            final long[] unseen = new long[words.length];
            for (int k = 0; k < words.length; k++) unseen[k] = words[k];
            return new Iterator<E>() {
                int lastReturned = -1;
                int next = advance(0);

                private int advance(int from) {
                    for (int i = from; i < unseen.length * 64; i++) {
                        if ((unseen[i >> 6] & (1L << i)) != 0) return i;
                    }
                    return -1;
                }

                public boolean hasNext() { return next >= 0; }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (next < 0) throw new NoSuchElementException();
                    lastReturned = next;
                    unseen[next >> 6] &= ~(1L << next);
                    next = advance(next + 1);
                    return (E) elements[lastReturned];
                }

                public void remove() {
                    if (lastReturned < 0) throw new IllegalStateException();
                    words[lastReturned >> 6] &= ~(1L << lastReturned);
                    lastReturned = -1;
                }
            };
        }

        public int size() {
            int n = 0;
            for (long w : words) {
                while (w != 0) {
                    w &= w - 1;
                    n++;
                }
            }
            return n;
        }

        public boolean isEmpty() {
            for (long w : words) if (w != 0) return false;
            return true;
        }

        public boolean contains(Object e) {
            if (e == null) return false;
            Class<?> eClass = e.getClass();
            if (eClass != elementType && eClass.getSuperclass() != elementType) return false;
            return has(((Enum<?>) e).ordinal());
        }

        public boolean add(E e) {
            typeCheck(e);
            int i = e.ordinal();
            remember(e, i);
            long before = words[i >> 6];
            words[i >> 6] |= 1L << i;
            return words[i >> 6] != before;
        }

        public boolean remove(Object e) {
            if (e == null) return false;
            Class<?> eClass = e.getClass();
            if (eClass != elementType && eClass.getSuperclass() != elementType) return false;
            int i = ((Enum<?>) e).ordinal();
            if (!has(i)) return false;
            words[i >> 6] &= ~(1L << i);
            return true;
        }

        public void clear() {
            for (int k = 0; k < words.length; k++) words[k] = 0;
        }

        public EnumSet<E> clone() {
            BitEnumSet<E> result = (BitEnumSet<E>) super.clone();
            long[] w = new long[words.length];
            for (int k = 0; k < words.length; k++) w[k] = words[k];
            result.words = w;
            result.elements = Arrays.copyObjects(elements, elements.length);
            return result;
        }
    }
}
