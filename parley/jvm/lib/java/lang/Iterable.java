/*
 * Parley's java.lang.Iterable (its own implementation, written for Parley's
 * core library).
 */
package java.lang;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;

public interface Iterable<T> {
    Iterator<T> iterator();

    default void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> it = iterator();
        while (it.hasNext()) action.accept(it.next());
    }
}
