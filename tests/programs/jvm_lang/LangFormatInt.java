public class LangFormatInt {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 42, -42, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE};
        String[] pats = {"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%,d", "%+,10d", "%(d", "%(,d", "%x", "%X", "%#x", "%08x", "%#010X", "%o", "%#o", "%-8x|", "%,015d", "%(8d"};
        for (String p : pats) {
            StringBuilder sb = new StringBuilder(p).append(" ->");
            for (int v : ints) sb.append(' ').append(String.format(p, v));
            System.out.println(sb);
        }
        long[] longs = {0L, -1L, 123456789012345L, Long.MIN_VALUE, Long.MAX_VALUE};
        for (String p : new String[] {"%d", "%,d", "%x", "%o", "%20d", "%-20d|", "%+d"}) {
            StringBuilder sb = new StringBuilder(p).append(" ->");
            for (long v : longs) sb.append(' ').append(String.format(p, v));
            System.out.println(sb);
        }
        System.out.println(String.format("%d %x %o", (byte) -1, (byte) -1, (byte) -1));
        System.out.println(String.format("%d %x %o", (short) -2, (short) -2, (short) -2));
        System.out.println(String.format("%d|%5d|%x", (Object) null, null, null));
    }
}
