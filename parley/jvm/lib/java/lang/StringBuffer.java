/*
 * Parley's java.lang.StringBuffer (its own implementation).
 */
package java.lang;

public final class StringBuffer extends AbstractStringBuilder implements java.io.Serializable, Comparable<StringBuffer> {
    public StringBuffer() { super(16); }
    public StringBuffer(int capacity) { super(capacity); }
    public StringBuffer(String str) { super(str.length() + 16); appendChars(str); }
    public StringBuffer(CharSequence seq) { super(seq.length() + 16); appendChars(seq.toString()); }

    public StringBuffer append(Object obj) { appendChars(String.valueOf(obj)); return this; }
    public StringBuffer append(String str) { appendChars(str); return this; }
    public StringBuffer append(StringBuffer sb) { appendChars(sb == null ? null : sb.toString()); return this; }
    public StringBuffer append(CharSequence s) { appendChars(s == null ? null : s.toString()); return this; }
    public StringBuffer append(CharSequence s, int start, int end) { appendSeq(s, start, end); return this; }
    public StringBuffer append(char[] str) { appendArray(str, 0, str.length); return this; }
    public StringBuffer append(char[] str, int offset, int len) { appendArray(str, offset, len); return this; }
    public StringBuffer append(boolean b) { appendChars(b ? "true" : "false"); return this; }
    public StringBuffer append(char c) { appendChar(c); return this; }
    public StringBuffer append(int i) { appendChars("" + i); return this; }
    public StringBuffer append(long l) { appendChars("" + l); return this; }
    public StringBuffer append(float f) { appendChars("" + f); return this; }
    public StringBuffer append(double d) { appendChars("" + d); return this; }
    public StringBuffer appendCodePoint(int cp) { appendChars(cp < 0x10000 ? String.valueOf((char) cp) : "" + (char) ((cp >>> 10) + 0xd7c0) + (char) ((cp & 0x3ff) + 0xdc00)); return this; }
    public StringBuffer delete(int start, int end) { deleteRange(start, end); return this; }
    public StringBuffer deleteCharAt(int index) { deleteAt(index); return this; }
    public StringBuffer replace(int start, int end, String str) { replaceRange(start, end, str); return this; }
    public StringBuffer insert(int offset, Object obj) { insertChars(offset, String.valueOf(obj)); return this; }
    public StringBuffer insert(int offset, String str) { insertChars(offset, str); return this; }
    public StringBuffer insert(int offset, char[] str) { insertChars(offset, new String(str)); return this; }
    public StringBuffer insert(int offset, CharSequence s) { insertChars(offset, s == null ? null : s.toString()); return this; }
    public StringBuffer insert(int offset, boolean b) { insertChars(offset, b ? "true" : "false"); return this; }
    public StringBuffer insert(int offset, char c) { insertChars(offset, String.valueOf(c)); return this; }
    public StringBuffer insert(int offset, int i) { insertChars(offset, "" + i); return this; }
    public StringBuffer insert(int offset, long l) { insertChars(offset, "" + l); return this; }
    public StringBuffer insert(int offset, float f) { insertChars(offset, "" + f); return this; }
    public StringBuffer insert(int offset, double d) { insertChars(offset, "" + d); return this; }
    public StringBuffer reverse() { reverseChars(); return this; }

    public int compareTo(StringBuffer another) { return toString().compareTo(another.toString()); }
}
