public class LangLongBox {
    public static void main(String[] args) {
        Long a = 127L, b = 127L, c = 128L, d = 128L;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + c.equals(128));
        System.out.println(Long.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.SIZE + " " + Long.BYTES);
        System.out.println(Long.toString(255L, 16) + " " + Long.toString(Long.MIN_VALUE, 2) + " " + Long.toHexString(-1L) + " " + Long.toOctalString(64L) + " " + Long.toBinaryString(5L));
        System.out.println(Long.parseLong("9223372036854775807") + " " + Long.parseLong("-9223372036854775808") + " " + Long.parseLong("7fffffff", 16) + " " + Long.valueOf("12") + " " + Long.decode("0x10"));
        System.out.println(Long.toUnsignedString(-1L) + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Long.divideUnsigned(-1L, 2L) + " " + Long.remainderUnsigned(-1L, 10L) + " " + Long.compareUnsigned(-1L, 1L));
        System.out.println(Long.compare(1L, 2L) + " " + a.compareTo(c) + " " + Long.signum(-5L) + " " + Long.bitCount(-1L) + " " + Long.numberOfLeadingZeros(1L) + " " + Long.numberOfTrailingZeros(1024L));
        System.out.println(Long.highestOneBit(1000L) + " " + Long.lowestOneBit(1000L) + " " + Long.reverse(1L) + " " + Long.reverseBytes(1L) + " " + Long.rotateLeft(1L, 65) + " " + Long.rotateRight(1L, 1));
        System.out.println(Long.hashCode(1L << 40) + " " + Long.valueOf(-1L).hashCode() + " " + Long.valueOf(123456789012L).hashCode() + " " + Long.sum(1L, 2L) + " " + Long.max(1L, 2L) + " " + Long.min(1L, 2L));
        Long big = 123456789012345L;
        System.out.println(big.intValue() + " " + big.doubleValue() + " " + big.floatValue() + " " + big.shortValue() + " " + big.byteValue());
        long total = 0;
        for (Long i = 0L; i < 5L; i++) total += i;
        System.out.println(total);
    }
}
