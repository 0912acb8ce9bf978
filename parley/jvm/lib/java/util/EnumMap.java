/*
 * Parley's java.util.EnumMap (its own implementation, written for Parley's
 * core library): values in an array indexed by the keys' ordinals, iterated
 * in ordinal order.  Like the JDK's, its iterators are not fail-fast.
 */
package java.util;

public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements Cloneable {
    private final Class<K> keyType;
    private Object[] keys;      // the key of each occupied ordinal
    private Object[] vals;      // NULL stands for a null value; null: no mapping
    private int size = 0;

    private static final Object NULL = new Object() {
        public int hashCode() { return 0; }
        public String toString() { return "java.util.EnumMap.NULL"; }
    };

    private Object maskNull(Object value) { return (value == null ? NULL : value); }

    @SuppressWarnings("unchecked")
    private V unmaskNull(Object value) { return (V) (value == NULL ? null : value); }

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        keys = new Object[0];
        vals = new Object[0];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        keyType = m.keyType;
        keys = Arrays.copyObjects(m.keys, m.keys.length);
        vals = Arrays.copyObjects(m.vals, m.vals.length);
        size = m.size;
    }

    @SuppressWarnings("unchecked")
    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<K, ? extends V> em = (EnumMap<K, ? extends V>) m;
            keyType = em.keyType;
            keys = Arrays.copyObjects(em.keys, em.keys.length);
            vals = Arrays.copyObjects(em.vals, em.vals.length);
            size = em.size;
        } else {
            if (m.isEmpty()) throw new IllegalArgumentException("Specified map is empty");
            keyType = m.keySet().iterator().next().getDeclaringClass();
            keys = new Object[0];
            vals = new Object[0];
            putAll(m);
        }
    }

    public int size() { return size; }

    public boolean containsValue(Object value) {
        value = maskNull(value);
        for (Object val : vals) if (val != null && value.equals(val)) return true;
        return false;
    }

    public boolean containsKey(Object key) {
        if (!isValidKey(key)) return false;
        int i = ((Enum<?>) key).ordinal();
        return i < vals.length && vals[i] != null;
    }

    private boolean containsMapping(Object key, Object value) {
        if (!isValidKey(key)) return false;
        int i = ((Enum<?>) key).ordinal();
        return i < vals.length && vals[i] != null && maskNull(value).equals(vals[i]);
    }

    public V get(Object key) {
        if (!isValidKey(key)) return null;
        int i = ((Enum<?>) key).ordinal();
        return i < vals.length ? unmaskNull(vals[i]) : null;
    }

    public V put(K key, V value) {
        typeCheck(key);
        int index = key.ordinal();
        if (index >= vals.length) {
            int n = index + 1;
            keys = Arrays.copyObjects(keys, n);
            vals = Arrays.copyObjects(vals, n);
        }
        Object oldValue = vals[index];
        vals[index] = maskNull(value);
        keys[index] = key;
        if (oldValue == null) size++;
        return unmaskNull(oldValue);
    }

    public V remove(Object key) {
        if (!isValidKey(key)) return null;
        int index = ((Enum<?>) key).ordinal();
        if (index >= vals.length) return null;
        Object oldValue = vals[index];
        vals[index] = null;
        if (oldValue != null) size--;
        return unmaskNull(oldValue);
    }

    private boolean removeMapping(Object key, Object value) {
        if (!isValidKey(key)) return false;
        int index = ((Enum<?>) key).ordinal();
        if (index < vals.length && vals[index] != null && maskNull(value).equals(vals[index])) {
            vals[index] = null;
            size--;
            return true;
        }
        return false;
    }

    private boolean isValidKey(Object key) {
        if (key == null) return false;
        Class<?> keyClass = key.getClass();
        return keyClass == keyType || keyClass.getSuperclass() == keyType;
    }

    @SuppressWarnings("unchecked")
    public void putAll(Map<? extends K, ? extends V> m) {
        if (m instanceof EnumMap) {
            EnumMap<?, ?> em = (EnumMap<?, ?>) m;
            if (em.keyType != keyType) {
                if (em.isEmpty()) return;
                throw new ClassCastException(em.keyType + " != " + keyType);
            }
            for (int i = 0; i < em.vals.length; i++) {
                Object emValue = em.vals[i];
                if (emValue != null) put((K) em.keys[i], (V) em.unmaskNull(emValue));
            }
        } else {
            super.putAll(m);
        }
    }

    public void clear() {
        for (int i = 0; i < vals.length; i++) vals[i] = null;
        size = 0;
    }

    private transient Set<Map.Entry<K, V>> entrySet;

    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new AbstractSet<K>() {
                public Iterator<K> iterator() { return new KeyIterator(); }
                public int size() { return size; }
                public boolean contains(Object o) { return containsKey(o); }

                public boolean remove(Object o) {
                    int oldSize = size;
                    EnumMap.this.remove(o);
                    return size != oldSize;
                }

                public void clear() { EnumMap.this.clear(); }
            };
            keySet = ks;
        }
        return ks;
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new AbstractCollection<V>() {
                public Iterator<V> iterator() { return new ValueIterator(); }
                public int size() { return size; }
                public boolean contains(Object o) { return containsValue(o); }

                public boolean remove(Object o) {
                    o = maskNull(o);
                    for (int i = 0; i < vals.length; i++) {
                        if (vals[i] != null && o.equals(vals[i])) {
                            vals[i] = null;
                            size--;
                            return true;
                        }
                    }
                    return false;
                }

                public void clear() { EnumMap.this.clear(); }
            };
            values = vs;
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() { return new EntryIterator(); }

                public boolean contains(Object o) {
                    return o instanceof Map.Entry
                        && containsMapping(((Map.Entry<?, ?>) o).getKey(), ((Map.Entry<?, ?>) o).getValue());
                }

                public boolean remove(Object o) {
                    return o instanceof Map.Entry
                        && removeMapping(((Map.Entry<?, ?>) o).getKey(), ((Map.Entry<?, ?>) o).getValue());
                }

                public int size() { return size; }

                public void clear() { EnumMap.this.clear(); }
            };
            entrySet = es;
        }
        return es;
    }

    private abstract class EnumMapIterator<T> implements Iterator<T> {
        int index = 0;
        int lastReturnedIndex = -1;

        public boolean hasNext() {
            while (index < vals.length && vals[index] == null) index++;
            return index < vals.length;
        }

        public void remove() {
            if (lastReturnedIndex < 0) throw new IllegalStateException();
            if (vals[lastReturnedIndex] != null) {
                vals[lastReturnedIndex] = null;
                size--;
            }
            lastReturnedIndex = -1;
        }
    }

    private class KeyIterator extends EnumMapIterator<K> {
        @SuppressWarnings("unchecked")
        public K next() {
            if (!hasNext()) throw new NoSuchElementException();
            lastReturnedIndex = index++;
            return (K) keys[lastReturnedIndex];
        }
    }

    private class ValueIterator extends EnumMapIterator<V> {
        public V next() {
            if (!hasNext()) throw new NoSuchElementException();
            lastReturnedIndex = index++;
            return unmaskNull(vals[lastReturnedIndex]);
        }
    }

    private class EntryIterator extends EnumMapIterator<Map.Entry<K, V>> {
        private EntryRef lastReturnedEntry;

        public Map.Entry<K, V> next() {
            if (!hasNext()) throw new NoSuchElementException();
            lastReturnedEntry = new EntryRef(index++);
            return lastReturnedEntry;
        }

        public void remove() {
            lastReturnedIndex = ((null == lastReturnedEntry) ? -1 : lastReturnedEntry.index);
            super.remove();
            lastReturnedEntry.index = lastReturnedIndex;
            lastReturnedEntry = null;
        }

        private class EntryRef implements Map.Entry<K, V> {
            private int index;

            private EntryRef(int index) { this.index = index; }

            @SuppressWarnings("unchecked")
            public K getKey() {
                checkIndexForEntryUse();
                return (K) keys[index];
            }

            public V getValue() {
                checkIndexForEntryUse();
                return unmaskNull(vals[index]);
            }

            public V setValue(V value) {
                checkIndexForEntryUse();
                V oldValue = unmaskNull(vals[index]);
                vals[index] = maskNull(value);
                return oldValue;
            }

            public boolean equals(Object o) {
                if (index < 0) return o == this;
                if (!(o instanceof Map.Entry)) return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                V ourValue = unmaskNull(vals[index]);
                Object hisValue = e.getValue();
                return (e.getKey() == keys[index] && (ourValue == hisValue || (ourValue != null && ourValue.equals(hisValue))));
            }

            public int hashCode() {
                if (index < 0) return super.hashCode();
                return keys[index].hashCode() ^ Objects.hashCode(unmaskNull(vals[index]));
            }

            public String toString() {
                if (index < 0) return super.toString();
                return keys[index] + "=" + unmaskNull(vals[index]);
            }

            private void checkIndexForEntryUse() {
                if (index < 0) throw new IllegalStateException("Entry was removed");
            }
        }
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof EnumMap) {
            EnumMap<?, ?> em = (EnumMap<?, ?>) o;
            if (em.keyType != keyType) return size == 0 && em.size == 0;
            if (em.size != size) return false;
            int n = vals.length > em.vals.length ? vals.length : em.vals.length;
            for (int i = 0; i < n; i++) {
                Object ours = i < vals.length ? vals[i] : null;
                Object hers = i < em.vals.length ? em.vals[i] : null;
                if (hers != ours && (hers == null || !hers.equals(ours))) return false;
            }
            return true;
        }
        return super.equals(o);
    }

    public int hashCode() {
        int h = 0;
        for (int i = 0; i < vals.length; i++) {
            if (null != vals[i]) h += keys[i].hashCode() ^ vals[i].hashCode();
        }
        return h;
    }

    @SuppressWarnings("unchecked")
    public EnumMap<K, V> clone() {
        EnumMap<K, V> result;
        try {
            result = (EnumMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
        result.keys = Arrays.copyObjects(keys, keys.length);
        result.vals = Arrays.copyObjects(vals, vals.length);
        result.entrySet = null;
        return result;
    }

    private void typeCheck(K key) {
        Class<?> keyClass = key.getClass();
        if (keyClass != keyType && keyClass.getSuperclass() != keyType)
            throw new ClassCastException(keyClass + " != " + keyType);
    }
}
