public class LangSubstring {
    public static void main(String[] args) {
        String s = "  \t padded text \n ";
        System.out.println("[" + s.trim() + "][" + s.strip() + "][" + s.stripLeading() + "][" + s.stripTrailing() + "]");
        System.out.println("[" + "\u2003em space\u2003".trim() + "][" + "\u2003em space\u2003".strip() + "]");
        System.out.println("[" + "".trim() + "][" + "   ".trim() + "][" + "   ".strip() + "]");
        System.out.println("   ".isBlank() + " " + "".isBlank() + " " + " x ".isBlank() + " " + "\u2003\t\n".isBlank());
        System.out.println("ab".repeat(3) + "|" + "ab".repeat(0) + "|" + "".repeat(5) + "|" + "x".repeat(1));
        System.out.println("banana".replace('a', 'o') + " " + "banana".replace('x', 'y') + " " + "banana".replace("an", "AN") + " " + "banana".replace("", "-") + " " + "aaa".replace("aa", "b"));
        System.out.println("hello".substring(1, 4) + " " + "hello".substring(2) + " " + "hello".subSequence(1, 3));
        String p = "path/to/file.txt";
        System.out.println(p.substring(p.lastIndexOf('/') + 1) + " " + p.substring(0, p.indexOf('/')) + " " + p.substring(p.lastIndexOf('.') + 1));
        StringBuilder acc = new StringBuilder();
        for (int i = 0; i < "abcdef".length(); i++) acc.append("abcdef".substring(i, i + 1).toUpperCase());
        System.out.println(acc);
        System.out.println("Mississippi".replace("ss", "SS").replace('i', '!'));
        char[] cs = "chars".toCharArray();
        cs[0] = 'C';
        System.out.println(new String(cs) + " " + cs.length + " " + String.valueOf(cs, 1, 3) + " " + String.copyValueOf(cs));
    }
}
