import java.util.Arrays;
public class LangCharSequence {
    static class Rev implements CharSequence {
        private final String s;
        Rev(String s) { this.s = s; }
        public int length() { return s.length(); }
        public char charAt(int i) { return s.charAt(s.length() - 1 - i); }
        public CharSequence subSequence(int a, int b) { return toString().substring(a, b); }
        public String toString() { return new StringBuilder(s).reverse().toString(); }
    }
    static class Version implements Comparable<Version> {
        final int major, minor;
        Version(int a, int b) { major = a; minor = b; }
        public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }
        public String toString() { return major + "." + minor; }
    }
    static class Odd implements CharSequence {
        public int length() { return 3; }
        public char charAt(int i) { return (char) ('x' + i); }
        public CharSequence subSequence(int a, int b) { return "sub"; }
        public String toString() { return "TOSTRING"; }
    }
    static int total(CharSequence cs) {
        int t = 0;
        for (int i = 0; i < cs.length(); i++) t += cs.charAt(i);
        return t;
    }
    public static void main(String[] args) {
        CharSequence[] seqs = {"abc", new StringBuilder("abc"), new StringBuffer("abc"), new Rev("abc")};
        for (CharSequence cs : seqs) System.out.println(cs + " " + cs.length() + " " + total(cs) + " " + cs.isEmpty() + " " + cs.subSequence(1, 2));
        StringBuilder sb = new StringBuilder();
        sb.append(new Rev("hello")).append(new Rev("xyz"), 0, 2).insert(0, new Rev("ab"));
        System.out.println(sb);
        System.out.println("olleh".contentEquals(new Rev("hello")) + " " + "a-b".contains(new Rev("-")) + " " + "abc".replace(new Rev("cb"), "X"));
        System.out.println(String.join("+", new Rev("12"), "34") + " " + CharSequence.compare("a", new Rev("ba")));
        Odd odd = new Odd();
        System.out.println(new StringBuilder().append(odd).append(odd, 1, 2).insert(0, odd).insert(0, odd, 2, 3) + " " + new StringBuilder(odd) + " " + "xyz".contentEquals(odd) + " " + "aTOSTRINGb".contains(odd) + " " + String.join(",", odd, odd) + " " + "TOSTRING".replace(odd, "r"));
        String[] words = {"pear", "Apple", "banana", "apple", "cherry"};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Comparable<String> cmp = "m";
        System.out.println(cmp.compareTo("n"));
        Version[] vs = {new Version(1, 10), new Version(1, 2), new Version(0, 9)};
        Arrays.sort(vs);
        System.out.println(Arrays.toString(vs));
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.sort(boxed);
        System.out.println(Arrays.toString(boxed));
        Double[] ds = {2.5, -1.0, 0.0, -0.0};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        Character[] chs = {'z', 'a', 'm'};
        Arrays.sort(chs);
        System.out.println(Arrays.toString(chs));
    }
}
