/*
 * Parley's java.util.AbstractCollection (its own implementation, written for Parley's
 * core library).
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

public abstract class AbstractCollection<E> implements Collection<E> {
    protected AbstractCollection() { }

    public abstract Iterator<E> iterator();

    public abstract int size();

    public boolean isEmpty() { return size() == 0; }

    public boolean contains(Object o) {
        Iterator<E> it = iterator();
        if (o == null) {
            while (it.hasNext()) if (it.next() == null) return true;
        } else {
            while (it.hasNext()) if (o.equals(it.next())) return true;
        }
        return false;
    }

    public Object[] toArray() {
        Object[] r = new Object[size()];
        Iterator<E> it = iterator();
        int i = 0;
        while (it.hasNext()) {
            if (i == r.length) r = Arrays.copyObjects(r, r.length + (r.length >> 1) + 1);
            r[i++] = it.next();
        }
        return i == r.length ? r : Arrays.copyObjects(r, i);
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] elems = toArray();
        int size = elems.length;
        T[] r = a.length >= size ? a : Arrays.newArrayLike(a, size);
        for (int i = 0; i < size; i++) r[i] = (T) elems[i];
        if (r.length > size) r[size] = null;
        return r;
    }

    public boolean add(E e) { throw new UnsupportedOperationException(); }

    public boolean remove(Object o) {
        Iterator<E> it = iterator();
        if (o == null) {
            while (it.hasNext()) {
                if (it.next() == null) { it.remove(); return true; }
            }
        } else {
            while (it.hasNext()) {
                if (o.equals(it.next())) { it.remove(); return true; }
            }
        }
        return false;
    }

    public boolean containsAll(Collection<?> c) {
        for (Object e : c) if (!contains(e)) return false;
        return true;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean modified = false;
        for (E e : c) if (add(e)) modified = true;
        return modified;
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        Iterator<?> it = iterator();
        while (it.hasNext()) {
            if (c.contains(it.next())) { it.remove(); modified = true; }
        }
        return modified;
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (!c.contains(it.next())) { it.remove(); modified = true; }
        }
        return modified;
    }

    public void clear() {
        Iterator<E> it = iterator();
        while (it.hasNext()) { it.next(); it.remove(); }
    }

    // Iterable/Collection defaults, repeated here so that calls through a
    // class type resolve to a class method.
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Iterator<E> it = iterator();
        while (it.hasNext()) action.accept(it.next());
    }

    public boolean removeIf(Predicate<? super E> filter) {
        return Collection.super.removeIf(filter);
    }

    public <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    public String toString() {
        Iterator<E> it = iterator();
        if (!it.hasNext()) return "[]";
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (;;) {
            E e = it.next();
            sb.append(e == this ? "(this Collection)" : String.valueOf(e));
            if (!it.hasNext()) return sb.append(']').toString();
            sb.append(',').append(' ');
        }
    }
}
