/*
 * Parley's java.lang.Comparable (its own implementation, written for Parley's
 * core library).
 */
package java.lang;

public interface Comparable<T> {
    int compareTo(T o);
}
