public class Branches {
    static String classify(int n) {
        if (n < 0) return "negative";
        else if (n == 0) return "zero";
        else if (n % 2 == 0) return "even";
        return "odd";
    }
    static int sw(int k) {
        switch (k) {
            case 1: return 10;
            case 2: return 20;
            case 3: case 4: return 34;
            case 100: return 1000;
            default: return -1;
        }
    }
    static int sparse(int k) {
        switch (k) { case -1000: return 1; case 7: return 2; case 123456: return 3; default: return 0; }
    }
    public static void main(String[] args) {
        for (int i = -2; i <= 3; i++) System.out.println(i + " " + classify(i));
        for (int i = 0; i <= 5; i++) System.out.print(sw(i) + " ");
        System.out.println(sw(100));
        System.out.println(sparse(-1000) + sparse(7) + sparse(123456) + sparse(5));
        int n = 0;
        outer:
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (j > i) continue outer;
                if (i * j > 20) break outer;
                n += j;
            }
        }
        System.out.println(n);
        int w = 0; do { w += 3; } while (w < 20);
        System.out.println(w);
    }
}
