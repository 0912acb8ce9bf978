/*
 * Parley's java.util.ImmutableCollections: the unmodifiable collections of
 * List.of, Set.of, Map.of and their copyOf (its own implementation, written
 * for Parley's core library).  Set.of and Map.of iterate in insertion order
 * (the JDK's order depends on a per-run random salt).
 */
package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

final class ImmutableCollections {
    private ImmutableCollections() { }

    static UnsupportedOperationException uoe() { return new UnsupportedOperationException(); }

    static final ListN<?> EMPTY_LIST = new ListN<Object>(new Object[0]);
    static final SetN<?> EMPTY_SET = new SetN<Object>(new Object[0]);
    static final MapN<?, ?> EMPTY_MAP = new MapN<Object, Object>(new Object[0]);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() { return (List<E>) EMPTY_LIST; }

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() { return (Set<E>) EMPTY_SET; }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() { return (Map<K, V>) EMPTY_MAP; }

    // ---- lists ----

    @SuppressWarnings("unchecked")
    static <E> List<E> listOf(Object... input) {
        switch (input.length) {
            case 0: return (List<E>) EMPTY_LIST;
            case 1: return new List12<E>((E) input[0]);
            case 2: return new List12<E>((E) input[0], (E) input[1]);
            default:
                Object[] tmp = new Object[input.length];
                for (int i = 0; i < input.length; i++) tmp[i] = Objects.requireNonNull(input[i]);
                return new ListN<E>(tmp);
        }
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof AbstractImmutableList && !(coll instanceof SubList)) return (List<E>) coll;
        return listOf(coll.toArray());
    }

    abstract static class AbstractImmutableCollection<E> extends AbstractCollection<E> {
        public boolean add(E e) { throw uoe(); }
        public boolean addAll(Collection<? extends E> c) { throw uoe(); }
        public void clear() { throw uoe(); }
        public boolean remove(Object o) { throw uoe(); }
        public boolean removeAll(Collection<?> c) { throw uoe(); }
        public boolean removeIf(Predicate<? super E> filter) { throw uoe(); }
        public boolean retainAll(Collection<?> c) { throw uoe(); }
    }

    abstract static class AbstractImmutableList<E> extends AbstractImmutableCollection<E> implements List<E>, RandomAccess {
        public void add(int index, E element) { throw uoe(); }
        public boolean addAll(int index, Collection<? extends E> c) { throw uoe(); }
        public E remove(int index) { throw uoe(); }
        public void replaceAll(UnaryOperator<E> operator) { throw uoe(); }
        public E set(int index, E element) { throw uoe(); }
        public void sort(Comparator<? super E> c) { throw uoe(); }

        public abstract E get(int index);

        public List<E> subList(int fromIndex, int toIndex) {
            int size = size();
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return SubList.fromList(this, fromIndex, toIndex);
        }

        public Iterator<E> iterator() { return new ListItr<E>(this, size()); }

        public ListIterator<E> listIterator() { return listIterator(0); }

        public ListIterator<E> listIterator(int index) {
            int size = size();
            if (index < 0 || index > size) throw outOfBounds(index);
            return new ListItr<E>(this, size, index);
        }

        public boolean contains(Object o) { return indexOf(o) >= 0; }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0, s = size(); i < s; i++) if (o.equals(get(i))) return i;
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = size() - 1; i >= 0; i--) if (o.equals(get(i))) return i;
            return -1;
        }

        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof List)) return false;
            Iterator<?> oit = ((List<?>) o).iterator();
            for (int i = 0, s = size(); i < s; i++) {
                if (!oit.hasNext() || !get(i).equals(oit.next())) return false;
            }
            return !oit.hasNext();
        }

        public int hashCode() {
            int hash = 1;
            for (int i = 0, s = size(); i < s; i++) hash = 31 * hash + get(i).hashCode();
            return hash;
        }

        IndexOutOfBoundsException outOfBounds(int index) {
            return new IndexOutOfBoundsException("Index: " + index + " Size: " + size());
        }
    }

    static final class ListItr<E> implements ListIterator<E> {
        private final List<E> list;
        private final int size;
        private final boolean isListIterator;
        private int cursor;

        ListItr(List<E> list, int size) {
            this.list = list;
            this.size = size;
            this.cursor = 0;
            this.isListIterator = false;
        }

        ListItr(List<E> list, int size, int index) {
            this.list = list;
            this.size = size;
            this.cursor = index;
            this.isListIterator = true;
        }

        public boolean hasNext() { return cursor != size; }

        public E next() {
            try {
                int i = cursor;
                E next = list.get(i);
                cursor = i + 1;
                return next;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public void remove() { throw uoe(); }

        public boolean hasPrevious() {
            if (!isListIterator) throw uoe();
            return cursor != 0;
        }

        public E previous() {
            if (!isListIterator) throw uoe();
            try {
                int i = cursor - 1;
                E previous = list.get(i);
                cursor = i;
                return previous;
            } catch (IndexOutOfBoundsException e) {
                throw new NoSuchElementException();
            }
        }

        public int nextIndex() {
            if (!isListIterator) throw uoe();
            return cursor;
        }

        public int previousIndex() {
            if (!isListIterator) throw uoe();
            return cursor - 1;
        }

        public void set(E e) { throw uoe(); }

        public void add(E e) { throw uoe(); }
    }

    static final class SubList<E> extends AbstractImmutableList<E> {
        private final AbstractImmutableList<E> root;
        private final int offset;
        private final int size;

        private SubList(AbstractImmutableList<E> root, int offset, int size) {
            this.root = root;
            this.offset = offset;
            this.size = size;
        }

        static <E> SubList<E> fromSubList(SubList<E> parent, int fromIndex, int toIndex) {
            return new SubList<E>(parent.root, parent.offset + fromIndex, toIndex - fromIndex);
        }

        static <E> SubList<E> fromList(AbstractImmutableList<E> list, int fromIndex, int toIndex) {
            if (list instanceof SubList) return fromSubList((SubList<E>) list, fromIndex, toIndex);
            return new SubList<E>(list, fromIndex, toIndex - fromIndex);
        }

        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        public int size() { return size; }

        public Iterator<E> iterator() { return new ListItr<E>(this, size()); }

        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > size) throw outOfBounds(index);
            return new ListItr<E>(this, size(), index);
        }

        public List<E> subList(int fromIndex, int toIndex) {
            AbstractList.subListRangeCheck(fromIndex, toIndex, size);
            return fromSubList(this, fromIndex, toIndex);
        }

        public Object[] toArray() {
            Object[] array = new Object[size];
            for (int i = 0; i < size; i++) array[i] = get(i);
            return array;
        }
    }

    static final class List12<E> extends AbstractImmutableList<E> {
        private final E e0;
        private final E e1;
        private final boolean two;

        List12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = null;
            this.two = false;
        }

        List12(E e0, E e1) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = Objects.requireNonNull(e1);
            this.two = true;
        }

        public int size() { return two ? 2 : 1; }

        public boolean isEmpty() { return false; }

        public E get(int index) {
            if (index == 0) return e0;
            else if (index == 1 && two) return e1;
            throw outOfBounds(index);
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            if (o.equals(e0)) return 0;
            else if (two && o.equals(e1)) return 1;
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            if (two && o.equals(e1)) return 1;
            else if (o.equals(e0)) return 0;
            return -1;
        }

        public Object[] toArray() {
            if (!two) return new Object[] { e0 };
            return new Object[] { e0, e1 };
        }
    }

    static final class ListN<E> extends AbstractImmutableList<E> {
        private final E[] elements;

        @SuppressWarnings("unchecked")
        ListN(Object[] elements) {
            this.elements = (E[]) elements;
        }

        public boolean isEmpty() { return elements.length == 0; }

        public int size() { return elements.length; }

        public E get(int index) { return elements[index]; }

        public Object[] toArray() { return Arrays.copyObjects(elements, elements.length); }
    }

    // ---- sets ----

    abstract static class AbstractImmutableSet<E> extends AbstractImmutableCollection<E> implements Set<E> {
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Set)) return false;
            Collection<?> c = (Collection<?>) o;
            if (c.size() != size()) return false;
            for (Object e : c) {
                if (e == null || !contains(e)) return false;
            }
            return true;
        }

        public abstract int hashCode();
    }

    /** Index of o in a probe table (open addressing), or -(insertion point + 1). */
    static int probe(Object[] table, Object pk) {
        int h = pk.hashCode() % table.length;
        int idx = h < 0 ? h + table.length : h;
        while (true) {
            Object e = table[idx];
            if (e == null) return -idx - 1;
            if (pk.equals(e)) return idx;
            if (++idx == table.length) idx = 0;
        }
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setOf(Object... input) {
        if (input.length == 0) return (Set<E>) EMPTY_SET;
        if (input.length == 1) return new Set12<E>((E) input[0]);
        if (input.length == 2) return new Set12<E>((E) input[0], (E) input[1]);
        return new SetN<E>(input);
    }

    static final class Set12<E> extends AbstractImmutableSet<E> {
        private final E e0;
        private final E e1;
        private final boolean two;

        Set12(E e0) {
            this.e0 = Objects.requireNonNull(e0);
            this.e1 = null;
            this.two = false;
        }

        Set12(E e0, E e1) {
            if (e0.equals(Objects.requireNonNull(e1))) throw new IllegalArgumentException("duplicate element: " + e0);
            this.e0 = e0;
            this.e1 = e1;
            this.two = true;
        }

        public int size() { return two ? 2 : 1; }

        public boolean isEmpty() { return false; }

        public boolean contains(Object o) {
            return o.equals(e0) || two && o.equals(e1);
        }

        public int hashCode() { return e0.hashCode() + (two ? e1.hashCode() : 0); }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int idx = 0;

                public boolean hasNext() { return idx < (two ? 2 : 1); }

                public E next() {
                    if (idx == 0) {
                        idx = 1;
                        return e0;
                    } else if (idx == 1 && two) {
                        idx = 2;
                        return e1;
                    }
                    throw new NoSuchElementException();
                }

                public void remove() { throw uoe(); }
            };
        }

        public Object[] toArray() {
            if (!two) return new Object[] { e0 };
            return new Object[] { e0, e1 };
        }
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopy(Collection<? extends E> coll) {
        if (coll instanceof AbstractImmutableSet) return (Set<E>) coll;
        if (coll.isEmpty()) return (Set<E>) EMPTY_SET;
        return (Set<E>) setOf(new LinkedHashSet<E>(coll).toArray());
    }

    static final class SetN<E> extends AbstractImmutableSet<E> {
        private final Object[] elements;
        private final Object[] table;

        SetN(Object[] input) {
            Object[] table = new Object[2 * input.length + 1];
            for (int i = 0; i < input.length; i++) {
                Object e = Objects.requireNonNull(input[i]);
                int idx = probe(table, e);
                if (idx >= 0) throw new IllegalArgumentException("duplicate element: " + e);
                table[-(idx + 1)] = e;
            }
            this.table = table;
            this.elements = Arrays.copyObjects(input, input.length);
        }

        public int size() { return elements.length; }

        public boolean isEmpty() { return elements.length == 0; }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return elements.length > 0 && probe(table, o) >= 0;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int idx = 0;

                public boolean hasNext() { return idx < elements.length; }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (idx >= elements.length) throw new NoSuchElementException();
                    return (E) elements[idx++];
                }

                public void remove() { throw uoe(); }
            };
        }

        public int hashCode() {
            int h = 0;
            for (Object e : elements) h += e.hashCode();
            return h;
        }

        public Object[] toArray() { return Arrays.copyObjects(elements, elements.length); }
    }

    // ---- maps ----

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object... kv) {
        if (kv.length == 0) return (Map<K, V>) EMPTY_MAP;
        if (kv.length == 2) return new Map1<K, V>((K) kv[0], (V) kv[1]);
        return new MapN<K, V>(kv);
    }

    static final class Map1<K, V> extends AbstractImmutableMap<K, V> {
        private final K k0;
        private final V v0;

        Map1(K k0, V v0) {
            this.k0 = Objects.requireNonNull(k0);
            this.v0 = Objects.requireNonNull(v0);
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return Set.<Map.Entry<K, V>>of(new KeyValueHolder<K, V>(k0, v0));
        }

        public V get(Object o) { return o.equals(k0) ? v0 : null; }

        public boolean containsKey(Object o) { return o.equals(k0); }

        public boolean containsValue(Object o) { return o.equals(v0); }

        public int size() { return 1; }

        public boolean isEmpty() { return false; }

        public int hashCode() { return k0.hashCode() ^ v0.hashCode(); }
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapCopy(Map<? extends K, ? extends V> map) {
        if (map instanceof AbstractImmutableMap) return (Map<K, V>) map;
        Object[] kv = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            kv[i++] = e.getKey();
            kv[i++] = e.getValue();
        }
        return mapOf(kv);
    }

    abstract static class AbstractImmutableMap<K, V> extends AbstractMap<K, V> {
        public void clear() { throw uoe(); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) { throw uoe(); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) { throw uoe(); }
        public V put(K key, V value) { throw uoe(); }
        public void putAll(Map<? extends K, ? extends V> m) { throw uoe(); }
        public V putIfAbsent(K key, V value) { throw uoe(); }
        public V remove(Object key) { throw uoe(); }
        public boolean remove(Object key, Object value) { throw uoe(); }
        public V replace(K key, V value) { throw uoe(); }
        public boolean replace(K key, V oldValue, V newValue) { throw uoe(); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }

        public V getOrDefault(Object key, V defaultValue) {
            V v;
            return ((v = get(key)) != null) ? v : defaultValue;
        }
    }

    static final class MapN<K, V> extends AbstractImmutableMap<K, V> {
        private final Object[] keys;
        private final Object[] vals;
        private final Object[] table;
        private final int[] slots;

        MapN(Object[] kv) {
            int n = kv.length / 2;
            keys = new Object[n];
            vals = new Object[n];
            table = new Object[2 * n + 1];
            slots = new int[2 * n + 1];
            for (int i = 0; i < n; i++) {
                Object k = Objects.requireNonNull(kv[2 * i]);
                Object v = Objects.requireNonNull(kv[2 * i + 1]);
                int idx = probe(table, k);
                if (idx >= 0) throw new IllegalArgumentException("duplicate key: " + k);
                table[-(idx + 1)] = k;
                slots[-(idx + 1)] = i;
                keys[i] = k;
                vals[i] = v;
            }
        }

        @SuppressWarnings("unchecked")
        public V get(Object o) {
            if (keys.length == 0) {
                Objects.requireNonNull(o);
                return null;
            }
            int idx = probe(table, o);
            return idx >= 0 ? (V) vals[slots[idx]] : null;
        }

        public boolean containsKey(Object o) {
            Objects.requireNonNull(o);
            return keys.length > 0 && probe(table, o) >= 0;
        }

        public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            for (Object v : vals) if (o.equals(v)) return true;
            return false;
        }

        public int size() { return keys.length; }

        public boolean isEmpty() { return keys.length == 0; }

        public int hashCode() {
            int hash = 0;
            for (int i = 0; i < keys.length; i++) hash += keys[i].hashCode() ^ vals[i].hashCode();
            return hash;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractImmutableSet<Map.Entry<K, V>>() {
                public int size() { return keys.length; }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        private int idx = 0;

                        public boolean hasNext() { return idx < keys.length; }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (idx >= keys.length) throw new NoSuchElementException();
                            Map.Entry<K, V> e = new KeyValueHolder<K, V>((K) keys[idx], (V) vals[idx]);
                            idx++;
                            return e;
                        }

                        public void remove() { throw uoe(); }
                    };
                }

                public int hashCode() { return MapN.this.hashCode(); }
            };
        }
    }
}
