/*
 * Parley's java.util.AbstractMap (its own implementation, written for Parley's
 * core library).
 */
package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public abstract class AbstractMap<K, V> implements Map<K, V> {
    transient Set<K> keySet;
    transient Collection<V> values;

    protected AbstractMap() { }

    public int size() { return entrySet().size(); }

    public boolean isEmpty() { return size() == 0; }

    public boolean containsValue(Object value) {
        Iterator<Map.Entry<K, V>> i = entrySet().iterator();
        if (value == null) {
            while (i.hasNext()) if (i.next().getValue() == null) return true;
        } else {
            while (i.hasNext()) if (value.equals(i.next().getValue())) return true;
        }
        return false;
    }

    public boolean containsKey(Object key) {
        Iterator<Map.Entry<K, V>> i = entrySet().iterator();
        if (key == null) {
            while (i.hasNext()) if (i.next().getKey() == null) return true;
        } else {
            while (i.hasNext()) if (key.equals(i.next().getKey())) return true;
        }
        return false;
    }

    public V get(Object key) {
        Iterator<Map.Entry<K, V>> i = entrySet().iterator();
        if (key == null) {
            while (i.hasNext()) {
                Map.Entry<K, V> e = i.next();
                if (e.getKey() == null) return e.getValue();
            }
        } else {
            while (i.hasNext()) {
                Map.Entry<K, V> e = i.next();
                if (key.equals(e.getKey())) return e.getValue();
            }
        }
        return null;
    }

    public V put(K key, V value) { throw new UnsupportedOperationException(); }

    public V remove(Object key) {
        Iterator<Map.Entry<K, V>> i = entrySet().iterator();
        Map.Entry<K, V> correctEntry = null;
        if (key == null) {
            while (correctEntry == null && i.hasNext()) {
                Map.Entry<K, V> e = i.next();
                if (e.getKey() == null) correctEntry = e;
            }
        } else {
            while (correctEntry == null && i.hasNext()) {
                Map.Entry<K, V> e = i.next();
                if (key.equals(e.getKey())) correctEntry = e;
            }
        }
        V oldValue = null;
        if (correctEntry != null) {
            oldValue = correctEntry.getValue();
            i.remove();
        }
        return oldValue;
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }

    public void clear() { entrySet().clear(); }

    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new AbstractSet<K>() {
                public Iterator<K> iterator() {
                    return new Iterator<K>() {
                        private final Iterator<Map.Entry<K, V>> i = entrySet().iterator();
                        public boolean hasNext() { return i.hasNext(); }
                        public K next() { return i.next().getKey(); }
                        public void remove() { i.remove(); }
                    };
                }
                public int size() { return AbstractMap.this.size(); }
                public boolean isEmpty() { return AbstractMap.this.isEmpty(); }
                public void clear() { AbstractMap.this.clear(); }
                public boolean contains(Object k) { return AbstractMap.this.containsKey(k); }
            };
            keySet = ks;
        }
        return ks;
    }

    public Collection<V> values() {
        Collection<V> vals = values;
        if (vals == null) {
            vals = new AbstractCollection<V>() {
                public Iterator<V> iterator() {
                    return new Iterator<V>() {
                        private final Iterator<Map.Entry<K, V>> i = entrySet().iterator();
                        public boolean hasNext() { return i.hasNext(); }
                        public V next() { return i.next().getValue(); }
                        public void remove() { i.remove(); }
                    };
                }
                public int size() { return AbstractMap.this.size(); }
                public boolean isEmpty() { return AbstractMap.this.isEmpty(); }
                public void clear() { AbstractMap.this.clear(); }
                public boolean contains(Object v) { return AbstractMap.this.containsValue(v); }
            };
            values = vals;
        }
        return vals;
    }

    public abstract Set<Map.Entry<K, V>> entrySet();

    protected Object clone() throws CloneNotSupportedException {
        AbstractMap<?, ?> result = (AbstractMap<?, ?>) super.clone();
        result.keySet = null;
        result.values = null;
        return result;
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> m = (Map<?, ?>) o;
        if (m.size() != size()) return false;
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                K key = e.getKey();
                V value = e.getValue();
                if (value == null) {
                    if (!(m.get(key) == null && m.containsKey(key))) return false;
                } else {
                    if (!value.equals(m.get(key))) return false;
                }
            }
        } catch (ClassCastException unused) {
            return false;
        } catch (NullPointerException unused) {
            return false;
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> entry : entrySet()) h += entry.hashCode();
        return h;
    }

    public String toString() {
        Iterator<Map.Entry<K, V>> i = entrySet().iterator();
        if (!i.hasNext()) return "{}";
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        for (;;) {
            Map.Entry<K, V> e = i.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : String.valueOf(key));
            sb.append('=');
            sb.append(value == this ? "(this Map)" : String.valueOf(value));
            if (!i.hasNext()) return sb.append('}').toString();
            sb.append(',').append(' ');
        }
    }

    // Map defaults, repeated so that calls through a class type resolve to a
    // class method.
    public V getOrDefault(Object key, V defaultValue) { return Map.super.getOrDefault(key, defaultValue); }
    public void forEach(BiConsumer<? super K, ? super V> action) { Map.super.forEach(action); }
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) { Map.super.replaceAll(function); }
    public V putIfAbsent(K key, V value) { return Map.super.putIfAbsent(key, value); }
    public boolean remove(Object key, Object value) { return Map.super.remove(key, value); }
    public boolean replace(K key, V oldValue, V newValue) { return Map.super.replace(key, oldValue, newValue); }
    public V replace(K key, V value) { return Map.super.replace(key, value); }
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) { return Map.super.computeIfAbsent(key, mappingFunction); }
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) { return Map.super.computeIfPresent(key, remappingFunction); }
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) { return Map.super.compute(key, remappingFunction); }
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) { return Map.super.merge(key, value, remappingFunction); }

    public static class SimpleEntry<K, V> implements Map.Entry<K, V> {
        private final K key;
        private V value;

        public SimpleEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleEntry(Map.Entry<? extends K, ? extends V> entry) {
            this.key = entry.getKey();
            this.value = entry.getValue();
        }

        public K getKey() { return key; }
        public V getValue() { return value; }

        public V setValue(V value) {
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        public boolean equals(Object o) {
            return o instanceof Map.Entry && eq(key, ((Map.Entry<?, ?>) o).getKey())
                && eq(value, ((Map.Entry<?, ?>) o).getValue());
        }

        public int hashCode() {
            return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
        }

        public String toString() { return key + "=" + value; }
    }

    public static class SimpleImmutableEntry<K, V> implements Map.Entry<K, V> {
        private final K key;
        private final V value;

        public SimpleImmutableEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleImmutableEntry(Map.Entry<? extends K, ? extends V> entry) {
            this.key = entry.getKey();
            this.value = entry.getValue();
        }

        public K getKey() { return key; }
        public V getValue() { return value; }
        public V setValue(V value) { throw new UnsupportedOperationException(); }

        public boolean equals(Object o) {
            return o instanceof Map.Entry && eq(key, ((Map.Entry<?, ?>) o).getKey())
                && eq(value, ((Map.Entry<?, ?>) o).getValue());
        }

        public int hashCode() {
            return (key == null ? 0 : key.hashCode()) ^ (value == null ? 0 : value.hashCode());
        }

        public String toString() { return key + "=" + value; }
    }

    static boolean eq(Object o1, Object o2) {
        return o1 == null ? o2 == null : o1.equals(o2);
    }
}
