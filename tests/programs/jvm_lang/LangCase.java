public class LangCase {
    public static void main(String[] args) {
        System.out.println("Hello World 123".toUpperCase() + " " + "Hello World 123".toLowerCase());
        System.out.println("straße".toUpperCase() + " " + "ÀÉÎÕÜ".toLowerCase() + " " + "àéîõü".toUpperCase());
        System.out.println("ΑΒΓ".toLowerCase() + " " + "αβγ".toUpperCase() + " " + "ﬁ".toUpperCase());
        System.out.println("İ".toLowerCase().length() + " " + "ǅ".toUpperCase() + " " + "ǅ".toLowerCase());
        String same = "already lower";
        System.out.println((same.toLowerCase() == same) + " " + ("UP".toUpperCase() == "UP"));
        char[] cs = {'a', 'Z', '5', ' ', 'é', 'Σ', 'ß', '_', '\t', 'ǅ'};
        for (char c : cs) {
            System.out.println((int) c + " up=" + (int) Character.toUpperCase(c) + " low=" + (int) Character.toLowerCase(c)
                + " U=" + Character.isUpperCase(c) + " L=" + Character.isLowerCase(c) + " T=" + Character.isTitleCase(c)
                + " letter=" + Character.isLetter(c) + " digit=" + Character.isDigit(c) + " ws=" + Character.isWhitespace(c));
        }
        System.out.println(Character.toUpperCase(0x1F600) + " " + Character.toLowerCase((int) 'Q') + " " + Character.toTitleCase('a'));
    }
}
