/*
 * Parley's java.util.Vector (its own implementation, written for Parley's
 * core library).  Parley runs one thread: no locking.
 */
package java.util;

import java.util.function.Consumer;

public class Vector<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable {
    protected Object[] elementData;
    protected int elementCount;
    protected int capacityIncrement;

    public Vector(int initialCapacity, int capacityIncrement) {
        super();
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        this.elementData = new Object[initialCapacity];
        this.capacityIncrement = capacityIncrement;
    }

    public Vector(int initialCapacity) { this(initialCapacity, 0); }

    public Vector() { this(10); }

    public Vector(Collection<? extends E> c) {
        Object[] a = c.toArray();
        elementCount = a.length;
        elementData = Arrays.copyObjects(a, elementCount);
    }

    public void copyInto(Object[] anArray) {
        for (int i = 0; i < elementCount; i++) anArray[i] = elementData[i];
    }

    public void trimToSize() {
        modCount++;
        if (elementCount < elementData.length) elementData = Arrays.copyObjects(elementData, elementCount);
    }

    public void ensureCapacity(int minCapacity) {
        if (minCapacity > 0) {
            modCount++;
            if (minCapacity > elementData.length) grow(minCapacity);
        }
    }

    private Object[] grow(int minCapacity) {
        int oldCapacity = elementData.length;
        int pref = capacityIncrement > 0 ? capacityIncrement : oldCapacity;
        int minGrowth = minCapacity - oldCapacity;
        int newCapacity = oldCapacity + (minGrowth > pref ? minGrowth : pref);
        return elementData = Arrays.copyObjects(elementData, newCapacity);
    }

    private Object[] grow() { return grow(elementCount + 1); }

    public void setSize(int newSize) {
        modCount++;
        if (newSize > elementData.length) grow(newSize);
        final Object[] es = elementData;
        for (int to = elementCount, i = newSize; i < to; i++) es[i] = null;
        elementCount = newSize;
    }

    public int capacity() { return elementData.length; }

    public int size() { return elementCount; }

    public boolean isEmpty() { return elementCount == 0; }

    public Enumeration<E> elements() {
        return new Enumeration<E>() {
            int count = 0;

            public boolean hasMoreElements() { return count < elementCount; }

            public E nextElement() {
                if (count < elementCount) return elementData(count++);
                throw new NoSuchElementException("Vector Enumeration");
            }
        };
    }

    public boolean contains(Object o) { return indexOf(o, 0) >= 0; }

    public int indexOf(Object o) { return indexOf(o, 0); }

    public int indexOf(Object o, int index) {
        if (o == null) {
            for (int i = index; i < elementCount; i++) if (elementData[i] == null) return i;
        } else {
            for (int i = index; i < elementCount; i++) if (o.equals(elementData[i])) return i;
        }
        return -1;
    }

    public int lastIndexOf(Object o) { return lastIndexOf(o, elementCount - 1); }

    public int lastIndexOf(Object o, int index) {
        if (index >= elementCount) throw new IndexOutOfBoundsException(index + " >= " + elementCount);
        if (o == null) {
            for (int i = index; i >= 0; i--) if (elementData[i] == null) return i;
        } else {
            for (int i = index; i >= 0; i--) if (o.equals(elementData[i])) return i;
        }
        return -1;
    }

    public E elementAt(int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        return elementData(index);
    }

    public E firstElement() {
        if (elementCount == 0) throw new NoSuchElementException();
        return elementData(0);
    }

    public E lastElement() {
        if (elementCount == 0) throw new NoSuchElementException();
        return elementData(elementCount - 1);
    }

    public void setElementAt(E obj, int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        elementData[index] = obj;
    }

    public void removeElementAt(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        } else if (index < 0) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        }
        int j = elementCount - index - 1;
        for (int k = 0; k < j; k++) elementData[index + k] = elementData[index + 1 + k];
        modCount++;
        elementCount--;
        elementData[elementCount] = null;
    }

    public void insertElementAt(E obj, int index) {
        if (index > elementCount) throw new ArrayIndexOutOfBoundsException(index + " > " + elementCount);
        modCount++;
        final int s = elementCount;
        Object[] elementData = this.elementData;
        if (s == elementData.length) elementData = grow();
        for (int k = s - 1; k >= index; k--) elementData[k + 1] = elementData[k];
        elementData[index] = obj;
        elementCount = s + 1;
    }

    public void addElement(E obj) {
        modCount++;
        if (elementCount == elementData.length) grow();
        elementData[elementCount] = obj;
        elementCount = elementCount + 1;
    }

    public boolean removeElement(Object obj) {
        modCount++;
        int i = indexOf(obj);
        if (i >= 0) {
            removeElementAt(i);
            return true;
        }
        return false;
    }

    public void removeAllElements() {
        final Object[] es = elementData;
        for (int to = elementCount, i = elementCount = 0; i < to; i++) es[i] = null;
        modCount++;
    }

    public Object[] toArray() { return Arrays.copyObjects(elementData, elementCount); }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        T[] r = a.length >= elementCount ? a : Arrays.newArrayLike(a, elementCount);
        for (int i = 0; i < elementCount; i++) r[i] = (T) elementData[i];
        if (r.length > elementCount) r[elementCount] = null;
        return r;
    }

    @SuppressWarnings("unchecked")
    E elementData(int index) { return (E) elementData[index]; }

    public E get(int index) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        return elementData(index);
    }

    public E set(int index, E element) {
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        E oldValue = elementData(index);
        elementData[index] = element;
        return oldValue;
    }

    public boolean add(E e) {
        modCount++;
        if (elementCount == elementData.length) grow();
        elementData[elementCount] = e;
        elementCount = elementCount + 1;
        return true;
    }

    public boolean remove(Object o) { return removeElement(o); }

    public void add(int index, E element) { insertElementAt(element, index); }

    public E remove(int index) {
        modCount++;
        if (index >= elementCount) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        E oldValue = elementData(index);
        int numMoved = elementCount - index - 1;
        for (int k = 0; k < numMoved; k++) elementData[index + k] = elementData[index + 1 + k];
        elementData[--elementCount] = null;
        return oldValue;
    }

    public void clear() { removeAllElements(); }

    public boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        int numNew = a.length;
        if (numNew == 0) return false;
        Object[] elementData = this.elementData;
        final int s = elementCount;
        if (numNew > elementData.length - s) elementData = grow(s + numNew);
        for (int i = 0; i < numNew; i++) elementData[s + i] = a[i];
        elementCount = s + numNew;
        return true;
    }

    public Iterator<E> iterator() { return new Itr(); }

    private class Itr implements Iterator<E> {
        int cursor;
        int lastRet = -1;
        int expectedModCount = modCount;

        public boolean hasNext() { return cursor != elementCount; }

        public E next() {
            checkForComodification();
            int i = cursor;
            if (i >= elementCount) throw new NoSuchElementException();
            cursor = i + 1;
            return elementData(lastRet = i);
        }

        public void remove() {
            if (lastRet == -1) throw new IllegalStateException();
            checkForComodification();
            Vector.this.remove(lastRet);
            expectedModCount = modCount;
            cursor = lastRet;
            lastRet = -1;
        }

        final void checkForComodification() {
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
        }
    }

    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        final int expectedModCount = modCount;
        final Object[] es = elementData;
        final int size = elementCount;
        for (int i = 0; modCount == expectedModCount && i < size; i++) action.accept((E) es[i]);
        if (modCount != expectedModCount) throw new ConcurrentModificationException();
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            Vector<E> v = (Vector<E>) super.clone();
            v.elementData = Arrays.copyObjects(elementData, elementCount);
            v.modCount = 0;
            return v;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
