public class LangParseErrors {
    static void tryInt(String s) {
        try { System.out.println(Integer.parseInt(s)); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    }
    static void tryInt(String s, int radix) {
        try { System.out.println(Integer.parseInt(s, radix)); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    }
    static void tryLong(String s) {
        try { System.out.println(Long.parseLong(s)); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    }
    static void tryDouble(String s) {
        try { System.out.println(Double.parseDouble(s)); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    }
    static void tryFloat(String s) {
        try { System.out.println(Float.parseFloat(s)); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    }
    public static void main(String[] args) {
        tryInt("abc"); tryInt(""); tryInt(null); tryInt("2147483648"); tryInt("-2147483649"); tryInt("-"); tryInt("+");
        tryInt(" 5"); tryInt("5 "); tryInt("1_000"); tryInt("0x10"); tryInt("١٢٣"); tryInt("99999999999");
        tryInt("zz", 16); tryInt("12", 1); tryInt("12", 37); tryInt("", 8); tryInt("777", 8); tryInt("-80000000", 16);
        tryLong("9223372036854775808"); tryLong("1L"); tryLong(null); tryLong("-9223372036854775808");
        tryDouble("abc"); tryDouble(""); tryDouble("  "); tryDouble(" 1.5 "); tryDouble("1e"); tryDouble("1e5"); tryDouble(".5"); tryDouble("5.");
        tryDouble("."); tryDouble("-Infinity"); tryDouble("NaN"); tryDouble("+NaN"); tryDouble("1.5f"); tryDouble("2d"); tryDouble("0x1p3"); tryDouble("0x1.8p1");
        tryDouble("1e400"); tryDouble("1e-400"); tryDouble("inf"); tryDouble("1,5"); tryDouble("1.2.3"); tryDouble("0.1"); tryDouble("123456789012345678901234567890");
        tryFloat("3.4028236e38"); tryFloat("1.1"); tryFloat("x1"); tryFloat("1e-46");
        try { Short.parseShort("40000"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Byte.parseByte("200", 16); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Byte.valueOf("-129"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.valueOf("  5"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.parseUnsignedInt("-1"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.parseUnsignedInt("4294967296"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.decode("0x1G"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.decode(""); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        try { Integer.decode("-+1"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        System.out.println(Integer.decode("-0x80000000"));
        Integer.parseInt("not a number");
    }
}
