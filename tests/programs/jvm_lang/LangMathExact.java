public class LangMathExact {
    public static void main(String[] args) {
        System.out.println(Math.addExact(1, 2) + " " + Math.subtractExact(5, 7) + " " + Math.multiplyExact(1000, 1000) + " " + Math.negateExact(5) + " " + Math.toIntExact(123L) + " " + Math.incrementExact(9) + " " + Math.decrementExact(0));
        System.out.println(Math.addExact(1L << 40, 1L) + " " + Math.multiplyExact(1L << 30, 1L << 30) + " " + Math.negateExact(-5L) + " " + Math.multiplyExact(3L, 4));
        int[][] intCases = {{Integer.MAX_VALUE, 1}, {Integer.MIN_VALUE, -1}, {65536, 65536}};
        for (int[] c : intCases) {
            try { System.out.println(Math.addExact(c[0], c[1])); } catch (ArithmeticException e) { System.out.println("add " + e.getMessage()); }
            try { System.out.println(Math.subtractExact(c[0], c[1])); } catch (ArithmeticException e) { System.out.println("sub " + e.getMessage()); }
            try { System.out.println(Math.multiplyExact(c[0], c[1])); } catch (ArithmeticException e) { System.out.println("mul " + e.getMessage()); }
        }
        try { Math.negateExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println(e); }
        try { Math.toIntExact(1L << 40); } catch (ArithmeticException e) { System.out.println(e); }
        try { Math.incrementExact(Integer.MAX_VALUE); } catch (ArithmeticException e) { System.out.println(e); }
        try { Math.addExact(Long.MAX_VALUE, 1L); } catch (ArithmeticException e) { System.out.println(e); }
        try { Math.multiplyExact(1L << 40, 1L << 40); } catch (ArithmeticException e) { System.out.println(e); }
        try { Math.subtractExact(Long.MIN_VALUE, 1L); } catch (ArithmeticException e) { System.out.println(e); }
        try { Math.negateExact(Long.MIN_VALUE); } catch (ArithmeticException e) { System.out.println(e); }
        int[] xs = {7, -7, 0, Integer.MIN_VALUE};
        int[] ys = {2, -2, 3, -1};
        for (int x : xs) for (int y : ys) System.out.print(Math.floorDiv(x, y) + "," + Math.floorMod(x, y) + " ");
        System.out.println();
        System.out.println(Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L) + " " + Math.floorDiv(-7L, 2) + " " + Math.floorMod(-7L, 3) + " " + Math.floorMod(Long.MIN_VALUE, -1L));
        try { Math.floorDiv(1, 0); } catch (ArithmeticException e) { System.out.println(e); }
        try { Math.floorMod(1L, 0L); } catch (ArithmeticException e) { System.out.println(e); }
        System.out.println(Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE) + " " + Math.multiplyHigh(-1L, 1L) + " " + Math.multiplyHigh(1L << 62, 4L) + " " + Math.multiplyHigh(-5L, 1L << 62) + " " + Math.multiplyFull(Integer.MAX_VALUE, Integer.MAX_VALUE));
        System.out.println(Math.absExact(-5) + " " + Math.absExact(-5L));
        try { Math.absExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println(e); }
        System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + Math.fma(0.1, 10.0, -1.0));
    }
}
