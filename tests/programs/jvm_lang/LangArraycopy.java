public class LangArraycopy {
    static String show(int[] a) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); sb.append(a[i]); }
        return sb.append(']').toString();
    }
    static void tryCopy(Object src, int sp, Object dst, int dp, int n) {
        try {
            System.arraycopy(src, sp, dst, dp, n);
            System.out.println("ok");
        } catch (RuntimeException e) {
            System.out.println(e);
        }
    }
    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5};
        int[] b = new int[7];
        System.arraycopy(a, 0, b, 1, 5);
        System.out.println(show(b));
        System.arraycopy(a, 0, a, 1, 4);
        System.out.println(show(a));
        int[] c = {1, 2, 3, 4, 5};
        System.arraycopy(c, 1, c, 0, 4);
        System.out.println(show(c));
        long[] la = {1L, 2L, 3L};
        long[] lb = new long[3];
        System.arraycopy(la, 1, lb, 0, 2);
        System.out.println(lb[0] + " " + lb[1] + " " + lb[2]);
        double[] da = {1.5, 2.5};
        double[] db = new double[2];
        System.arraycopy(da, 0, db, 0, 2);
        System.out.println(db[0] + db[1]);
        char[] ca = "hello".toCharArray();
        char[] cb = new char[5];
        System.arraycopy(ca, 0, cb, 0, 5);
        System.out.println(new String(cb));
        String[] sa = {"x", "y", "z"};
        Object[] ob = new Object[3];
        System.arraycopy(sa, 0, ob, 0, 3);
        System.out.println(ob[0] + "" + ob[1] + ob[2]);
        Object[] mixed = {"a", "b", 1, "c"};
        String[] dest = new String[4];
        tryCopy(mixed, 0, dest, 0, 4);
        System.out.println(dest[0] + " " + dest[1] + " " + dest[2] + " " + dest[3]);
        tryCopy(new int[5], 0, new int[5], 3, 4);
        tryCopy(new int[5], 3, new int[5], 0, 4);
        tryCopy(new int[5], -1, new int[5], 0, 4);
        tryCopy(new int[5], 0, new int[5], -1, 4);
        tryCopy(new int[5], 0, new int[5], 0, -4);
        tryCopy(new int[5], 0, new long[5], 0, 4);
        tryCopy(new int[5], 0, null, 0, 4);
        tryCopy(null, 0, new int[5], 0, 4);
        tryCopy(new int[5], 0, "x", 0, 4);
        tryCopy("x", 0, new int[5], 0, 4);
        tryCopy(new String[5], 0, new String[5], 3, 4);
        tryCopy(new String[5], -1, new String[5], 3, 4);
        tryCopy(new String[5], 0, new int[5], 3, 4);
        tryCopy(new int[5], 0, new String[5], 3, 4);
        tryCopy(new boolean[5], 0, new char[5], 3, 1);
        tryCopy(new double[5], 0, new float[5], 0, 2);
        tryCopy(new String[5], 0, new Integer[5], 0, 2);
        tryCopy(new Object[][] {{"a"}, {1}}, 0, new String[5][], 0, 2);
        tryCopy(new int[5], 5, new int[5], 0, 0);
        tryCopy(new int[5], 6, new int[5], 0, 0);
        tryCopy(new byte[3], 0, new byte[3], 0, 3);
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] copy = new int[2][];
        System.arraycopy(grid, 0, copy, 0, 2);
        System.out.println((copy[0] == grid[0]) + " " + copy[1][1]);
        System.arraycopy(a, 0, null, 0, 1);
    }
}
