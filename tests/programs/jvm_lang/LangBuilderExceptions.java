public class LangBuilderExceptions {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("abc");
        try { sb.charAt(5); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.deleteCharAt(3); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.delete(2, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.delete(-1, 2); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.insert(7, "x"); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.insert(-1, 'c'); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.setCharAt(3, 'x'); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.setLength(-1); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.substring(2, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.substring(4); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.replace(4, 5, "x"); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.append("abcdef", 2, 1); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.append(new char[] {'a'}, 0, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.insert(1, new char[] {'a'}, 0, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.insert(1, "abc", 2, 9); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { sb.codePointAt(3); } catch (IndexOutOfBoundsException e) { System.out.println(e); }
        try { new StringBuilder(-1); } catch (NegativeArraySizeException e) { System.out.println(e); }
        try { sb.appendCodePoint(-5); } catch (IllegalArgumentException e) { System.out.println(e); }
        System.out.println(sb);
    }
}
