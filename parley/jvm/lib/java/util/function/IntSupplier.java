/*
 * Parley's java.util.function.IntSupplier (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

@FunctionalInterface
public interface IntSupplier {
    int getAsInt();
}
