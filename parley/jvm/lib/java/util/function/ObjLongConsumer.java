/*
 * Parley's java.util.function.ObjLongConsumer (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface ObjLongConsumer<T> {
    void accept(T t, long value);
}
