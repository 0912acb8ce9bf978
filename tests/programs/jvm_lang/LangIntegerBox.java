public class LangIntegerBox {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (Integer.valueOf(-128) == Integer.valueOf(-128)) + " " + (Integer.valueOf(-129) == Integer.valueOf(-129)));
        Integer n = new Integer(5);
        System.out.println((n == Integer.valueOf(5)) + " " + n.equals(5) + " " + n.equals(5L) + " " + n.equals(null));
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Integer.SIZE + " " + Integer.BYTES);
        System.out.println(Integer.toString(255) + " " + Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.toString(100, 37) + " " + Integer.toString(Integer.MIN_VALUE, 36));
        System.out.println(Integer.toHexString(255) + " " + Integer.toHexString(-1) + " " + Integer.toOctalString(8) + " " + Integer.toBinaryString(10) + " " + Integer.toBinaryString(-8));
        System.out.println(Integer.toUnsignedString(-1) + " " + Integer.toUnsignedLong(-1) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.divideUnsigned(-1, 2) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Integer.parseInt("123") + Integer.parseInt("-456") + Integer.parseInt("+7") + " " + Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36) + " " + Integer.parseInt("-2147483648"));
        System.out.println(Integer.valueOf("42") + " " + Integer.valueOf("7f", 16) + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Integer.decode("0"));
        System.out.println(Integer.compare(3, 5) + " " + Integer.compare(5, 3) + " " + Integer.compare(4, 4) + " " + a.compareTo(c) + " " + c.compareTo(a) + " " + Integer.signum(-9) + " " + Integer.signum(0));
        System.out.println(Integer.bitCount(255) + " " + Integer.bitCount(-1) + " " + Integer.reverse(1) + " " + Integer.reverseBytes(0x01020304) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.rotateRight(1, 1));
        System.out.println(Integer.highestOneBit(100) + " " + Integer.lowestOneBit(100) + " " + Integer.highestOneBit(-1) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.numberOfTrailingZeros(8) + " " + Integer.numberOfLeadingZeros(0) + " " + Integer.numberOfTrailingZeros(0));
        System.out.println(Integer.sum(Integer.MAX_VALUE, 1) + " " + Integer.max(3, 9) + " " + Integer.min(3, 9) + " " + Integer.hashCode(77) + " " + c.hashCode() + " " + Integer.valueOf(-5).hashCode());
        Integer x = 1000;
        System.out.println(x.intValue() + " " + x.longValue() + " " + x.doubleValue() + " " + x.floatValue() + " " + x.shortValue() + " " + x.byteValue() + " " + x.toString());
        Number num = x;
        System.out.println(num.intValue() + num.longValue() + " " + num.byteValue());
        int sum = 0;
        for (Integer i = 0; i < 10; i++) sum += i;
        System.out.println(sum);
        Object o = 12;
        System.out.println((o instanceof Integer) + " " + (o instanceof Number) + " " + (o instanceof Comparable));
    }
}
