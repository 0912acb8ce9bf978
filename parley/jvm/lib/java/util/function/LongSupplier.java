/*
 * Parley's java.util.function.LongSupplier (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface LongSupplier {
    long getAsLong();
}
