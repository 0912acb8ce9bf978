import java.util.*;

public class UtilArraysNested {
    public static void main(String[] args) {
        String[][] names = {{"a", "b"}, {"c"}, {}};
        System.out.println(Arrays.deepToString(names));
        Object[] mixed = {new String[] {"x", null}, new Integer[] {1, 2}, new int[][] {{1}, {2, 3}}};
        System.out.println(Arrays.deepToString(mixed));
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] copy = grid.clone();
        System.out.println(Arrays.deepEquals(grid, copy) + " " + Arrays.deepHashCode(grid) + " " + Arrays.equals(grid, copy));
        Object o = names;
        System.out.println((o instanceof Object[]) + " " + (o instanceof String[][]) + " " + (o instanceof Object[][]));
        Object[] asObjects = names;
        System.out.println(asObjects.length + " " + Arrays.asList(names).size() + " " + Arrays.asList(new String[] {"p", "q"}));
        List<String> l = new ArrayList<>(Arrays.asList("k", "l"));
        String[] back = l.toArray(new String[0]);
        String[] exact = l.toArray(new String[2]);
        System.out.println(back.length + " " + back[1] + " " + exact[0] + " " + Arrays.toString(Arrays.copyOf(back, 3)));
    }
}
