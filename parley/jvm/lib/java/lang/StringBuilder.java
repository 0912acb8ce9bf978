/*
 * Parley's java.lang.StringBuilder (its own implementation).
 */
package java.lang;

public final class StringBuilder extends AbstractStringBuilder implements java.io.Serializable, Comparable<StringBuilder> {
    public StringBuilder() { super(16); }
    public StringBuilder(int capacity) { super(capacity); }
    public StringBuilder(String str) { super(str.length() + 16); appendChars(str); }
    public StringBuilder(CharSequence seq) { super(seq.length() + 16); appendChars(seq.toString()); }

    public StringBuilder append(Object obj) { appendChars(String.valueOf(obj)); return this; }
    public StringBuilder append(String str) { appendChars(str); return this; }
    public StringBuilder append(StringBuffer sb) { appendChars(sb == null ? null : sb.toString()); return this; }
    public StringBuilder append(CharSequence s) { appendChars(s == null ? null : s.toString()); return this; }
    public StringBuilder append(CharSequence s, int start, int end) { appendSeq(s, start, end); return this; }
    public StringBuilder append(char[] str) { appendArray(str, 0, str.length); return this; }
    public StringBuilder append(char[] str, int offset, int len) { appendArray(str, offset, len); return this; }
    public StringBuilder append(boolean b) { appendChars(b ? "true" : "false"); return this; }
    public StringBuilder append(char c) { appendChar(c); return this; }
    public StringBuilder append(int i) { appendChars("" + i); return this; }
    public StringBuilder append(long l) { appendChars("" + l); return this; }
    public StringBuilder append(float f) { appendChars("" + f); return this; }
    public StringBuilder append(double d) { appendChars("" + d); return this; }
    public StringBuilder appendCodePoint(int cp) { appendChars(cp < 0x10000 ? String.valueOf((char) cp) : "" + (char) ((cp >>> 10) + 0xd7c0) + (char) ((cp & 0x3ff) + 0xdc00)); return this; }
    public StringBuilder delete(int start, int end) { deleteRange(start, end); return this; }
    public StringBuilder deleteCharAt(int index) { deleteAt(index); return this; }
    public StringBuilder replace(int start, int end, String str) { replaceRange(start, end, str); return this; }
    public StringBuilder insert(int offset, Object obj) { insertChars(offset, String.valueOf(obj)); return this; }
    public StringBuilder insert(int offset, String str) { insertChars(offset, str); return this; }
    public StringBuilder insert(int offset, char[] str) { insertChars(offset, new String(str)); return this; }
    public StringBuilder insert(int offset, CharSequence s) { insertChars(offset, s == null ? null : s.toString()); return this; }
    public StringBuilder insert(int offset, boolean b) { insertChars(offset, b ? "true" : "false"); return this; }
    public StringBuilder insert(int offset, char c) { insertChars(offset, String.valueOf(c)); return this; }
    public StringBuilder insert(int offset, int i) { insertChars(offset, "" + i); return this; }
    public StringBuilder insert(int offset, long l) { insertChars(offset, "" + l); return this; }
    public StringBuilder insert(int offset, float f) { insertChars(offset, "" + f); return this; }
    public StringBuilder insert(int offset, double d) { insertChars(offset, "" + d); return this; }
    public StringBuilder reverse() { reverseChars(); return this; }

    public int compareTo(StringBuilder another) { return toString().compareTo(another.toString()); }
}
