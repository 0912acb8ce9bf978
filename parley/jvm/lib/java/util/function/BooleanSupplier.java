/*
 * Parley's java.util.function.BooleanSupplier (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface BooleanSupplier {
    boolean getAsBoolean();
}
