public class LangStringExceptions {
    public static void main(String[] args) {
        final String s = "abc";
        try { s.charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { s.charAt(-1); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { s.substring(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { s.substring(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { s.substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { s.substring(1, 7); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { s.subSequence(-2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { s.codePointAt(3); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { s.repeat(-1); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { new String(new char[] {'a', 'b'}, 1, 5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { String.valueOf(new char[] {'a'}, -1, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { s.getChars(0, 4, new char[10], 0); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { s.getChars(0, 3, new char[2], 0); } catch (StringIndexOutOfBoundsException e) { System.out.println(e); }
        try { s.concat(null); } catch (NullPointerException e) { System.out.println("npe concat"); }
        try { s.compareTo(null); } catch (NullPointerException e) { System.out.println("npe compareTo"); }
        try { "a,b".split("("); } catch (IllegalArgumentException e) { System.out.println("bad regex"); }
        System.out.println(s.substring(3) + "|" + s.substring(0, 0) + "|" + s.substring(3, 3) + "|" + s.substring(0));
        String t = null;
        try { t.length(); } catch (NullPointerException e) { System.out.println("npe length"); }
        System.out.println("abc".charAt(3));
    }
}
