/*
 * Parley's java.util.function.LongToDoubleFunction (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface LongToDoubleFunction {
    double applyAsDouble(long value);
}
