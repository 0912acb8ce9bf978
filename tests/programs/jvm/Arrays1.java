public class Arrays1 {
    public static void main(String[] args) {
        int[] a = new int[10];
        for (int i = 0; i < a.length; i++) a[i] = i * 3 % 7;
        int s = 0; for (int v : a) s += v;
        System.out.println(s);
        long[] l = { 1L, 2L, 3L };
        System.out.println(l[0] + l[1] + l[2]);
        String[] names = { "a", "bb", "ccc" };
        String all = "";
        for (String n : names) all += n.length();
        System.out.println(all);
        int[][] grid = new int[3][4];
        grid[2][3] = 5;
        System.out.println(grid.length + " " + grid[0].length + " " + grid[2][3]);
        char[] cs = new char[3]; cs[0] = 'x'; cs[1] = (char) 66000;
        System.out.println((int) cs[0] + " " + (int) cs[1] + " " + (int) cs[2]);
        boolean[] bs = new boolean[2]; bs[1] = true;
        System.out.println(bs[0] + " " + bs[1]);
        byte[] by = new byte[1]; by[0] = (byte) 255;
        System.out.println(by[0]);
    }
}
