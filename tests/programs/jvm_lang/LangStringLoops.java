public class LangStringLoops {
    static boolean isPalindrome(String s) {
        String t = s.toLowerCase().replaceAll("[^a-z0-9]", "");
        return new StringBuilder(t).reverse().toString().equals(t);
    }
    static String caesar(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append((char) ('A' + (c - 'A' + k) % 26));
            else if (Character.isLowerCase(c)) sb.append((char) ('a' + (c - 'a' + k) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }
    static String rle(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            out.append(j - i).append(s.charAt(i));
            i = j;
        }
        return out.toString();
    }
    public static void main(String[] args) {
        String[] samples = {"A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?", "", "x"};
        for (String s : samples) System.out.println(isPalindrome(s) + " " + caesar(s, 3) + " " + rle(s));
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom";
        String[] words = text.toLowerCase().split("[ ,]+");
        StringBuilder longest = new StringBuilder();
        int vowels = 0;
        for (String w : words) {
            if (w.length() > longest.length()) { longest.setLength(0); longest.append(w); }
            for (char c : w.toCharArray()) if ("aeiou".indexOf(c) >= 0) vowels++;
        }
        System.out.println(words.length + " " + longest + " " + vowels);
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            for (int j = 1; j <= 5; j++) table.append(String.format("%4d", i * j));
            table.append('\n');
        }
        System.out.print(table);
        String csv = "name,age,city\nAlice,30,Paris\nBob,25,Berlin\n";
        for (String line : csv.split("\n")) {
            String[] f = line.split(",");
            System.out.println(String.format("%-6s|%4s|%s", f[0], f[1], f[2].toUpperCase()));
        }
        int h = 0;
        for (int i = 0; i < 2000; i++) h = 31 * h + Integer.toString(i).hashCode();
        System.out.println(h);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 500; i++) big.append(i).append(',');
        System.out.println(big.length() + " " + big.indexOf("499") + " " + big.lastIndexOf("1") + " " + big.charAt(777));
    }
}
