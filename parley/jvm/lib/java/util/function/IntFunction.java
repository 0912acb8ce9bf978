/*
 * Parley's java.util.function.IntFunction (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface IntFunction<R> {
    R apply(int value);
}
