/*
 * Parley's java.util.Arrays (its own implementation, written for Parley's
 * core library).
 */
package java.util;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

public final class Arrays {
    private Arrays() { }

    private static final int MIN_MERGE = 32;

    /** A new array of the same runtime class as {@code prototype}, of the given length. */
    static native <T> T[] newArrayLike(T[] prototype, int length);

    static Object[] copyObjects(Object[] original, int newLength) {
        Object[] copy = new Object[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex)
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        if (fromIndex < 0) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + fromIndex);
        if (toIndex > arrayLength) throw new ArrayIndexOutOfBoundsException("Array index out of range: " + toIndex);
    }

    private static void copyRangeCheck(String type, int length, int from, int newLength) {
        // the checks System.arraycopy makes in Arrays.copyOfRange, with HotSpot's messages
        int n = length - from < newLength ? length - from : newLength;
        if (from < 0)
            throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + from + " out of bounds for " + type + "[" + length + "]");
        if (n < 0)
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + n + " is negative");
    }

    // ---- int[] ----

    public static String toString(int[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!(a[i] == a2[i])) return false;
        return true;
    }

    public static int hashCode(int[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            int e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static void fill(int[] a, int val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        copyRangeCheck("int", original.length, from, newLength);
        int[] copy = new int[newLength];
        int n = original.length - from < newLength ? original.length - from : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[from + i];
        return copy;
    }

    public static void sort(int[] a) {
        sortInt(a, 0, a.length);
    }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortInt(a, fromIndex, toIndex);
    }

    private static void sortInt(int[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) return;
        if (n <= 24) {
            insertionInt(a, lo, hi);
            return;
        }
        int[] tmp = new int[n];
        mergeSortInt(a, tmp, lo, hi);
    }

    private static void insertionInt(int[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void mergeSortInt(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo <= 24) {
            insertionInt(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortInt(a, tmp, lo, mid);
        mergeSortInt(a, tmp, mid, hi);
        if (!(a[mid] < a[mid - 1])) return;
        int n = mid - lo;
        for (int i = 0; i < n; i++) tmp[i] = a[lo + i];
        int i = 0, j = mid, k = lo;
        while (i < n && j < hi) {
            if (a[j] < tmp[i]) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < n) a[k++] = tmp[i++];
    }

    public static int binarySearch(int[] a, int key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(int[] a, int fromIndex, int toIndex, int key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = (a[mid] < key ? -1 : (a[mid] == key ? 0 : 1));
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- long[] ----

    public static String toString(long[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!(a[i] == a2[i])) return false;
        return true;
    }

    public static int hashCode(long[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            long e = a[i];
            result = 31 * result + (int) (e ^ (e >>> 32));
        }
        return result;
    }

    public static void fill(long[] a, long val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        copyRangeCheck("long", original.length, from, newLength);
        long[] copy = new long[newLength];
        int n = original.length - from < newLength ? original.length - from : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[from + i];
        return copy;
    }

    public static void sort(long[] a) {
        sortLong(a, 0, a.length);
    }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortLong(a, fromIndex, toIndex);
    }

    private static void sortLong(long[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) return;
        if (n <= 24) {
            insertionLong(a, lo, hi);
            return;
        }
        long[] tmp = new long[n];
        mergeSortLong(a, tmp, lo, hi);
    }

    private static void insertionLong(long[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            long x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void mergeSortLong(long[] a, long[] tmp, int lo, int hi) {
        if (hi - lo <= 24) {
            insertionLong(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortLong(a, tmp, lo, mid);
        mergeSortLong(a, tmp, mid, hi);
        if (!(a[mid] < a[mid - 1])) return;
        int n = mid - lo;
        for (int i = 0; i < n; i++) tmp[i] = a[lo + i];
        int i = 0, j = mid, k = lo;
        while (i < n && j < hi) {
            if (a[j] < tmp[i]) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < n) a[k++] = tmp[i++];
    }

    public static int binarySearch(long[] a, long key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(long[] a, int fromIndex, int toIndex, long key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = (a[mid] < key ? -1 : (a[mid] == key ? 0 : 1));
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- short[] ----

    public static String toString(short[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static boolean equals(short[] a, short[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!(a[i] == a2[i])) return false;
        return true;
    }

    public static int hashCode(short[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            short e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static void fill(short[] a, short val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        copyRangeCheck("short", original.length, from, newLength);
        short[] copy = new short[newLength];
        int n = original.length - from < newLength ? original.length - from : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[from + i];
        return copy;
    }

    public static void sort(short[] a) {
        sortShort(a, 0, a.length);
    }

    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortShort(a, fromIndex, toIndex);
    }

    private static void sortShort(short[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) return;
        if (n <= 24) {
            insertionShort(a, lo, hi);
            return;
        }
        short[] tmp = new short[n];
        mergeSortShort(a, tmp, lo, hi);
    }

    private static void insertionShort(short[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            short x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void mergeSortShort(short[] a, short[] tmp, int lo, int hi) {
        if (hi - lo <= 24) {
            insertionShort(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortShort(a, tmp, lo, mid);
        mergeSortShort(a, tmp, mid, hi);
        if (!(a[mid] < a[mid - 1])) return;
        int n = mid - lo;
        for (int i = 0; i < n; i++) tmp[i] = a[lo + i];
        int i = 0, j = mid, k = lo;
        while (i < n && j < hi) {
            if (a[j] < tmp[i]) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < n) a[k++] = tmp[i++];
    }

    public static int binarySearch(short[] a, short key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(short[] a, int fromIndex, int toIndex, short key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = (a[mid] < key ? -1 : (a[mid] == key ? 0 : 1));
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- char[] ----

    public static String toString(char[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!(a[i] == a2[i])) return false;
        return true;
    }

    public static int hashCode(char[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            char e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static void fill(char[] a, char val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        copyRangeCheck("char", original.length, from, newLength);
        char[] copy = new char[newLength];
        int n = original.length - from < newLength ? original.length - from : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[from + i];
        return copy;
    }

    public static void sort(char[] a) {
        sortChar(a, 0, a.length);
    }

    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortChar(a, fromIndex, toIndex);
    }

    private static void sortChar(char[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) return;
        if (n <= 24) {
            insertionChar(a, lo, hi);
            return;
        }
        char[] tmp = new char[n];
        mergeSortChar(a, tmp, lo, hi);
    }

    private static void insertionChar(char[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            char x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void mergeSortChar(char[] a, char[] tmp, int lo, int hi) {
        if (hi - lo <= 24) {
            insertionChar(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortChar(a, tmp, lo, mid);
        mergeSortChar(a, tmp, mid, hi);
        if (!(a[mid] < a[mid - 1])) return;
        int n = mid - lo;
        for (int i = 0; i < n; i++) tmp[i] = a[lo + i];
        int i = 0, j = mid, k = lo;
        while (i < n && j < hi) {
            if (a[j] < tmp[i]) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < n) a[k++] = tmp[i++];
    }

    public static int binarySearch(char[] a, char key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(char[] a, int fromIndex, int toIndex, char key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = (a[mid] < key ? -1 : (a[mid] == key ? 0 : 1));
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- byte[] ----

    public static String toString(byte[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!(a[i] == a2[i])) return false;
        return true;
    }

    public static int hashCode(byte[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            byte e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static void fill(byte[] a, byte val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        copyRangeCheck("byte", original.length, from, newLength);
        byte[] copy = new byte[newLength];
        int n = original.length - from < newLength ? original.length - from : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[from + i];
        return copy;
    }

    public static void sort(byte[] a) {
        sortByte(a, 0, a.length);
    }

    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortByte(a, fromIndex, toIndex);
    }

    private static void sortByte(byte[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) return;
        if (n <= 24) {
            insertionByte(a, lo, hi);
            return;
        }
        byte[] tmp = new byte[n];
        mergeSortByte(a, tmp, lo, hi);
    }

    private static void insertionByte(byte[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            byte x = a[i];
            int j = i - 1;
            while (j >= lo && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void mergeSortByte(byte[] a, byte[] tmp, int lo, int hi) {
        if (hi - lo <= 24) {
            insertionByte(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortByte(a, tmp, lo, mid);
        mergeSortByte(a, tmp, mid, hi);
        if (!(a[mid] < a[mid - 1])) return;
        int n = mid - lo;
        for (int i = 0; i < n; i++) tmp[i] = a[lo + i];
        int i = 0, j = mid, k = lo;
        while (i < n && j < hi) {
            if (a[j] < tmp[i]) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < n) a[k++] = tmp[i++];
    }

    public static int binarySearch(byte[] a, byte key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(byte[] a, int fromIndex, int toIndex, byte key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = (a[mid] < key ? -1 : (a[mid] == key ? 0 : 1));
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- float[] ----

    public static String toString(float[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static boolean equals(float[] a, float[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!(Comparators.compareFloat(a[i], a2[i]) == 0)) return false;
        return true;
    }

    public static int hashCode(float[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            float e = a[i];
            result = 31 * result + Float.floatToIntBits(e);
        }
        return result;
    }

    public static void fill(float[] a, float val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        copyRangeCheck("float", original.length, from, newLength);
        float[] copy = new float[newLength];
        int n = original.length - from < newLength ? original.length - from : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[from + i];
        return copy;
    }

    public static void sort(float[] a) {
        sortFloat(a, 0, a.length);
    }

    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortFloat(a, fromIndex, toIndex);
    }

    private static void sortFloat(float[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) return;
        if (n <= 24) {
            insertionFloat(a, lo, hi);
            return;
        }
        float[] tmp = new float[n];
        mergeSortFloat(a, tmp, lo, hi);
    }

    private static void insertionFloat(float[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            float x = a[i];
            int j = i - 1;
            while (j >= lo && Comparators.compareFloat(x, a[j]) < 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void mergeSortFloat(float[] a, float[] tmp, int lo, int hi) {
        if (hi - lo <= 24) {
            insertionFloat(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortFloat(a, tmp, lo, mid);
        mergeSortFloat(a, tmp, mid, hi);
        if (!(Comparators.compareFloat(a[mid], a[mid - 1]) < 0)) return;
        int n = mid - lo;
        for (int i = 0; i < n; i++) tmp[i] = a[lo + i];
        int i = 0, j = mid, k = lo;
        while (i < n && j < hi) {
            if (Comparators.compareFloat(a[j], tmp[i]) < 0) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < n) a[k++] = tmp[i++];
    }

    public static int binarySearch(float[] a, float key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(float[] a, int fromIndex, int toIndex, float key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = Comparators.compareFloat(a[mid], key);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- double[] ----

    public static String toString(double[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!(Comparators.compareDouble(a[i], a2[i]) == 0)) return false;
        return true;
    }

    public static int hashCode(double[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            double e = a[i];
            result = 31 * result + (int) (Double.doubleToLongBits(e) ^ (Double.doubleToLongBits(e) >>> 32));
        }
        return result;
    }

    public static void fill(double[] a, double val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        copyRangeCheck("double", original.length, from, newLength);
        double[] copy = new double[newLength];
        int n = original.length - from < newLength ? original.length - from : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[from + i];
        return copy;
    }

    public static void sort(double[] a) {
        sortDouble(a, 0, a.length);
    }

    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortDouble(a, fromIndex, toIndex);
    }

    private static void sortDouble(double[] a, int lo, int hi) {
        int n = hi - lo;
        if (n < 2) return;
        if (n <= 24) {
            insertionDouble(a, lo, hi);
            return;
        }
        double[] tmp = new double[n];
        mergeSortDouble(a, tmp, lo, hi);
    }

    private static void insertionDouble(double[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            double x = a[i];
            int j = i - 1;
            while (j >= lo && Comparators.compareDouble(x, a[j]) < 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    private static void mergeSortDouble(double[] a, double[] tmp, int lo, int hi) {
        if (hi - lo <= 24) {
            insertionDouble(a, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSortDouble(a, tmp, lo, mid);
        mergeSortDouble(a, tmp, mid, hi);
        if (!(Comparators.compareDouble(a[mid], a[mid - 1]) < 0)) return;
        int n = mid - lo;
        for (int i = 0; i < n; i++) tmp[i] = a[lo + i];
        int i = 0, j = mid, k = lo;
        while (i < n && j < hi) {
            if (Comparators.compareDouble(a[j], tmp[i]) < 0) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < n) a[k++] = tmp[i++];
    }

    public static int binarySearch(double[] a, double key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(double[] a, int fromIndex, int toIndex, double key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = Comparators.compareDouble(a[mid], key);
            if (c < 0) low = mid + 1;
            else if (c > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- boolean[] ----

    public static String toString(boolean[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(a[i]);
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!(a[i] == a2[i])) return false;
        return true;
    }

    public static int hashCode(boolean[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            boolean e = a[i];
            result = 31 * result + (e ? 1231 : 1237);
        }
        return result;
    }

    public static void fill(boolean[] a, boolean val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        copyRangeCheck("boolean", original.length, from, newLength);
        boolean[] copy = new boolean[newLength];
        int n = original.length - from < newLength ? original.length - from : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[from + i];
        return copy;
    }

    // ---- Object[] ----

    public static String toString(Object[] a) {
        if (a == null) return "null";
        int iMax = a.length - 1;
        if (iMax == -1) return "[]";
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0; ; i++) {
            b.append(String.valueOf(a[i]));
            if (i == iMax) return b.append(']').toString();
            b.append(", ");
        }
    }

    public static String deepToString(Object[] a) {
        if (a == null) return "null";
        StringBuilder buf = new StringBuilder();
        deepToString(a, buf, new Object[8], 0);
        return buf.toString();
    }

    private static void deepToString(Object[] a, StringBuilder buf, Object[] seen, int depth) {
        int iMax = a.length - 1;
        if (iMax == -1) {
            buf.append("[]");
            return;
        }
        if (depth == seen.length) seen = copyObjects(seen, depth * 2);
        seen[depth] = a;
        buf.append('[');
        for (int i = 0; ; i++) {
            Object element = a[i];
            if (element == null) {
                buf.append("null");
            } else if (element instanceof Object[]) {
                boolean dejaVu = false;
                for (int k = 0; k <= depth; k++) if (seen[k] == element) dejaVu = true;
                if (dejaVu) buf.append("[...]");
                else deepToString((Object[]) element, buf, seen, depth + 1);
            } else if (element instanceof int[]) {
                buf.append(toString((int[]) element));
            } else if (element instanceof long[]) {
                buf.append(toString((long[]) element));
            } else if (element instanceof double[]) {
                buf.append(toString((double[]) element));
            } else if (element instanceof char[]) {
                buf.append(toString((char[]) element));
            } else if (element instanceof boolean[]) {
                buf.append(toString((boolean[]) element));
            } else if (element instanceof byte[]) {
                buf.append(toString((byte[]) element));
            } else if (element instanceof short[]) {
                buf.append(toString((short[]) element));
            } else if (element instanceof float[]) {
                buf.append(toString((float[]) element));
            } else {
                buf.append(element.toString());
            }
            if (i == iMax) break;
            buf.append(", ");
        }
        buf.append(']');
        seen[depth] = null;
    }

    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (!Objects.equals(a[i], a2[i])) return false;
        return true;
    }

    public static <T> boolean equals(T[] a, T[] a2, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == a2) return true;
        if (a == null || a2 == null) return false;
        int length = a.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) if (cmp.compare(a[i], a2[i]) != 0) return false;
        return true;
    }

    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2) return true;
        if (a1 == null || a2 == null) return false;
        int length = a1.length;
        if (a2.length != length) return false;
        for (int i = 0; i < length; i++) {
            Object e1 = a1[i];
            Object e2 = a2[i];
            if (e1 == e2) continue;
            if (e1 == null) return false;
            if (!deepEquals0(e1, e2)) return false;
        }
        return true;
    }

    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 instanceof Object[] && e2 instanceof Object[]) return deepEquals((Object[]) e1, (Object[]) e2);
        if (e1 instanceof int[] && e2 instanceof int[]) return equals((int[]) e1, (int[]) e2);
        if (e1 instanceof long[] && e2 instanceof long[]) return equals((long[]) e1, (long[]) e2);
        if (e1 instanceof double[] && e2 instanceof double[]) return equals((double[]) e1, (double[]) e2);
        if (e1 instanceof char[] && e2 instanceof char[]) return equals((char[]) e1, (char[]) e2);
        if (e1 instanceof boolean[] && e2 instanceof boolean[]) return equals((boolean[]) e1, (boolean[]) e2);
        if (e1 instanceof byte[] && e2 instanceof byte[]) return equals((byte[]) e1, (byte[]) e2);
        if (e1 instanceof short[] && e2 instanceof short[]) return equals((short[]) e1, (short[]) e2);
        if (e1 instanceof float[] && e2 instanceof float[]) return equals((float[]) e1, (float[]) e2);
        return e1.equals(e2);
    }

    public static int hashCode(Object[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            Object e = a[i];
            result = 31 * result + (e == null ? 0 : e.hashCode());
        }
        return result;
    }

    public static int deepHashCode(Object[] a) {
        if (a == null) return 0;
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            Object e = a[i];
            int h;
            if (e == null) h = 0;
            else if (e instanceof Object[]) h = deepHashCode((Object[]) e);
            else if (e instanceof int[]) h = hashCode((int[]) e);
            else if (e instanceof long[]) h = hashCode((long[]) e);
            else if (e instanceof double[]) h = hashCode((double[]) e);
            else if (e instanceof char[]) h = hashCode((char[]) e);
            else if (e instanceof boolean[]) h = hashCode((boolean[]) e);
            else if (e instanceof byte[]) h = hashCode((byte[]) e);
            else if (e instanceof short[]) h = hashCode((short[]) e);
            else if (e instanceof float[]) h = hashCode((float[]) e);
            else h = e.hashCode();
            result = 31 * result + h;
        }
        return result;
    }

    public static void fill(Object[] a, Object val) {
        for (int i = 0, len = a.length; i < len; i++) a[i] = val;
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) a[i] = val;
    }

    public static <T> T[] copyOf(T[] original, int newLength) {
        if (newLength < 0) throw new NegativeArraySizeException("" + newLength);
        T[] copy = newArrayLike(original, newLength);
        int n = original.length < newLength ? original.length : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[i];
        return copy;
    }

    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) throw new IllegalArgumentException(from + " > " + to);
        T[] copy = newArrayLike(original, newLength);
        copyRangeCheck("object array", original.length, from, newLength);
        int n = original.length - from < newLength ? original.length - from : newLength;
        for (int i = 0; i < n; i++) copy[i] = original[from + i];
        return copy;
    }

    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.apply(i);
    }

    public static void setAll(int[] array, IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsInt(i);
    }

    public static void setAll(long[] array, IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsLong(i);
    }

    public static void setAll(double[] array, IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) array[i] = generator.applyAsDouble(i);
    }

    // ---- sorting objects: stable; below MIN_MERGE elements exactly the
    // comparisons of the JDK's TimSort (one run, then binary insertion) ----

    public static void sort(Object[] a) {
        sortRange(a, 0, a.length, null);
    }

    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex, null);
    }

    @SuppressWarnings("unchecked")
    public static <T> void sort(T[] a, Comparator<? super T> c) {
        sortRange(a, 0, a.length, (Comparator<Object>) c);
    }

    @SuppressWarnings("unchecked")
    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex, (Comparator<Object>) c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int cmp(Object x, Object y, Comparator<Object> c) {
        if (c == null) return ((Comparable) x).compareTo(y);
        return c.compare(x, y);
    }

    static void sortRange(Object[] a, int lo, int hi, Comparator<Object> c) {
        int n = hi - lo;
        if (n < 2) return;
        if (n < MIN_MERGE) {
            int run = countRunAndMakeAscending(a, lo, hi, c);
            binarySort(a, lo, hi, lo + run, c);
            return;
        }
        Object[] tmp = new Object[n];
        mergeSort(a, tmp, lo, hi, c);
    }

    private static int countRunAndMakeAscending(Object[] a, int lo, int hi, Comparator<Object> c) {
        int runHi = lo + 1;
        if (runHi == hi) return 1;
        if (cmp(a[runHi++], a[lo], c) < 0) {
            while (runHi < hi && cmp(a[runHi], a[runHi - 1], c) < 0) runHi++;
            for (int i = lo, j = runHi - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        } else {
            while (runHi < hi && cmp(a[runHi], a[runHi - 1], c) >= 0) runHi++;
        }
        return runHi - lo;
    }

    private static void binarySort(Object[] a, int lo, int hi, int start, Comparator<Object> c) {
        if (start == lo) start++;
        for (; start < hi; start++) {
            Object pivot = a[start];
            int left = lo;
            int right = start;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (cmp(pivot, a[mid], c) < 0) right = mid;
                else left = mid + 1;
            }
            for (int k = start; k > left; k--) a[k] = a[k - 1];
            a[left] = pivot;
        }
    }

    private static void mergeSort(Object[] a, Object[] tmp, int lo, int hi, Comparator<Object> c) {
        if (hi - lo < MIN_MERGE) {
            int run = countRunAndMakeAscending(a, lo, hi, c);
            binarySort(a, lo, hi, lo + run, c);
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, c);
        mergeSort(a, tmp, mid, hi, c);
        if (cmp(a[mid], a[mid - 1], c) >= 0) return;
        int n = mid - lo;
        for (int i = 0; i < n; i++) tmp[i] = a[lo + i];
        int i = 0, j = mid, k = lo;
        while (i < n && j < hi) {
            if (cmp(a[j], tmp[i], c) < 0) a[k++] = a[j++];
            else a[k++] = tmp[i++];
        }
        while (i < n) a[k++] = tmp[i++];
        for (int z = 0; z < n; z++) tmp[z] = null;
    }

    public static int binarySearch(Object[] a, Object key) {
        return binarySearch0(a, 0, a.length, key, null);
    }

    public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, null);
    }

    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        return binarySearch0(a, 0, a.length, key, (Comparator<Object>) c);
    }

    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, (Comparator<Object>) c);
    }

    private static int binarySearch0(Object[] a, int fromIndex, int toIndex, Object key, Comparator<Object> c) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int r = cmp(a[mid], key, c);
            if (r < 0) low = mid + 1;
            else if (r > 0) high = mid - 1;
            else return mid;
        }
        return -(low + 1);
    }

    // ---- asList ----

    @SafeVarargs
    public static <T> List<T> asList(T... a) {
        return new ArrayList<T>(a);
    }

    private static class ArrayList<E> extends AbstractList<E> implements RandomAccess {
        private final E[] a;

        ArrayList(E[] array) {
            if (array == null) throw new NullPointerException();
            a = array;
        }

        public int size() { return a.length; }

        public Object[] toArray() { return copyObjects(a, a.length); }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] dst) {
            int size = size();
            T[] r = dst.length >= size ? dst : newArrayLike(dst, size);
            for (int i = 0; i < size; i++) r[i] = (T) a[i];
            if (r.length > size) r[size] = null;
            return r;
        }

        public E get(int index) { return a[index]; }

        public E set(int index, E element) {
            E oldValue = a[index];
            a[index] = element;
            return oldValue;
        }

        public int indexOf(Object o) {
            E[] a = this.a;
            if (o == null) {
                for (int i = 0; i < a.length; i++) if (a[i] == null) return i;
            } else {
                for (int i = 0; i < a.length; i++) if (o.equals(a[i])) return i;
            }
            return -1;
        }

        public boolean contains(Object o) { return indexOf(o) >= 0; }

        public void forEach(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            for (E e : a) action.accept(e);
        }

        public void replaceAll(UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            E[] a = this.a;
            for (int i = 0; i < a.length; i++) a[i] = operator.apply(a[i]);
        }

        public void sort(Comparator<? super E> c) {
            Arrays.sort(a, c);
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int cursor;

                public boolean hasNext() { return cursor < a.length; }

                public E next() {
                    int i = cursor;
                    if (i >= a.length) throw new NoSuchElementException();
                    cursor = i + 1;
                    return a[i];
                }
            };
        }
    }
}
