/*
 * Parley's java.util.function.ToIntBiFunction (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface ToIntBiFunction<T, U> {
    int applyAsInt(T t, U u);
}
