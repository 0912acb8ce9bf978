public class LangStringValueOf {
    public static void main(String[] args) {
        System.out.println(String.valueOf(42) + " " + String.valueOf(-7L) + " " + String.valueOf(true) + " " + String.valueOf('c'));
        System.out.println(String.valueOf(1.5) + " " + String.valueOf(2.5f) + " " + String.valueOf((Object) null) + " " + String.valueOf(new StringBuilder("sb")));
        char[] data = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(String.valueOf(data) + " " + String.valueOf(data, 1, 3) + " " + String.copyValueOf(data, 2, 2));
        System.out.println(new String() + "|" + new String("copy") + "|" + new String(data) + "|" + new String(data, 0, 2));
        System.out.println(new String(new StringBuilder("from builder")) + " " + new String(new StringBuffer("from buffer")));
        System.out.println(new String(new int[] {0x48, 0x1F600, 0x69}, 0, 3).length());
        byte[] bytes = "héllo €".getBytes();
        System.out.println(bytes.length + " " + bytes[1] + " " + bytes[2] + " " + new String(bytes) + " " + new String(bytes, 0, 1));
        char[] dst = new char[8];
        "abcdef".getChars(1, 4, dst, 2);
        System.out.println(new String(dst, 2, 3) + " " + (int) dst[0]);
        String s1 = "lit";
        String s2 = "li" + "t";
        String s3 = new String("lit");
        System.out.println((s1 == s2) + " " + (s1 == s3) + " " + (s1 == s3.intern()) + " " + s3.equals(s1));
        Object o = "an object";
        System.out.println(o.toString() + " " + o.equals("an object") + " " + o.hashCode());
        System.out.println(String.valueOf(Double.NaN) + " " + String.valueOf(-0.0) + " " + String.valueOf(Float.MAX_VALUE));
        System.out.println("fmt %d %s".formatted(5, "x"));
    }
}
