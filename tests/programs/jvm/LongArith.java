public class LongArith {
    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
    public static void main(String[] args) {
        System.out.println(fact(20));
        System.out.println(fact(21));
        long m = Long.MAX_VALUE;
        System.out.println(m + 1);
        System.out.println(Long.MIN_VALUE / -1);
        System.out.println((-7L / 2) + " " + (-7L % 2) + " " + (1L << 63) + " " + (-1L >>> 1) + " " + (1L << 65));
        long h = 1125899906842597L;
        String s = "parley";
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        System.out.println(h);
        int i = (int) 4294967297L;
        System.out.println(i);
        System.out.println(3000000000L * 3 + " " + (long) -3 * 1000000007);
        System.out.println(Long.compare(5, 3) + " " + (5L > 3L) + " " + (2L == 2L));
    }
}
