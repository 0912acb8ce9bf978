/*
 * Parley's java.util.function.DoubleBinaryOperator (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface DoubleBinaryOperator {
    double applyAsDouble(double left, double right);
}
