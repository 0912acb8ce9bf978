/*
 * Parley's java.util.RandomAccess (its own implementation, written for Parley's
 * core library).
 */
package java.util;

public interface RandomAccess { }
