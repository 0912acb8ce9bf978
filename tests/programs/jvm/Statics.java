public class Statics {
    static int counter = 10;
    static final String NAME = "statics";
    static int[] table = new int[5];
    static {
        for (int i = 0; i < table.length; i++) table[i] = i * i;
        System.out.println("init Statics");
    }
    static class Lazy {
        static { System.out.println("init Lazy"); }
        static int value = 99;
    }
    public static void main(String[] args) {
        System.out.println("main starts");
        counter += 5;
        System.out.println(counter + " " + NAME + " " + table[4]);
        System.out.println(Lazy.value);
        System.out.println(Lazy.value + 1);
    }
}
