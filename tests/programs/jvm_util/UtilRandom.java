import java.util.*;

public class UtilRandom {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) sb.append(r.nextInt()).append(' ');
        System.out.println(sb);
        sb = new StringBuilder();
        for (int i = 0; i < 12; i++) sb.append(r.nextInt(10)).append(' ');
        for (int i = 0; i < 6; i++) sb.append(r.nextInt(64)).append(' ');
        for (int i = 0; i < 6; i++) sb.append(r.nextInt(1000000007)).append(' ');
        for (int i = 0; i < 4; i++) sb.append(r.nextInt(1 << 30)).append(' ');
        System.out.println(sb);
        sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextLong()).append(' ');
        for (int i = 0; i < 8; i++) sb.append(r.nextBoolean() ? 'T' : 'F');
        System.out.println(sb);
        sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextDouble()).append(' ');
        for (int i = 0; i < 3; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println(sb);
        Random a = new Random(12345L), b = new Random(12345L);
        boolean same = true;
        for (int i = 0; i < 100; i++) if (a.nextInt(100) != b.nextInt(100)) same = false;
        System.out.println(same);
        a.setSeed(-7L);
        sb = new StringBuilder();
        for (int i = 0; i < 6; i++) sb.append(a.nextInt(5, 15)).append(' ');
        for (int i = 0; i < 4; i++) sb.append(a.nextInt(-1000000, 2000000000)).append(' ');
        for (int i = 0; i < 4; i++) sb.append(a.nextLong(1000L)).append(' ');
        for (int i = 0; i < 3; i++) sb.append(a.nextLong(-50L, 50L)).append(' ');
        for (int i = 0; i < 2; i++) sb.append(a.nextLong(1L << 40)).append(' ');
        System.out.println(sb);
        byte[] bytes = new byte[10];
        new Random(99).nextBytes(bytes);
        System.out.println(Arrays.toString(bytes));
        Random z = new Random(0);
        int[] hist = new int[6];
        for (int i = 0; i < 600; i++) hist[z.nextInt(6)]++;
        System.out.println(Arrays.toString(hist));
        Random neg = new Random(Long.MIN_VALUE);
        System.out.println(neg.nextInt() + " " + neg.nextInt(7) + " " + new Random(Long.MAX_VALUE).nextLong());
        try { r.nextInt(0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { r.nextInt(5, 5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { r.nextLong(-3L); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Random unseeded = new Random();
        int v = unseeded.nextInt(10);
        System.out.println(v >= 0 && v < 10);
    }
}
