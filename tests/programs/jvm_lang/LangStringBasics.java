public class LangStringBasics {
    static final String EMOJI = new String(new char[] {(char) 0xD83D, (char) 0xDE00});
    public static void main(String[] args) {
        String s = "Hello, World";
        String e = "";
        System.out.println(s.length() + " " + e.length() + " " + s.isEmpty() + " " + e.isEmpty());
        System.out.println(s.charAt(0) + "" + s.charAt(11));
        System.out.println(s.concat("!") + "|" + s.concat(""));
        System.out.println(s.equals("Hello, World") + " " + s.equals("hello, world") + " " + s.equals(null) + " " + s.equals((Object) 5));
        System.out.println(s.equalsIgnoreCase("hELLO, wORLD") + " " + s.equalsIgnoreCase(null) + " " + "ABC".equalsIgnoreCase("abd"));
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("ab") + " " + "ab".compareTo("abc") + " " + "x".compareTo("x"));
        System.out.println("Apple".compareToIgnoreCase("apple") + " " + "a".compareToIgnoreCase("B") + " " + "Z".compareToIgnoreCase("a") + " " + "abc".compareToIgnoreCase("ABCD"));
        System.out.println("".hashCode() + " " + "a".hashCode() + " " + s.hashCode() + " " + "the quick brown fox jumps over the lazy dog".hashCode());
        System.out.println(s.contains("lo, W") + " " + s.contains("") + " " + s.contains("xyz"));
        System.out.println(s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.startsWith("", 12) + " " + s.startsWith("H", -1) + " " + s.startsWith("d", 12));
        System.out.println(s.endsWith("World") + " " + s.endsWith("") + " " + s.endsWith("Hello"));
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf('o', 100) + " " + s.indexOf('o', -5) + " " + s.indexOf('z'));
        System.out.println(s.lastIndexOf('o') + " " + s.lastIndexOf('o', 7) + " " + s.lastIndexOf('o', -1) + " " + s.lastIndexOf('o', 100) + " " + s.lastIndexOf('z'));
        System.out.println(s.indexOf("o") + " " + s.indexOf("World") + " " + s.indexOf("o", 5) + " " + s.indexOf("") + " " + s.indexOf("", 5) + " " + s.indexOf("", 50) + " " + s.indexOf("xyz"));
        System.out.println(s.lastIndexOf("o") + " " + s.lastIndexOf("l", 5) + " " + s.lastIndexOf("") + " " + s.lastIndexOf("", 3) + " " + s.lastIndexOf("Hello", 0) + " " + s.lastIndexOf("H", -1));
        System.out.println("aaa".indexOf("aa", 1) + " " + "aaa".lastIndexOf("aa") + " " + "abcabc".indexOf("cab"));
        System.out.println(s.indexOf(0x1F600) + " " + ("a" + EMOJI + "b").indexOf(0x1F600) + " " + ("a" + EMOJI + "b" + EMOJI + "").lastIndexOf(0x1F600));
        System.out.println(("x" + EMOJI + "y").codePointAt(1) + " " + ("x" + EMOJI + "y").codePointAt(2) + " " + ("x" + EMOJI + "y").codePointBefore(3) + " " + ("x" + EMOJI + "y").codePointCount(0, 4));
        System.out.println(s.regionMatches(7, "World", 0, 5) + " " + s.regionMatches(true, 0, "HELLO", 0, 5) + " " + s.regionMatches(0, "HELLO", 0, 5) + " " + s.regionMatches(-1, "H", 0, 1));
        System.out.println(s.contentEquals("Hello, World") + " " + s.contentEquals(new StringBuilder("Hello, World")) + " " + s.contentEquals(new StringBuffer("x")));
        System.out.println(s.toString() == s);
        String a = "interned";
        String b = new String("interned");
        System.out.println((a == b) + " " + (a == b.intern()) + " " + a.equals(b));
        CharSequence cs = s;
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs.subSequence(0, 5) + " " + cs.toString());
        Comparable<String> c = "m";
        System.out.println(c.compareTo("a") + " " + c.compareTo("z"));
        switch (s) {
            case "Hello, World": System.out.println("switch ok"); break;
            default: System.out.println("switch bad");
        }
    }
}
