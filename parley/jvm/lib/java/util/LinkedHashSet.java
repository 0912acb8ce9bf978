/*
 * Parley's java.util.LinkedHashSet (its own implementation, written for
 * Parley's core library).
 */
package java.util;

public class LinkedHashSet<E> extends HashSet<E> implements Set<E> {
    public LinkedHashSet(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor, true);
    }

    public LinkedHashSet(int initialCapacity) {
        super(initialCapacity, .75f, true);
    }

    public LinkedHashSet() {
        super(16, .75f, true);
    }

    public LinkedHashSet(Collection<? extends E> c) {
        super(2 * c.size() > 11 ? 2 * c.size() : 11, .75f, true);
        addAll(c);
    }
}
