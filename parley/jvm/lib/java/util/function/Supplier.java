/*
 * Parley's java.util.function.Supplier (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface Supplier<T> {
    T get();
}
