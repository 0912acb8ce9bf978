/*
 * Parley's java.util.Queue (its own implementation, written for Parley's
 * core library).
 */
package java.util;

public interface Queue<E> extends Collection<E> {
    boolean add(E e);
    boolean offer(E e);
    E remove();
    E poll();
    E element();
    E peek();
}
