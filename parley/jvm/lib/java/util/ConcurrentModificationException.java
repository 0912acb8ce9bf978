/*
 * Parley's java.util.ConcurrentModificationException (its own implementation, written for Parley's
 * core library).
 */
package java.util;

public class ConcurrentModificationException extends RuntimeException {
    public ConcurrentModificationException() { super(); }
    public ConcurrentModificationException(String message) { super(message); }
    public ConcurrentModificationException(Throwable cause) { super(cause); }
    public ConcurrentModificationException(String message, Throwable cause) { super(message, cause); }
}
