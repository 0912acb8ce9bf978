public class LangPrintf {
    public static void main(String[] args) {
        System.out.printf("%s has %d items costing $%.2f%n", "cart", 3, 19.989);
        System.out.printf("%-10s|%8s|%n", "Name", "Value");
        for (int i = 1; i <= 5; i++) {
            System.out.printf("%-10s|%8.3f|%n", "row" + i, Math.sqrt(i));
        }
        System.out.format("format %d%n", 7).printf("chained %s%n", "yes");
        System.out.printf("no newline");
        System.out.println();
        System.err.printf("to stderr %d%n", 1);
        System.out.print(new char[] {'c', 'h', 'a', 'r', 's'});
        System.out.println(new char[] {'!', '!'});
        try {
            System.out.printf("partial %s then %d %d%n", "text", 1);
        } catch (RuntimeException e) {
            System.out.println();
            System.out.println("caught " + e);
        }
        System.out.printf("%5.1f%%%n", 99.44);
    }
}
