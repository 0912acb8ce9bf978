/*
 * Parley's java.util.NoSuchElementException (its own implementation, written for Parley's
 * core library).
 */
package java.util;

public class NoSuchElementException extends RuntimeException {
    public NoSuchElementException() { super(); }
    public NoSuchElementException(String s) { super(s); }
    public NoSuchElementException(Throwable cause) { super(cause); }
    public NoSuchElementException(String s, Throwable cause) { super(s, cause); }
}
