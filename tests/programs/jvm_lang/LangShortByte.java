public class LangShortByte {
    public static void main(String[] args) {
        Short s1 = 100, s2 = 100, s3 = 1000, s4 = 1000;
        System.out.println((s1 == s2) + " " + (s3 == s4) + " " + s3.equals(s4) + " " + s3.equals(1000));
        System.out.println(Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.parseShort("-123") + " " + Short.valueOf("7f", 16) + " " + Short.toString((short) 5));
        System.out.println(Short.compare((short) 1, (short) 300) + " " + s1.compareTo(s3) + " " + Short.hashCode((short) -3) + " " + s3.hashCode() + " " + Short.toUnsignedInt((short) -1) + " " + Short.reverseBytes((short) 0x0102));
        Byte b1 = 10, b2 = 10, b3 = -128;
        System.out.println((b1 == b2) + " " + (b3 == Byte.valueOf((byte) -128)) + " " + Byte.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Byte.parseByte("-12") + " " + Byte.parseByte("7f", 16));
        System.out.println(Byte.compare((byte) 1, (byte) -1) + " " + b1.compareTo(b3) + " " + Byte.toUnsignedInt((byte) -1) + " " + b3.intValue() + " " + b3.doubleValue() + " " + Byte.toString((byte) 3));
        Short big = 30000;
        System.out.println(big.byteValue() + " " + big.longValue() + " " + big.floatValue());
    }
}
