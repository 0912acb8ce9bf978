public class LangRegex {
    public static void main(String[] args) {
        System.out.println("12345".matches("\\d+") + " " + "123a".matches("\\d+") + " " + "".matches("a*") + " " + "abc".matches("a.c") + " " + "abc".matches("ab"));
        System.out.println("hello@example.com".matches("[\\w.]+@[\\w.]+\\.[a-z]{2,}") + " " + "bad@".matches("[\\w.]+@[\\w.]+"));
        System.out.println("aaa".matches("a{3}") + " " + "aaaa".matches("a{2,3}") + " " + "ab".matches("(a|b)+") + " " + "Cat".matches("(?i)cat"));
        System.out.println("a1b22c333".replaceAll("\\d+", "#") + " " + "a1b22c333".replaceFirst("\\d+", "#"));
        System.out.println("John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1"));
        System.out.println("hello world".replaceAll("o", "0") + " " + "a.b.c".replaceAll("\\.", "/") + " " + "x".replaceAll("y", "z"));
        System.out.println("  multiple   spaces   here ".replaceAll("\\s+", " ").trim());
        System.out.println("aaa".replaceAll("a*", "X") + " " + "abc".replaceAll("", "-"));
        System.out.println("price: $5".replaceAll("\\$", "USD ") + " " + "a-b".replaceAll("-", "\\$"));
        System.out.println("CamelCaseWord".replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
        System.out.println("tel: 555-1234".replaceAll("[^0-9]", ""));
        System.out.println("abcabc".replaceAll("b(?=c)", "B") + " " + "foo.bar".matches(".*\\.bar") + " " + "line1\nline2".matches("line1.line2"));
        System.out.println("aXbXc".replaceAll("X", "\\\\") + " " + "word word".replaceAll("\\bw", "W"));
    }
}
