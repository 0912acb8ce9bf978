/*
 * Parley's java.util.Collections (its own implementation, written for
 * Parley's core library).
 */
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

public class Collections {
    private Collections() { }

    @SuppressWarnings("rawtypes")
    public static final Set EMPTY_SET = new EmptySet<Object>();
    @SuppressWarnings("rawtypes")
    public static final List EMPTY_LIST = new EmptyList<Object>();
    @SuppressWarnings("rawtypes")
    public static final Map EMPTY_MAP = new EmptyMap<Object, Object>();

    static UnsupportedOperationException uoe() { return new UnsupportedOperationException(); }

    static boolean eq(Object o1, Object o2) {
        return o1 == null ? o2 == null : o1.equals(o2);
    }

    // ---- algorithms ----

    public static <T extends Comparable<? super T>> void sort(List<T> list) {
        list.sort(null);
    }

    public static <T> void sort(List<T> list, Comparator<? super T> c) {
        list.sort(c);
    }

    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(List<? extends Comparable<? super T>> list, T key) {
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Comparable<? super T> midVal = list.get(mid);
            int cmp = midVal.compareTo(key);
            if (cmp < 0) low = mid + 1;
            else if (cmp > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(List<? extends T> list, T key, Comparator<? super T> c) {
        if (c == null) return binarySearch((List<? extends Comparable<? super T>>) list, key);
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            T midVal = list.get(mid);
            int cmp = c.compare(midVal, key);
            if (cmp < 0) low = mid + 1;
            else if (cmp > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void reverse(List<?> list) {
        int size = list.size();
        if (size < 18 || list instanceof RandomAccess) {
            for (int i = 0, mid = size >> 1, j = size - 1; i < mid; i++, j--) swap(list, i, j);
        } else {
            ListIterator fwd = list.listIterator();
            ListIterator rev = list.listIterator(size);
            for (int i = 0, mid = list.size() >> 1; i < mid; i++) {
                Object tmp = fwd.next();
                fwd.set(rev.previous());
                rev.set(tmp);
            }
        }
    }

    private static Random r;

    public static void shuffle(List<?> list) {
        Random rnd = r;
        if (rnd == null) r = rnd = new Random();
        shuffle(list, rnd);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void shuffle(List<?> list, Random rnd) {
        int size = list.size();
        if (size < 5 || list instanceof RandomAccess) {
            for (int i = size; i > 1; i--) swap(list, i - 1, rnd.nextInt(i));
        } else {
            Object[] arr = list.toArray();
            for (int i = size; i > 1; i--) {
                int j = rnd.nextInt(i);
                Object tmp = arr[i - 1];
                arr[i - 1] = arr[j];
                arr[j] = tmp;
            }
            ListIterator it = list.listIterator();
            for (Object e : arr) {
                it.next();
                it.set(e);
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void swap(List<?> list, int i, int j) {
        final List l = list;
        l.set(i, l.set(j, l.get(i)));
    }

    public static <T> void fill(List<? super T> list, T obj) {
        int size = list.size();
        if (size < 25 || list instanceof RandomAccess) {
            for (int i = 0; i < size; i++) list.set(i, obj);
        } else {
            ListIterator<? super T> itr = list.listIterator();
            for (int i = 0; i < size; i++) {
                itr.next();
                itr.set(obj);
            }
        }
    }

    public static <T> void copy(List<? super T> dest, List<? extends T> src) {
        int srcSize = src.size();
        if (srcSize > dest.size()) throw new IndexOutOfBoundsException("Source does not fit in dest");
        for (int i = 0; i < srcSize; i++) dest.set(i, src.get(i));
    }

    public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> coll) {
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (next.compareTo(candidate) < 0) candidate = next;
        }
        return candidate;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T min(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) return (T) min((Collection) coll);
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (comp.compare(next, candidate) < 0) candidate = next;
        }
        return candidate;
    }

    public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> coll) {
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (next.compareTo(candidate) > 0) candidate = next;
        }
        return candidate;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T max(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) return (T) max((Collection) coll);
        Iterator<? extends T> i = coll.iterator();
        T candidate = i.next();
        while (i.hasNext()) {
            T next = i.next();
            if (comp.compare(next, candidate) > 0) candidate = next;
        }
        return candidate;
    }

    public static void rotate(List<?> list, int distance) {
        rotate1(list, distance);
    }

    private static <T> void rotate1(List<T> list, int distance) {
        int size = list.size();
        if (size == 0) return;
        distance = distance % size;
        if (distance < 0) distance += size;
        if (distance == 0) return;
        for (int cycleStart = 0, nMoved = 0; nMoved != size; cycleStart++) {
            T displaced = list.get(cycleStart);
            int i = cycleStart;
            do {
                i += distance;
                if (i >= size) i -= size;
                displaced = list.set(i, displaced);
                nMoved++;
            } while (i != cycleStart);
        }
    }

    public static <T> boolean replaceAll(List<T> list, T oldVal, T newVal) {
        boolean result = false;
        int size = list.size();
        for (int i = 0; i < size; i++) {
            if (eq(oldVal, list.get(i))) {
                list.set(i, newVal);
                result = true;
            }
        }
        return result;
    }

    public static int indexOfSubList(List<?> source, List<?> target) {
        int sourceSize = source.size();
        int targetSize = target.size();
        int maxCandidate = sourceSize - targetSize;
        nextCand:
        for (int candidate = 0; candidate <= maxCandidate; candidate++) {
            for (int i = 0, j = candidate; i < targetSize; i++, j++)
                if (!eq(target.get(i), source.get(j))) continue nextCand;
            return candidate;
        }
        return -1;
    }

    public static int lastIndexOfSubList(List<?> source, List<?> target) {
        int sourceSize = source.size();
        int targetSize = target.size();
        int maxCandidate = sourceSize - targetSize;
        nextCand:
        for (int candidate = maxCandidate; candidate >= 0; candidate--) {
            for (int i = 0, j = candidate; i < targetSize; i++, j++)
                if (!eq(target.get(i), source.get(j))) continue nextCand;
            return candidate;
        }
        return -1;
    }

    public static int frequency(Collection<?> c, Object o) {
        int result = 0;
        if (o == null) {
            for (Object e : c) if (e == null) result++;
        } else {
            for (Object e : c) if (o.equals(e)) result++;
        }
        return result;
    }

    public static boolean disjoint(Collection<?> c1, Collection<?> c2) {
        Collection<?> contains = c2;
        Collection<?> iterate = c1;
        if (c1 instanceof Set) {
            iterate = c2;
            contains = c1;
        } else if (!(c2 instanceof Set)) {
            int c1size = c1.size();
            int c2size = c2.size();
            if (c1size == 0 || c2size == 0) return true;
            if (c1size > c2size) {
                iterate = c2;
                contains = c1;
            }
        }
        for (Object e : iterate) if (contains.contains(e)) return false;
        return true;
    }

    @SafeVarargs
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean result = false;
        for (T element : elements) result |= c.add(element);
        return result;
    }

    // ---- comparators ----

    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder() {
        return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
    }

    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {
        if (cmp == null) return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
        if (cmp == ReverseComparator.REVERSE_ORDER) return (Comparator<T>) Comparators.NaturalOrderComparator.INSTANCE;
        if (cmp == (Object) Comparators.NaturalOrderComparator.INSTANCE) return (Comparator<T>) ReverseComparator.REVERSE_ORDER;
        if (cmp instanceof ReverseComparator2) return ((ReverseComparator2<T>) cmp).cmp;
        return new ReverseComparator2<T>(cmp);
    }

    private static class ReverseComparator implements Comparator<Comparable<Object>> {
        static final ReverseComparator REVERSE_ORDER = new ReverseComparator();

        public int compare(Comparable<Object> c1, Comparable<Object> c2) {
            return c2.compareTo(c1);
        }

        @SuppressWarnings("unchecked")
        public Comparator<Comparable<Object>> reversed() {
            return (Comparator<Comparable<Object>>) (Comparator<?>) Comparators.NaturalOrderComparator.INSTANCE;
        }
    }

    private static class ReverseComparator2<T> implements Comparator<T> {
        final Comparator<T> cmp;

        ReverseComparator2(Comparator<T> cmp) { this.cmp = cmp; }

        public int compare(T t1, T t2) { return cmp.compare(t2, t1); }

        public boolean equals(Object o) {
            return (o == this) || (o instanceof ReverseComparator2 && cmp.equals(((ReverseComparator2<?>) o).cmp));
        }

        public int hashCode() { return cmp.hashCode() ^ Integer.MIN_VALUE; }

        public Comparator<T> reversed() { return cmp; }
    }

    // ---- iterators and enumerations ----

    @SuppressWarnings("unchecked")
    public static <T> Iterator<T> emptyIterator() {
        return (Iterator<T>) EmptyIterator.EMPTY_ITERATOR;
    }

    private static class EmptyIterator<E> implements Iterator<E> {
        static final EmptyIterator<Object> EMPTY_ITERATOR = new EmptyIterator<Object>();

        public boolean hasNext() { return false; }
        public E next() { throw new NoSuchElementException(); }
        public void remove() { throw new IllegalStateException(); }
        public void forEachRemaining(Consumer<? super E> action) { Objects.requireNonNull(action); }
    }

    @SuppressWarnings("unchecked")
    public static <T> ListIterator<T> emptyListIterator() {
        return (ListIterator<T>) EmptyListIterator.EMPTY_ITERATOR;
    }

    private static class EmptyListIterator<E> extends EmptyIterator<E> implements ListIterator<E> {
        static final EmptyListIterator<Object> EMPTY_ITERATOR = new EmptyListIterator<Object>();

        public boolean hasPrevious() { return false; }
        public E previous() { throw new NoSuchElementException(); }
        public int nextIndex() { return 0; }
        public int previousIndex() { return -1; }
        public void set(E e) { throw new IllegalStateException(); }
        public void add(E e) { throw new UnsupportedOperationException(); }
    }

    public static <T> Enumeration<T> emptyEnumeration() {
        return enumeration(Collections.<T>emptyList());
    }

    public static <T> Enumeration<T> enumeration(final Collection<T> c) {
        return new Enumeration<T>() {
            private final Iterator<T> i = c.iterator();
            public boolean hasMoreElements() { return i.hasNext(); }
            public T nextElement() { return i.next(); }
            public Iterator<T> asIterator() { return i; }
        };
    }

    public static <T> ArrayList<T> list(Enumeration<T> e) {
        ArrayList<T> l = new ArrayList<T>();
        while (e.hasMoreElements()) l.add(e.nextElement());
        return l;
    }

    static <E> Iterator<E> singletonIterator(final E e) {
        return new Iterator<E>() {
            private boolean hasNext = true;

            public boolean hasNext() { return hasNext; }

            public E next() {
                if (hasNext) {
                    hasNext = false;
                    return e;
                }
                throw new NoSuchElementException();
            }

            public void remove() { throw new UnsupportedOperationException(); }

            public void forEachRemaining(Consumer<? super E> action) {
                Objects.requireNonNull(action);
                if (hasNext) {
                    hasNext = false;
                    action.accept(e);
                }
            }
        };
    }

    // ---- empty collections ----

    @SuppressWarnings("unchecked")
    public static final <T> List<T> emptyList() { return (List<T>) EMPTY_LIST; }

    @SuppressWarnings("unchecked")
    public static final <T> Set<T> emptySet() { return (Set<T>) EMPTY_SET; }

    @SuppressWarnings("unchecked")
    public static final <K, V> Map<K, V> emptyMap() { return (Map<K, V>) EMPTY_MAP; }

    private static class EmptyList<E> extends AbstractList<E> implements RandomAccess {
        public Iterator<E> iterator() { return emptyIterator(); }
        public ListIterator<E> listIterator() { return emptyListIterator(); }
        public int size() { return 0; }
        public boolean isEmpty() { return true; }
        public void clear() { }
        public boolean contains(Object obj) { return false; }
        public boolean containsAll(Collection<?> c) { return c.isEmpty(); }
        public Object[] toArray() { return new Object[0]; }

        public <T> T[] toArray(T[] a) {
            if (a.length > 0) a[0] = null;
            return a;
        }

        public E get(int index) { throw new IndexOutOfBoundsException("Index: " + index); }

        public boolean equals(Object o) { return (o instanceof List) && ((List<?>) o).isEmpty(); }

        public int hashCode() { return 1; }

        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        public void replaceAll(UnaryOperator<E> operator) { Objects.requireNonNull(operator); }

        public void sort(Comparator<? super E> c) { }

        public void forEach(Consumer<? super E> action) { Objects.requireNonNull(action); }
    }

    private static class EmptySet<E> extends AbstractSet<E> {
        public Iterator<E> iterator() { return emptyIterator(); }
        public int size() { return 0; }
        public boolean isEmpty() { return true; }
        public void clear() { }
        public boolean contains(Object obj) { return false; }
        public boolean containsAll(Collection<?> c) { return c.isEmpty(); }
        public Object[] toArray() { return new Object[0]; }

        public <T> T[] toArray(T[] a) {
            if (a.length > 0) a[0] = null;
            return a;
        }

        public void forEach(Consumer<? super E> action) { Objects.requireNonNull(action); }

        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            return false;
        }

        public int hashCode() { return 0; }
    }

    private static class EmptyMap<K, V> extends AbstractMap<K, V> {
        public int size() { return 0; }
        public boolean isEmpty() { return true; }
        public void clear() { }
        public boolean containsKey(Object key) { return false; }
        public boolean containsValue(Object value) { return false; }
        public V get(Object key) { return null; }
        public Set<K> keySet() { return emptySet(); }
        public Collection<V> values() { return emptySet(); }
        public Set<Map.Entry<K, V>> entrySet() { return emptySet(); }
        public boolean equals(Object o) { return (o instanceof Map) && ((Map<?, ?>) o).isEmpty(); }
        public int hashCode() { return 0; }
        public V getOrDefault(Object k, V defaultValue) { return defaultValue; }
        public void forEach(BiConsumer<? super K, ? super V> action) { Objects.requireNonNull(action); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) { Objects.requireNonNull(function); }
        public V putIfAbsent(K key, V value) { throw uoe(); }
        public boolean remove(Object key, Object value) { throw uoe(); }
        public boolean replace(K key, V oldValue, V newValue) { throw uoe(); }
        public V replace(K key, V value) { throw uoe(); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) { throw uoe(); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) { throw uoe(); }
    }

    // ---- singletons and copies ----

    public static <T> Set<T> singleton(T o) { return new SingletonSet<T>(o); }

    private static class SingletonSet<E> extends AbstractSet<E> {
        private final E element;

        SingletonSet(E e) { element = e; }

        public Iterator<E> iterator() { return singletonIterator(element); }
        public int size() { return 1; }
        public boolean contains(Object o) { return eq(o, element); }

        public void forEach(Consumer<? super E> action) { action.accept(element); }

        public boolean removeIf(Predicate<? super E> filter) { throw uoe(); }

        public int hashCode() { return element == null ? 0 : element.hashCode(); }
    }

    public static <T> List<T> singletonList(T o) { return new SingletonList<T>(o); }

    private static class SingletonList<E> extends AbstractList<E> implements RandomAccess {
        private final E element;

        SingletonList(E obj) { element = obj; }

        public Iterator<E> iterator() { return singletonIterator(element); }
        public int size() { return 1; }
        public boolean contains(Object obj) { return eq(obj, element); }

        public E get(int index) {
            if (index != 0) throw new IndexOutOfBoundsException("Index: " + index + ", Size: 1");
            return element;
        }

        public void forEach(Consumer<? super E> action) { action.accept(element); }
        public boolean removeIf(Predicate<? super E> filter) { throw uoe(); }
        public void replaceAll(UnaryOperator<E> operator) { throw uoe(); }
        public void sort(Comparator<? super E> c) { }
        public int hashCode() { return 31 + (element == null ? 0 : element.hashCode()); }
    }

    public static <K, V> Map<K, V> singletonMap(K key, V value) { return new SingletonMap<K, V>(key, value); }

    private static class SingletonMap<K, V> extends AbstractMap<K, V> {
        private final K k;
        private final V v;

        SingletonMap(K key, V value) {
            k = key;
            v = value;
        }

        public int size() { return 1; }
        public boolean isEmpty() { return false; }
        public boolean containsKey(Object key) { return eq(key, k); }
        public boolean containsValue(Object value) { return eq(value, v); }
        public V get(Object key) { return (eq(key, k) ? v : null); }
        public Set<K> keySet() { return singleton(k); }

        public Set<Map.Entry<K, V>> entrySet() {
            return Collections.<Map.Entry<K, V>>singleton(new AbstractMap.SimpleImmutableEntry<K, V>(k, v));
        }

        public Collection<V> values() { return singletonList(v); }
        public V getOrDefault(Object key, V defaultValue) { return eq(key, k) ? v : defaultValue; }
        public void forEach(BiConsumer<? super K, ? super V> action) { action.accept(k, v); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) { throw uoe(); }
        public V putIfAbsent(K key, V value) { throw uoe(); }
        public boolean remove(Object key, Object value) { throw uoe(); }
        public boolean replace(K key, V oldValue, V newValue) { throw uoe(); }
        public V replace(K key, V value) { throw uoe(); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) { throw uoe(); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) { throw uoe(); }
        public int hashCode() { return Objects.hashCode(k) ^ Objects.hashCode(v); }
    }

    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) throw new IllegalArgumentException("List length = " + n);
        return new CopiesList<T>(n, o);
    }

    private static class CopiesList<E> extends AbstractList<E> implements RandomAccess {
        final int n;
        final E element;

        CopiesList(int n, E e) {
            this.n = n;
            element = e;
        }

        public int size() { return n; }
        public boolean contains(Object obj) { return n != 0 && eq(obj, element); }
        public int indexOf(Object o) { return contains(o) ? 0 : -1; }
        public int lastIndexOf(Object o) { return contains(o) ? n - 1 : -1; }

        public E get(int index) {
            if (index < 0 || index >= n)
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + n);
            return element;
        }

        public Object[] toArray() {
            Object[] a = new Object[n];
            if (element != null) for (int i = 0; i < n; i++) a[i] = element;
            return a;
        }

        public List<E> subList(int fromIndex, int toIndex) {
            if (fromIndex < 0) throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
            if (toIndex > n) throw new IndexOutOfBoundsException("toIndex = " + toIndex);
            if (fromIndex > toIndex)
                throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
            return new CopiesList<E>(toIndex - fromIndex, element);
        }
    }

    // ---- unmodifiable views ----

    @SuppressWarnings("unchecked")
    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        if (c instanceof UnmodifiableCollection) return (Collection<T>) c;
        return new UnmodifiableCollection<T>(c);
    }

    static class UnmodifiableCollection<E> implements Collection<E> {
        final Collection<? extends E> c;

        UnmodifiableCollection(Collection<? extends E> c) {
            if (c == null) throw new NullPointerException();
            this.c = c;
        }

        public int size() { return c.size(); }
        public boolean isEmpty() { return c.isEmpty(); }
        public boolean contains(Object o) { return c.contains(o); }
        public Object[] toArray() { return c.toArray(); }
        public <T> T[] toArray(T[] a) { return c.toArray(a); }
        public <T> T[] toArray(IntFunction<T[]> f) { return c.toArray(f); }
        public String toString() { return c.toString(); }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private final Iterator<? extends E> i = c.iterator();

                public boolean hasNext() { return i.hasNext(); }
                public E next() { return i.next(); }
                public void remove() { throw new UnsupportedOperationException(); }

                public void forEachRemaining(Consumer<? super E> action) { i.forEachRemaining(action); }
            };
        }

        public boolean add(E e) { throw uoe(); }
        public boolean remove(Object o) { throw uoe(); }
        public boolean containsAll(Collection<?> coll) { return c.containsAll(coll); }
        public boolean addAll(Collection<? extends E> coll) { throw uoe(); }
        public boolean removeAll(Collection<?> coll) { throw uoe(); }
        public boolean retainAll(Collection<?> coll) { throw uoe(); }
        public void clear() { throw uoe(); }

        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super E> action) { ((Collection<E>) c).forEach(action); }

        public boolean removeIf(Predicate<? super E> filter) { throw uoe(); }
    }

    @SuppressWarnings("unchecked")
    public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {
        if (s instanceof UnmodifiableSet) return (Set<T>) s;
        return new UnmodifiableSet<T>(s);
    }

    static class UnmodifiableSet<E> extends UnmodifiableCollection<E> implements Set<E> {
        UnmodifiableSet(Set<? extends E> s) { super(s); }
        public boolean equals(Object o) { return o == this || c.equals(o); }
        public int hashCode() { return c.hashCode(); }
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        if (list instanceof UnmodifiableList) return (List<T>) list;
        return (list instanceof RandomAccess)
            ? new UnmodifiableRandomAccessList<T>(list)
            : new UnmodifiableList<T>(list);
    }

    static class UnmodifiableList<E> extends UnmodifiableCollection<E> implements List<E> {
        final List<? extends E> list;

        UnmodifiableList(List<? extends E> list) {
            super(list);
            this.list = list;
        }

        public boolean equals(Object o) { return o == this || list.equals(o); }
        public int hashCode() { return list.hashCode(); }
        public E get(int index) { return list.get(index); }
        public E set(int index, E element) { throw uoe(); }
        public void add(int index, E element) { throw uoe(); }
        public E remove(int index) { throw uoe(); }
        public int indexOf(Object o) { return list.indexOf(o); }
        public int lastIndexOf(Object o) { return list.lastIndexOf(o); }
        public boolean addAll(int index, Collection<? extends E> c) { throw uoe(); }
        public void replaceAll(UnaryOperator<E> operator) { throw uoe(); }
        public void sort(Comparator<? super E> c) { throw uoe(); }
        public ListIterator<E> listIterator() { return listIterator(0); }

        public ListIterator<E> listIterator(final int index) {
            return new ListIterator<E>() {
                private final ListIterator<? extends E> i = list.listIterator(index);

                public boolean hasNext() { return i.hasNext(); }
                public E next() { return i.next(); }
                public boolean hasPrevious() { return i.hasPrevious(); }
                public E previous() { return i.previous(); }
                public int nextIndex() { return i.nextIndex(); }
                public int previousIndex() { return i.previousIndex(); }
                public void remove() { throw uoe(); }
                public void set(E e) { throw uoe(); }
                public void add(E e) { throw uoe(); }

                public void forEachRemaining(Consumer<? super E> action) { i.forEachRemaining(action); }
            };
        }

        public List<E> subList(int fromIndex, int toIndex) {
            return new UnmodifiableList<E>(list.subList(fromIndex, toIndex));
        }
    }

    static class UnmodifiableRandomAccessList<E> extends UnmodifiableList<E> implements RandomAccess {
        UnmodifiableRandomAccessList(List<? extends E> list) { super(list); }

        public List<E> subList(int fromIndex, int toIndex) {
            return new UnmodifiableRandomAccessList<E>(list.subList(fromIndex, toIndex));
        }
    }

    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
        if (m instanceof UnmodifiableMap) return (Map<K, V>) m;
        return new UnmodifiableMap<K, V>(m);
    }

    static class UnmodifiableMap<K, V> implements Map<K, V> {
        final Map<? extends K, ? extends V> m;

        UnmodifiableMap(Map<? extends K, ? extends V> m) {
            if (m == null) throw new NullPointerException();
            this.m = m;
        }

        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean containsKey(Object key) { return m.containsKey(key); }
        public boolean containsValue(Object val) { return m.containsValue(val); }
        public V get(Object key) { return m.get(key); }
        public V put(K key, V value) { throw uoe(); }
        public V remove(Object key) { throw uoe(); }
        public void putAll(Map<? extends K, ? extends V> mm) { throw uoe(); }
        public void clear() { throw uoe(); }

        private transient Set<K> keySet;
        private transient Set<Map.Entry<K, V>> entrySet;
        private transient Collection<V> values;

        public Set<K> keySet() {
            if (keySet == null) keySet = unmodifiableSet(m.keySet());
            return keySet;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Set<Map.Entry<K, V>> entrySet() {
            if (entrySet == null) entrySet = new UnmodifiableEntrySet<K, V>((Set) m.entrySet());
            return entrySet;
        }

        public Collection<V> values() {
            if (values == null) values = unmodifiableCollection(m.values());
            return values;
        }

        public boolean equals(Object o) { return o == this || m.equals(o); }
        public int hashCode() { return m.hashCode(); }
        public String toString() { return m.toString(); }

        @SuppressWarnings("unchecked")
        public V getOrDefault(Object k, V defaultValue) { return ((Map<K, V>) m).getOrDefault(k, defaultValue); }

        @SuppressWarnings("unchecked")
        public void forEach(BiConsumer<? super K, ? super V> action) { ((Map<K, V>) m).forEach(action); }

        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) { throw uoe(); }
        public V putIfAbsent(K key, V value) { throw uoe(); }
        public boolean remove(Object key, Object value) { throw uoe(); }
        public boolean replace(K key, V oldValue, V newValue) { throw uoe(); }
        public V replace(K key, V value) { throw uoe(); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) { throw uoe(); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) { throw uoe(); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) { throw uoe(); }
    }

    static class UnmodifiableEntrySet<K, V> extends UnmodifiableSet<Map.Entry<K, V>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        UnmodifiableEntrySet(Set<? extends Map.Entry<? extends K, ? extends V>> s) {
            super((Set) s);
        }

        @SuppressWarnings("unchecked")
        public Iterator<Map.Entry<K, V>> iterator() {
            final Iterator<? extends Map.Entry<? extends K, ? extends V>> i =
                ((Collection<? extends Map.Entry<? extends K, ? extends V>>) c).iterator();
            return new Iterator<Map.Entry<K, V>>() {
                public boolean hasNext() { return i.hasNext(); }
                public Map.Entry<K, V> next() { return new UnmodifiableEntry<K, V>(i.next()); }
                public void remove() { throw new UnsupportedOperationException(); }
            };
        }

        public void forEach(final Consumer<? super Map.Entry<K, V>> action) {
            Objects.requireNonNull(action);
            Iterator<Map.Entry<K, V>> it = iterator();
            while (it.hasNext()) action.accept(it.next());
        }

        public Object[] toArray() {
            Object[] a = c.toArray();
            for (int i = 0; i < a.length; i++)
                a[i] = new UnmodifiableEntry<K, V>((Map.Entry<? extends K, ? extends V>) a[i]);
            return a;
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            return c.contains(new UnmodifiableEntry<Object, Object>((Map.Entry<?, ?>) o));
        }

        public boolean containsAll(Collection<?> coll) {
            for (Object e : coll) if (!contains(e)) return false;
            return true;
        }

        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Set)) return false;
            Set<?> s = (Set<?>) o;
            if (s.size() != c.size()) return false;
            return containsAll(s);
        }
    }

    private static class UnmodifiableEntry<K, V> implements Map.Entry<K, V> {
        private Map.Entry<? extends K, ? extends V> e;

        UnmodifiableEntry(Map.Entry<? extends K, ? extends V> e) { this.e = Objects.requireNonNull(e); }

        public K getKey() { return e.getKey(); }
        public V getValue() { return e.getValue(); }
        public V setValue(V value) { throw new UnsupportedOperationException(); }
        public int hashCode() { return e.hashCode(); }

        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> t = (Map.Entry<?, ?>) o;
            return eq(e.getKey(), t.getKey()) && eq(e.getValue(), t.getValue());
        }

        public String toString() { return e.toString(); }
    }

    // ---- synchronized views (Parley runs one thread: plain forwarding) ----

    public static <T> Collection<T> synchronizedCollection(Collection<T> c) {
        return new SynchronizedCollection<T>(c);
    }

    public static <T> Set<T> synchronizedSet(Set<T> s) {
        return new SynchronizedSet<T>(s);
    }

    public static <T> List<T> synchronizedList(List<T> list) {
        return (list instanceof RandomAccess) ? new SynchronizedRandomAccessList<T>(list)
                                               : new SynchronizedList<T>(list);
    }

    public static <K, V> Map<K, V> synchronizedMap(Map<K, V> m) {
        return new SynchronizedMap<K, V>(m);
    }

    static class SynchronizedCollection<E> implements Collection<E> {
        final Collection<E> c;

        SynchronizedCollection(Collection<E> c) { this.c = Objects.requireNonNull(c); }

        public int size() { return c.size(); }
        public boolean isEmpty() { return c.isEmpty(); }
        public boolean contains(Object o) { return c.contains(o); }
        public Object[] toArray() { return c.toArray(); }
        public <T> T[] toArray(T[] a) { return c.toArray(a); }
        public Iterator<E> iterator() { return c.iterator(); }
        public boolean add(E e) { return c.add(e); }
        public boolean remove(Object o) { return c.remove(o); }
        public boolean containsAll(Collection<?> coll) { return c.containsAll(coll); }
        public boolean addAll(Collection<? extends E> coll) { return c.addAll(coll); }
        public boolean removeAll(Collection<?> coll) { return c.removeAll(coll); }
        public boolean retainAll(Collection<?> coll) { return c.retainAll(coll); }
        public void clear() { c.clear(); }
        public String toString() { return c.toString(); }
        public void forEach(Consumer<? super E> consumer) { c.forEach(consumer); }
        public boolean removeIf(Predicate<? super E> filter) { return c.removeIf(filter); }
    }

    static class SynchronizedSet<E> extends SynchronizedCollection<E> implements Set<E> {
        SynchronizedSet(Set<E> s) { super(s); }
        public boolean equals(Object o) { return this == o || c.equals(o); }
        public int hashCode() { return c.hashCode(); }
    }

    static class SynchronizedList<E> extends SynchronizedCollection<E> implements List<E> {
        final List<E> list;

        SynchronizedList(List<E> list) {
            super(list);
            this.list = list;
        }

        public boolean equals(Object o) { return this == o || list.equals(o); }
        public int hashCode() { return list.hashCode(); }
        public E get(int index) { return list.get(index); }
        public E set(int index, E element) { return list.set(index, element); }
        public void add(int index, E element) { list.add(index, element); }
        public E remove(int index) { return list.remove(index); }
        public int indexOf(Object o) { return list.indexOf(o); }
        public int lastIndexOf(Object o) { return list.lastIndexOf(o); }
        public boolean addAll(int index, Collection<? extends E> c) { return list.addAll(index, c); }
        public ListIterator<E> listIterator() { return list.listIterator(); }
        public ListIterator<E> listIterator(int index) { return list.listIterator(index); }
        public List<E> subList(int fromIndex, int toIndex) { return new SynchronizedList<E>(list.subList(fromIndex, toIndex)); }
        public void replaceAll(UnaryOperator<E> operator) { list.replaceAll(operator); }
        public void sort(Comparator<? super E> c) { list.sort(c); }
    }

    static class SynchronizedRandomAccessList<E> extends SynchronizedList<E> implements RandomAccess {
        SynchronizedRandomAccessList(List<E> list) { super(list); }

        public List<E> subList(int fromIndex, int toIndex) {
            return new SynchronizedRandomAccessList<E>(list.subList(fromIndex, toIndex));
        }
    }

    static class SynchronizedMap<K, V> implements Map<K, V> {
        private final Map<K, V> m;

        SynchronizedMap(Map<K, V> m) { this.m = Objects.requireNonNull(m); }

        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean containsKey(Object key) { return m.containsKey(key); }
        public boolean containsValue(Object value) { return m.containsValue(value); }
        public V get(Object key) { return m.get(key); }
        public V put(K key, V value) { return m.put(key, value); }
        public V remove(Object key) { return m.remove(key); }
        public void putAll(Map<? extends K, ? extends V> map) { m.putAll(map); }
        public void clear() { m.clear(); }
        public Set<K> keySet() { return m.keySet(); }
        public Set<Map.Entry<K, V>> entrySet() { return m.entrySet(); }
        public Collection<V> values() { return m.values(); }
        public boolean equals(Object o) { return this == o || m.equals(o); }
        public int hashCode() { return m.hashCode(); }
        public String toString() { return m.toString(); }
        public V getOrDefault(Object k, V defaultValue) { return m.getOrDefault(k, defaultValue); }
        public void forEach(BiConsumer<? super K, ? super V> action) { m.forEach(action); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) { m.replaceAll(function); }
        public V putIfAbsent(K key, V value) { return m.putIfAbsent(key, value); }
        public boolean remove(Object key, Object value) { return m.remove(key, value); }
        public boolean replace(K key, V oldValue, V newValue) { return m.replace(key, oldValue, newValue); }
        public V replace(K key, V value) { return m.replace(key, value); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> mf) { return m.computeIfAbsent(key, mf); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> rf) { return m.computeIfPresent(key, rf); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> rf) { return m.compute(key, rf); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> rf) { return m.merge(key, value, rf); }
    }

    public static <E> Set<E> newSetFromMap(Map<E, Boolean> map) {
        return new SetFromMap<E>(map);
    }

    private static class SetFromMap<E> extends AbstractSet<E> implements Set<E> {
        private final Map<E, Boolean> m;
        private final Set<E> s;

        SetFromMap(Map<E, Boolean> map) {
            if (!map.isEmpty()) throw new IllegalArgumentException("Map is non-empty");
            m = map;
            s = map.keySet();
        }

        public void clear() { m.clear(); }
        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean contains(Object o) { return m.containsKey(o); }
        public boolean remove(Object o) { return m.remove(o) != null; }
        public boolean add(E e) { return m.put(e, Boolean.TRUE) == null; }
        public Iterator<E> iterator() { return s.iterator(); }
        public Object[] toArray() { return s.toArray(); }
        public <T> T[] toArray(T[] a) { return s.toArray(a); }
        public String toString() { return s.toString(); }
        public int hashCode() { return s.hashCode(); }
        public boolean equals(Object o) { return o == this || s.equals(o); }
        public boolean containsAll(Collection<?> c) { return s.containsAll(c); }
        public boolean removeAll(Collection<?> c) { return s.removeAll(c); }
        public boolean retainAll(Collection<?> c) { return s.retainAll(c); }
        public void forEach(Consumer<? super E> action) { s.forEach(action); }
        public boolean removeIf(Predicate<? super E> filter) { return s.removeIf(filter); }
    }
}
