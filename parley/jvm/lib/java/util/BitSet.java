/*
 * Parley's java.util.BitSet (its own implementation, written for Parley's
 * core library): bits in 64-bit words, with the JDK's growth (so size() is
 * the same) and hash code.
 */
package java.util;

public class BitSet implements Cloneable {
    private long[] words;
    private transient int wordsInUse = 0;
    private transient boolean sizeIsSticky = false;

    private static int wordIndex(int bitIndex) {
        return bitIndex >> 6;
    }

    private void recalculateWordsInUse() {
        int i;
        for (i = wordsInUse - 1; i >= 0; i--) if (words[i] != 0) break;
        wordsInUse = i + 1;
    }

    public BitSet() {
        words = new long[wordIndex(64 - 1) + 1];
        sizeIsSticky = false;
    }

    public BitSet(int nbits) {
        if (nbits < 0) throw new NegativeArraySizeException("nbits < 0: " + nbits);
        words = new long[wordIndex(nbits - 1) + 1];
        sizeIsSticky = true;
    }

    private BitSet(long[] words) {
        this.words = words;
        this.wordsInUse = words.length;
        checkInvariants();
    }

    public static BitSet valueOf(long[] longs) {
        int n;
        for (n = longs.length; n > 0 && longs[n - 1] == 0; n--) { }
        long[] w = new long[n];
        for (int i = 0; i < n; i++) w[i] = longs[i];
        return new BitSet(w);
    }

    public long[] toLongArray() {
        long[] r = new long[wordsInUse];
        for (int i = 0; i < wordsInUse; i++) r[i] = words[i];
        return r;
    }

    private void checkInvariants() { }

    private void ensureCapacity(int wordsRequired) {
        if (words.length < wordsRequired) {
            int request = 2 * words.length > wordsRequired ? 2 * words.length : wordsRequired;
            long[] w = new long[request];
            for (int i = 0; i < words.length; i++) w[i] = words[i];
            words = w;
            sizeIsSticky = false;
        }
    }

    private void expandTo(int wordIndex) {
        int wordsRequired = wordIndex + 1;
        if (wordsInUse < wordsRequired) {
            ensureCapacity(wordsRequired);
            wordsInUse = wordsRequired;
        }
    }

    private static void checkRange(int fromIndex, int toIndex) {
        if (fromIndex < 0) throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        if (toIndex < 0) throw new IndexOutOfBoundsException("toIndex < 0: " + toIndex);
        if (fromIndex > toIndex)
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + " > toIndex: " + toIndex);
    }

    public void flip(int bitIndex) {
        if (bitIndex < 0) throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        int wordIndex = wordIndex(bitIndex);
        expandTo(wordIndex);
        words[wordIndex] ^= (1L << bitIndex);
        recalculateWordsInUse();
    }

    public void flip(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            int wi = wordIndex(i);
            expandTo(wi);
            words[wi] ^= (1L << i);
        }
        recalculateWordsInUse();
    }

    public void set(int bitIndex) {
        if (bitIndex < 0) throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        int wordIndex = wordIndex(bitIndex);
        expandTo(wordIndex);
        words[wordIndex] |= (1L << bitIndex);
    }

    public void set(int bitIndex, boolean value) {
        if (value) set(bitIndex);
        else clear(bitIndex);
    }

    public void set(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) return;
        expandTo(wordIndex(toIndex - 1));
        for (int i = fromIndex; i < toIndex; i++) words[wordIndex(i)] |= (1L << i);
    }

    public void set(int fromIndex, int toIndex, boolean value) {
        if (value) set(fromIndex, toIndex);
        else clear(fromIndex, toIndex);
    }

    public void clear(int bitIndex) {
        if (bitIndex < 0) throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        int wordIndex = wordIndex(bitIndex);
        if (wordIndex >= wordsInUse) return;
        words[wordIndex] &= ~(1L << bitIndex);
        recalculateWordsInUse();
    }

    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) return;
        int startWordIndex = wordIndex(fromIndex);
        if (startWordIndex >= wordsInUse) return;
        int end = toIndex < wordsInUse * 64 ? toIndex : wordsInUse * 64;
        for (int i = fromIndex; i < end; i++) words[wordIndex(i)] &= ~(1L << i);
        recalculateWordsInUse();
    }

    public void clear() {
        while (wordsInUse > 0) words[--wordsInUse] = 0;
    }

    public boolean get(int bitIndex) {
        if (bitIndex < 0) throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
        int wordIndex = wordIndex(bitIndex);
        return (wordIndex < wordsInUse) && ((words[wordIndex] & (1L << bitIndex)) != 0);
    }

    public BitSet get(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        int len = length();
        if (len <= fromIndex || fromIndex == toIndex) return new BitSet(0);
        if (toIndex > len) toIndex = len;
        BitSet result = new BitSet(toIndex - fromIndex);
        for (int i = fromIndex; i < toIndex; i++) if (get(i)) result.set(i - fromIndex);
        return result;
    }

    private static int trailingZeros(long w) {
        int n = 0;
        while ((w & 1L) == 0) {
            w >>>= 1;
            n++;
        }
        return n;
    }

    public int nextSetBit(int fromIndex) {
        if (fromIndex < 0) throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) return -1;
        long word = words[u] & (-1L << fromIndex);
        while (true) {
            if (word != 0) return (u * 64) + trailingZeros(word);
            if (++u == wordsInUse) return -1;
            word = words[u];
        }
    }

    public int nextClearBit(int fromIndex) {
        if (fromIndex < 0) throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) return fromIndex;
        long word = ~words[u] & (-1L << fromIndex);
        while (true) {
            if (word != 0) return (u * 64) + trailingZeros(word);
            if (++u == wordsInUse) return wordsInUse * 64;
            word = ~words[u];
        }
    }

    public int previousSetBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) return -1;
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        for (int i = fromIndex; i >= 0; i--) if (get(i)) return i;
        return -1;
    }

    public int previousClearBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) return -1;
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        for (int i = fromIndex; i >= 0; i--) if (!get(i)) return i;
        return -1;
    }

    public int length() {
        if (wordsInUse == 0) return 0;
        long w = words[wordsInUse - 1];
        int bits = 0;
        while (w != 0) {
            w >>>= 1;
            bits++;
        }
        return 64 * (wordsInUse - 1) + bits;
    }

    public boolean isEmpty() { return wordsInUse == 0; }

    public boolean intersects(BitSet set) {
        for (int i = (wordsInUse < set.wordsInUse ? wordsInUse : set.wordsInUse) - 1; i >= 0; i--)
            if ((words[i] & set.words[i]) != 0) return true;
        return false;
    }

    public int cardinality() {
        int sum = 0;
        for (int i = 0; i < wordsInUse; i++) {
            long w = words[i];
            while (w != 0) {
                w &= w - 1;
                sum++;
            }
        }
        return sum;
    }

    public void and(BitSet set) {
        if (this == set) return;
        while (wordsInUse > set.wordsInUse) words[--wordsInUse] = 0;
        for (int i = 0; i < wordsInUse; i++) words[i] &= set.words[i];
        recalculateWordsInUse();
    }

    public void or(BitSet set) {
        if (this == set) return;
        int wordsInCommon = wordsInUse < set.wordsInUse ? wordsInUse : set.wordsInUse;
        if (wordsInUse < set.wordsInUse) {
            ensureCapacity(set.wordsInUse);
            wordsInUse = set.wordsInUse;
        }
        for (int i = 0; i < wordsInCommon; i++) words[i] |= set.words[i];
        for (int i = wordsInCommon; i < set.wordsInUse; i++) words[i] = set.words[i];
    }

    public void xor(BitSet set) {
        int wordsInCommon = wordsInUse < set.wordsInUse ? wordsInUse : set.wordsInUse;
        if (wordsInUse < set.wordsInUse) {
            ensureCapacity(set.wordsInUse);
            wordsInUse = set.wordsInUse;
        }
        for (int i = 0; i < wordsInCommon; i++) words[i] ^= set.words[i];
        for (int i = wordsInCommon; i < set.wordsInUse; i++) words[i] = set.words[i];
        recalculateWordsInUse();
    }

    public void andNot(BitSet set) {
        for (int i = (wordsInUse < set.wordsInUse ? wordsInUse : set.wordsInUse) - 1; i >= 0; i--)
            words[i] &= ~set.words[i];
        recalculateWordsInUse();
    }

    public int hashCode() {
        long h = 1234;
        for (int i = wordsInUse; --i >= 0; ) h ^= words[i] * (i + 1);
        return (int) ((h >> 32) ^ h);
    }

    public int size() { return words.length * 64; }

    public boolean equals(Object obj) {
        if (!(obj instanceof BitSet)) return false;
        if (this == obj) return true;
        BitSet set = (BitSet) obj;
        if (wordsInUse != set.wordsInUse) return false;
        for (int i = 0; i < wordsInUse; i++) if (words[i] != set.words[i]) return false;
        return true;
    }

    public Object clone() {
        if (!sizeIsSticky) trimToSize();
        try {
            BitSet result = (BitSet) super.clone();
            long[] w = new long[words.length];
            for (int i = 0; i < words.length; i++) w[i] = words[i];
            result.words = w;
            return result;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    private void trimToSize() {
        if (wordsInUse != words.length) {
            long[] w = new long[wordsInUse];
            for (int i = 0; i < wordsInUse; i++) w[i] = words[i];
            words = w;
        }
    }

    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append('{');
        int i = nextSetBit(0);
        if (i != -1) {
            b.append(i);
            while (true) {
                if (++i < 0) break;
                if ((i = nextSetBit(i)) < 0) break;
                int endOfRun = nextClearBit(i);
                do {
                    b.append(", ").append(i);
                } while (++i != endOfRun);
            }
        }
        b.append('}');
        return b.toString();
    }
}
