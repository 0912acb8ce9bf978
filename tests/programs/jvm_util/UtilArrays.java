import java.util.*;

public class UtilArrays {
    public static void main(String[] args) {
        int[] a = {5, -3, 9, 0, 12, 7, -8, 3, 3, 100, -100, 42};
        System.out.println(Arrays.toString(a));
        int[] b = Arrays.copyOf(a, 15);
        Arrays.sort(a);
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b));
        System.out.println(Arrays.binarySearch(a, 9) + " " + Arrays.binarySearch(a, 10) + " " + Arrays.binarySearch(a, -1000)
                           + " " + Arrays.binarySearch(a, 2, 6, 0));
        int[] big = new int[300];
        for (int i = 0; i < big.length; i++) big[i] = (i * 7919) % 1009 - 500;
        Arrays.sort(big);
        System.out.println(big[0] + " " + big[1] + " " + big[150] + " " + big[299] + " " + Arrays.hashCode(big));
        int[] part = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(part, 2, 7);
        System.out.println(Arrays.toString(part));
        long[] ls = {3L, -1L, 1L << 40, 0L};
        Arrays.sort(ls);
        System.out.println(Arrays.toString(ls) + " " + Arrays.hashCode(ls));
        char[] cs = {'d', 'a', 'c', 'b'};
        Arrays.sort(cs);
        System.out.println(Arrays.toString(cs) + " " + Arrays.hashCode(cs));
        byte[] bs = {3, -128, 127, 0};
        Arrays.sort(bs);
        short[] sh = {300, -2, 7};
        Arrays.sort(sh);
        boolean[] zs = {true, false, true};
        System.out.println(Arrays.toString(bs) + " " + Arrays.toString(sh) + " " + Arrays.toString(zs) + " " + Arrays.hashCode(zs));
        String[] s = {"pear", "apple", null, "fig"};
        System.out.println(Arrays.toString(s) + " " + Arrays.hashCode(new Object[] {"x", null, 3}));
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new int[0]) + " " + Arrays.toString(new Object[0]));
        Object[] nested = {1, "two", new int[] {3, 4}, new Object[] {5, new long[] {6L}}, null, new char[] {'x'}};
        System.out.println(Arrays.deepToString(nested));
        Object[] self = new Object[2];
        self[0] = "me";
        self[1] = self;
        System.out.println(Arrays.deepToString(self));
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) Arrays.fill(grid[i], i + 1);
        Arrays.fill(grid[1], 1, 3, 0);
        System.out.println(Arrays.deepToString(grid));
        System.out.println(Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " " + Arrays.equals(new int[] {1, 2}, new int[] {2, 1})
                           + " " + Arrays.equals((int[]) null, null) + " " + Arrays.equals(new Object[] {"a", null}, new Object[] {"a", null})
                           + " " + Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new int[] {1}}));
        System.out.println(Arrays.deepHashCode(new Object[] {new int[] {1, 2}, "a"}) + " " + Arrays.deepEquals(grid, grid));
        int[] r = Arrays.copyOfRange(a, 3, 8);
        int[] r2 = Arrays.copyOfRange(a, 10, 14);
        System.out.println(Arrays.toString(r) + " " + Arrays.toString(r2));
        List<String> asl = Arrays.asList("c", "a", "b");
        System.out.println(asl + " " + asl.size() + " " + asl.indexOf("b") + " " + asl.contains("z"));
        Integer[] boxed = {3, 1, 2};
        Arrays.sort(boxed, new Comparator<Integer>() {
            public int compare(Integer x, Integer y) { return Integer.compare(y, x); }
        });
        System.out.println(Arrays.toString(boxed));
        int[] sq = new int[6];
        Arrays.setAll(sq, new java.util.function.IntUnaryOperator() {
            public int applyAsInt(int i) { return i * i; }
        });
        System.out.println(Arrays.toString(sq));
        Object[] objs = new Object[3];
        Arrays.fill(objs, "z");
        System.out.println(Arrays.toString(objs));
        try { Arrays.copyOfRange(a, 5, 2); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Arrays.copyOfRange(a, -1, 2); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.copyOfRange(a, 20, 22); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.fill(a, 3, 1, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Arrays.fill(a, -1, 1, 0); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.sort(a, 0, 13); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.copyOf(a, -1); } catch (NegativeArraySizeException e) { System.out.println(e.getMessage()); }
        try { Arrays.asList((Object[]) null); } catch (NullPointerException e) { System.out.println("NPE"); }
    }
}
