/*
 * Parley's java.util.function.DoubleToIntFunction (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface DoubleToIntFunction {
    int applyAsInt(double value);
}
