/*
 * Parley's java.util.function.DoubleFunction (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface DoubleFunction<R> {
    R apply(double value);
}
