/*
 * Parley's java.util.function.LongBinaryOperator (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface LongBinaryOperator {
    long applyAsLong(long left, long right);
}
