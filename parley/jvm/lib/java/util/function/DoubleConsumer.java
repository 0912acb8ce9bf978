/*
 * Parley's java.util.function.DoubleConsumer (its own implementation, written for
 * Parley's core library).
 */
package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface DoubleConsumer {
    void accept(double value);

    default DoubleConsumer andThen(final DoubleConsumer after) {
        Objects.requireNonNull(after);
        final DoubleConsumer self = this;
        return new DoubleConsumer() {
            public void accept(double value) { self.accept(value); after.accept(value); }
        };
    }
}
