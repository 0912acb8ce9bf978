public class LangUncaught {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("abc");
        System.out.println(sb.reverse());
        System.out.println("x".repeat(3));
        String s = String.format("%08.3f", -3.14159);
        System.out.println(s);
        System.out.println("abc".substring(2, 1));
    }
}
