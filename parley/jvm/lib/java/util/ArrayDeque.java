/*
 * Parley's java.util.ArrayDeque (its own implementation, written for
 * Parley's core library): a circular array with the JDK's layout (capacity,
 * growth and element positions), so that iteration detects concurrent
 * modification in the same cases.
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable {
    transient Object[] elements;
    transient int head;
    transient int tail;

    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private void grow(int needed) {
        final int oldCapacity = elements.length;
        int newCapacity;
        int jump = (oldCapacity < 64) ? (oldCapacity + 2) : (oldCapacity >> 1);
        if (jump < needed || (newCapacity = (oldCapacity + jump)) - MAX_ARRAY_SIZE > 0)
            newCapacity = newCapacity(needed, jump);
        final Object[] es = elements = Arrays.copyObjects(elements, newCapacity);
        if (tail < head || (tail == head && es[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            for (int k = oldCapacity - head - 1; k >= 0; k--) es[head + newSpace + k] = es[head + k];
            for (int i = head, to = (head += newSpace); i < to; i++) es[i] = null;
        }
    }

    private int newCapacity(int needed, int jump) {
        final int oldCapacity = elements.length, minCapacity;
        if ((minCapacity = oldCapacity + needed) - MAX_ARRAY_SIZE > 0) {
            if (minCapacity < 0) throw new IllegalStateException("Sorry, deque too big");
            return Integer.MAX_VALUE;
        }
        if (needed > jump) return minCapacity;
        return (oldCapacity + jump - MAX_ARRAY_SIZE < 0) ? oldCapacity + jump : MAX_ARRAY_SIZE;
    }

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1 : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        copyElements(c);
    }

    static final int inc(int i, int modulus) {
        if (++i >= modulus) i = 0;
        return i;
    }

    static final int dec(int i, int modulus) {
        if (--i < 0) i = modulus - 1;
        return i;
    }

    static final int sub(int i, int j, int modulus) {
        if ((i -= j) < 0) i += modulus;
        return i;
    }

    @SuppressWarnings("unchecked")
    static final <E> E elementAt(Object[] es, int i) { return (E) es[i]; }

    static final <E> E nonNullElementAt(Object[] es, int i) {
        @SuppressWarnings("unchecked") E e = (E) es[i];
        if (e == null) throw new ConcurrentModificationException();
        return e;
    }

    public void addFirst(E e) {
        if (e == null) throw new NullPointerException();
        final Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail) grow(1);
    }

    public void addLast(E e) {
        if (e == null) throw new NullPointerException();
        final Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length))) grow(1);
    }

    public boolean addAll(Collection<? extends E> c) {
        final int s, needed;
        if ((needed = (s = size()) + c.size() + 1 - elements.length) > 0) grow(needed);
        copyElements(c);
        return size() > s;
    }

    private void copyElements(Collection<? extends E> c) {
        for (E e : c) addLast(e);
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E pollFirst() {
        final Object[] es;
        final int h;
        E e = elementAt(es = elements, h = head);
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    public E pollLast() {
        final Object[] es;
        final int t;
        E e = elementAt(es = elements, t = dec(tail, es.length));
        if (e != null) es[tail = t] = null;
        return e;
    }

    public E getFirst() {
        E e = elementAt(elements, head);
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E getLast() {
        final Object[] es = elements;
        E e = elementAt(es, dec(tail, es.length));
        if (e == null) throw new NoSuchElementException();
        return e;
    }

    public E peekFirst() { return elementAt(elements, head); }

    public E peekLast() {
        final Object[] es;
        return elementAt(es = elements, dec(tail, es.length));
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head, end = tail, to = (i <= end) ? end : es.length; ; i = 0, to = end) {
                for (; i < to; i++) {
                    if (o.equals(es[i])) {
                        delete(i);
                        return true;
                    }
                }
                if (to == end) break;
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = tail, end = head, to = (i >= end) ? end : 0; ; i = es.length, to = end) {
                for (i--; i > to - 1; i--) {
                    if (o.equals(es[i])) {
                        delete(i);
                        return true;
                    }
                }
                if (to == end) break;
            }
        }
        return false;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) { return offerLast(e); }

    public E remove() { return removeFirst(); }

    public E poll() { return pollFirst(); }

    public E element() { return getFirst(); }

    public E peek() { return peekFirst(); }

    public void push(E e) { addFirst(e); }

    public E pop() { return removeFirst(); }

    boolean delete(int i) {
        final Object[] es = elements;
        final int capacity = es.length;
        final int h, t;
        final int front = sub(i, h = head, capacity);
        final int back = sub(t = tail, i, capacity) - 1;
        if (front < back) {
            if (h <= i) {
                for (int k = front - 1; k >= 0; k--) es[h + 1 + k] = es[h + k];
            } else {
                for (int k = i - 1; k >= 0; k--) es[1 + k] = es[k];
                es[0] = es[capacity - 1];
                int n = front - (i + 1);
                for (int k = n - 1; k >= 0; k--) es[h + 1 + k] = es[h + k];
            }
            es[h] = null;
            head = inc(h, capacity);
            return false;
        } else {
            tail = dec(t, capacity);
            if (i <= tail) {
                for (int k = 0; k < back; k++) es[i + k] = es[i + 1 + k];
            } else {
                int n = capacity - (i + 1);
                for (int k = 0; k < n; k++) es[i + k] = es[i + 1 + k];
                es[capacity - 1] = es[0];
                for (int k = 0; k < t - 1; k++) es[k] = es[1 + k];
            }
            es[tail] = null;
            return true;
        }
    }

    public int size() { return sub(tail, head, elements.length); }

    public boolean isEmpty() { return head == tail; }

    public Iterator<E> iterator() { return new DeqIterator(); }

    public Iterator<E> descendingIterator() { return new DescendingIterator(); }

    private class DeqIterator implements Iterator<E> {
        int cursor;
        int remaining = size();
        int lastRet = -1;

        DeqIterator() { cursor = head; }

        public final boolean hasNext() { return remaining > 0; }

        public E next() {
            if (remaining <= 0) throw new NoSuchElementException();
            final Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            cursor = inc(lastRet = cursor, es.length);
            remaining--;
            return e;
        }

        void postDelete(boolean leftShifted) {
            if (leftShifted) cursor = dec(cursor, elements.length);
        }

        public final void remove() {
            if (lastRet < 0) throw new IllegalStateException();
            postDelete(delete(lastRet));
            lastRet = -1;
        }
    }

    private class DescendingIterator extends DeqIterator {
        DescendingIterator() { cursor = dec(tail, elements.length); }

        public final E next() {
            if (remaining <= 0) throw new NoSuchElementException();
            final Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            cursor = dec(lastRet = cursor, es.length);
            remaining--;
            return e;
        }

        void postDelete(boolean leftShifted) {
            if (!leftShifted) cursor = inc(cursor, elements.length);
        }
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        final Object[] es = elements;
        for (int i = head, end = tail, to = (i <= end) ? end : es.length; ; i = 0, to = end) {
            for (; i < to; i++) action.accept(ArrayDeque.<E>elementAt(es, i));
            if (to == end) {
                if (end != tail) throw new ConcurrentModificationException();
                break;
            }
        }
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    public boolean removeAll(final Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(new Predicate<E>() {
            public boolean test(E e) { return c.contains(e); }
        });
    }

    public boolean retainAll(final Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(new Predicate<E>() {
            public boolean test(E e) { return !c.contains(e); }
        });
    }

    private boolean bulkRemove(Predicate<? super E> filter) {
        final Object[] es = elements;
        final int capacity = es.length;
        final int n = size();
        boolean[] dead = new boolean[n];
        boolean any = false;
        for (int k = 0, i = head; k < n; k++, i = inc(i, capacity)) {
            if (filter.test(ArrayDeque.<E>elementAt(es, i))) {
                dead[k] = true;
                any = true;
            }
        }
        if (sub(tail, head, capacity) != n || es != elements) throw new ConcurrentModificationException();
        if (!any) return false;
        int w = head;
        for (int k = 0, i = head; k < n; k++, i = inc(i, capacity)) {
            if (!dead[k]) {
                es[w] = es[i];
                w = inc(w, capacity);
            }
        }
        for (int i = w; i != tail; i = inc(i, capacity)) es[i] = null;
        tail = w;
        return true;
    }

    public boolean contains(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head, end = tail, to = (i <= end) ? end : es.length; ; i = 0, to = end) {
                for (; i < to; i++) if (o.equals(es[i])) return true;
                if (to == end) break;
            }
        }
        return false;
    }

    public boolean remove(Object o) { return removeFirstOccurrence(o); }

    public void clear() {
        final Object[] es = elements;
        for (int i = head; i != tail; i = inc(i, es.length)) es[i] = null;
        head = tail = 0;
    }

    public Object[] toArray() {
        final Object[] es = elements;
        int n = size();
        Object[] a = new Object[n];
        for (int k = 0, i = head; k < n; k++, i = inc(i, es.length)) a[k] = es[i];
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        final Object[] es = elements;
        int size = size();
        T[] r = a.length >= size ? a : Arrays.newArrayLike(a, size);
        for (int k = 0, i = head; k < size; k++, i = inc(i, es.length)) r[k] = (T) es[i];
        if (r.length > size) r[size] = null;
        return r;
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyObjects(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
