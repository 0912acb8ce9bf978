/*
 * Parley's java.lang.AbstractStringBuilder (its own implementation): the
 * mutable character sequence behind StringBuilder and StringBuffer.
 */
package java.lang;

abstract class AbstractStringBuilder implements CharSequence {
    char[] value;
    int count;

    AbstractStringBuilder(int capacity) {
        if (capacity < 0) throw new NegativeArraySizeException("" + capacity);
        value = new char[capacity];
    }

    public int length() { return count; }

    public int capacity() { return value.length; }

    void ensureCapacityInternal(int minimum) {
        if (minimum > value.length) {
            int n = (value.length << 1) + 2;
            if (n < minimum) n = minimum;
            char[] v = new char[n];
            for (int i = 0; i < count; i++) v[i] = value[i];
            value = v;
        }
    }

    public void ensureCapacity(int minimum) { if (minimum > 0) ensureCapacityInternal(minimum); }

    public void trimToSize() { }

    public char charAt(int index) {
        if (index < 0 || index >= count)
            throw new StringIndexOutOfBoundsException("index " + index + ",length " + count);
        return value[index];
    }

    public void setCharAt(int index, char ch) {
        if (index < 0 || index >= count)
            throw new StringIndexOutOfBoundsException("index " + index + ",length " + count);
        value[index] = ch;
    }

    public void setLength(int newLength) {
        if (newLength < 0) throw new StringIndexOutOfBoundsException("String index out of range: " + newLength);
        ensureCapacityInternal(newLength);
        for (int i = count; i < newLength; i++) value[i] = '\0';
        count = newLength;
    }

    AbstractStringBuilder appendChars(String s) {
        if (s == null) s = "null";
        int n = s.length();
        ensureCapacityInternal(count + n);
        for (int i = 0; i < n; i++) value[count + i] = s.charAt(i);
        count += n;
        return this;
    }

    AbstractStringBuilder appendChar(char c) {
        ensureCapacityInternal(count + 1);
        value[count++] = c;
        return this;
    }

    AbstractStringBuilder appendSeq(CharSequence s, int start, int end) {
        if (s == null) s = "null";
        if (start < 0 || start > end || end > s.length())
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        ensureCapacityInternal(count + end - start);
        for (int i = start; i < end; i++) value[count++] = s.charAt(i);
        return this;
    }

    AbstractStringBuilder appendArray(char[] str, int offset, int len) {
        ensureCapacityInternal(count + len);
        for (int i = 0; i < len; i++) value[count++] = str[offset + i];
        return this;
    }

    void deleteRange(int start, int end) {
        if (end > count) end = count;
        if (start < 0 || start > end)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        int len = end - start;
        if (len > 0) {
            for (int i = start; i + len < count; i++) value[i] = value[i + len];
            count -= len;
        }
    }

    void deleteAt(int index) {
        if (index < 0 || index >= count)
            throw new StringIndexOutOfBoundsException("index " + index + ",length " + count);
        for (int i = index; i + 1 < count; i++) value[i] = value[i + 1];
        count--;
    }

    void insertChars(int offset, String s) {
        if (offset < 0 || offset > count)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
        if (s == null) s = "null";
        int n = s.length();
        ensureCapacityInternal(count + n);
        for (int i = count - 1; i >= offset; i--) value[i + n] = value[i];
        for (int i = 0; i < n; i++) value[offset + i] = s.charAt(i);
        count += n;
    }

    void replaceRange(int start, int end, String str) {
        if (start < 0 || start > count || start > end)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        if (end > count) end = count;
        deleteRange(start, end);
        insertChars(start, str);
    }

    void reverseChars() {
        boolean surrogates = false;
        for (int j = 0, k = count - 1; j < k; j++, k--) {
            char a = value[j], b = value[k];
            value[j] = b; value[k] = a;
            if (Character.isSurrogate(a) || Character.isSurrogate(b)) surrogates = true;
        }
        if (surrogates) {
            for (int i = 0; i < count - 1; i++) {
                char c2 = value[i];
                if (Character.isLowSurrogate(c2)) {
                    char c1 = value[i + 1];
                    if (Character.isHighSurrogate(c1)) { value[i++] = c1; value[i] = c2; }
                }
            }
        }
    }

    public int indexOf(String str) { return indexOf(str, 0); }

    public int indexOf(String str, int from) { return toString().indexOf(str, from); }

    public int lastIndexOf(String str) { return toString().lastIndexOf(str); }

    public int lastIndexOf(String str, int from) { return toString().lastIndexOf(str, from); }

    public String substring(int start) { return substring(start, count); }

    public String substring(int start, int end) {
        if (start < 0 || end > count || start > end)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        return new String(value, start, end - start);
    }

    public CharSequence subSequence(int start, int end) { return substring(start, end); }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin + i - srcBegin] = value[i];
    }

    public String toString() { return new String(value, 0, count); }
}
