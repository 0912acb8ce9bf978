/*
 * Parley's java.util.function.IntBinaryOperator (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface IntBinaryOperator {
    int applyAsInt(int left, int right);
}
