/*
 * Parley's java.util.EmptyStackException (its own implementation, written for Parley's
 * core library).
 */
package java.util;

public class EmptyStackException extends RuntimeException {
    public EmptyStackException() { super(); }
}
