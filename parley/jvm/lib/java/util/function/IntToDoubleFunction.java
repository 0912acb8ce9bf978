/*
 * Parley's java.util.function.IntToDoubleFunction (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface IntToDoubleFunction {
    double applyAsDouble(int value);
}
