/*
 * Parley's java.util.function.DoubleSupplier (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface DoubleSupplier {
    double getAsDouble();
}
