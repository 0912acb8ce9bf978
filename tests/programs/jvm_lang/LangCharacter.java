public class LangCharacter {
    static final String EMOJI = new String(new char[] {(char) 0xD83D, (char) 0xDE00});
    public static void main(String[] args) {
        Character c1 = 'a', c2 = 'a', c3 = '\u0400', c4 = '\u0400';
        System.out.println((c1 == c2) + " " + (c3 == c4) + " " + c3.equals(c4) + " " + c1.compareTo('c') + " " + c1.hashCode() + " " + c1.charValue() + " " + c1.toString());
        String sample = "aZ5 _\t\n\u00A0\u2003é€٣Ⅻ$ǅ\u0000";
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            System.out.println((int) c + ": " + Character.isDigit(c) + Character.isLetter(c) + Character.isLetterOrDigit(c) + Character.isAlphabetic(c)
                + Character.isWhitespace(c) + Character.isSpaceChar(c) + Character.isUpperCase(c) + Character.isLowerCase(c)
                + Character.isJavaIdentifierStart(c) + Character.isJavaIdentifierPart(c) + Character.isISOControl(c)
                + " num=" + Character.getNumericValue(c) + " d10=" + Character.digit(c, 10) + " d16=" + Character.digit(c, 16) + " type=" + Character.getType(c));
        }
        System.out.println(Character.forDigit(11, 16) + " " + Character.forDigit(5, 10) + " " + (int) Character.forDigit(12, 10) + " " + Character.digit('z', 36) + " " + Character.digit('7', 5));
        System.out.println(Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + (int) Character.MAX_VALUE + " " + (int) Character.MIN_VALUE + " " + Character.MAX_CODE_POINT);
        System.out.println(Character.isSurrogate((char) 0xD800) + " " + Character.isHighSurrogate((char) 0xD800) + " " + Character.isLowSurrogate((char) 0xDC00) + " " + Character.charCount(0x1F600) + " " + Character.toCodePoint((char) 0xD83D, (char) 0xDE00));
        char[] pair = Character.toChars(0x1F600);
        System.out.println(pair.length + " " + (int) pair[0] + " " + (int) pair[1] + " " + Character.toChars(65)[0] + " " + Character.isValidCodePoint(0x110000) + " " + Character.isSupplementaryCodePoint(0x10000));
        System.out.println((int) Character.highSurrogate(0x1F600) + " " + (int) Character.lowSurrogate(0x1F600) + " " + Character.toString(66) + " " + Character.toString('q') + " " + Character.compare('a', 'b'));
        System.out.println(Character.codePointAt(("x" + EMOJI + ""), 1) + " " + Character.codePointAt(new char[] {(char) 0xD83D, (char) 0xDE00}, 0) + " " + Character.getNumericValue('Z') + " " + Character.getNumericValue('½'));
        char ch = 'x';
        ch++;
        System.out.println(ch + " " + (char) (ch + 1) + " " + (ch > 'a'));
    }
}
