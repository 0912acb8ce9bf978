/*
 * Parley's java.util.function.LongFunction (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface LongFunction<R> {
    R apply(long value);
}
