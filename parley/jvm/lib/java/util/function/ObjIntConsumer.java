/*
 * Parley's java.util.function.ObjIntConsumer (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface ObjIntConsumer<T> {
    void accept(T t, int value);
}
