public class InitOrder {
    static StringBuilder log = new StringBuilder();
    static int note(String s) { log.append(s).append(' '); return s.length(); }

    static class Super { static int X = note("Super"); static int sm() { return note("Super.sm"); } }
    static class Sub extends Super { static int Y = note("Sub"); }
    interface Consts { int K = 42; String S = "s"; int L = note("Consts"); }
    static class UsesConsts implements Consts { static { note("UsesConsts"); } }

    static class A { static int a = note("A") + B.b; static int fromA() { return a; } }
    static class B { static int b = note("B") + A.a; }

    static class Counter {
        static int created;
        static final Counter FIRST = new Counter();
        static int afterFirst = 5;
        final int seenCreated, seenAfter;
        Counter() { created++; seenCreated = created; seenAfter = afterFirst; }
    }

    enum Planet {
        MERCURY(1), VENUS(2) { @Override String kind() { return "hot " + super.kind(); } };
        static { note("Planet"); }
        final int order;
        Planet(int o) { order = o; note("Planet." + o); }
        String kind() { return "planet"; }
    }

    static class Holder { static { note("Holder"); } static final String C = "const"; static final Object O = note("Holder.O"); }

    public static void main(String[] args) {
        note("main");
        System.out.println(Sub.X);
        System.out.println(Sub.sm());
        System.out.println(log); log.setLength(0);
        System.out.println(Consts.K + Consts.S + UsesConsts.K);
        new UsesConsts();
        System.out.println(log); log.setLength(0);
        System.out.println(UsesConsts.L);
        System.out.println(log); log.setLength(0);
        System.out.println(A.fromA() + " " + B.b);
        System.out.println(log); log.setLength(0);
        System.out.println(Counter.FIRST.seenCreated + " " + Counter.FIRST.seenAfter + " " + Counter.created + " " + Counter.afterFirst);
        System.out.println(Holder.C);
        System.out.println(log); log.setLength(0);
        System.out.println(Holder.O);
        System.out.println(log); log.setLength(0);
        Planet[] ps = Planet.values();
        System.out.println(log); log.setLength(0);
        for (Planet p : ps) System.out.println(p + " " + p.order + " " + p.kind() + " " + p.getClass() + " " + p.getDeclaringClass() + " " + p.ordinal());
        Object[] arr = new Sub[1];
        try { arr[0] = new Super(); } catch (ArrayStoreException e) { System.out.println(e); }
        int[][] m = {{1, 2}, {3}};
        int[][] c = m.clone();
        c[1] = new int[] {9};
        c[0][0] = 7;
        System.out.println(m[0][0] + " " + m[1][0] + " " + c[1][0] + " " + (m[0] == c[0]));
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                log.append(i).append(j).append(',');
            }
        }
        System.out.println(log);
        System.out.println(f() + " " + g(1, 2, 3) + " " + g());
        long big = 1L << 63;
        System.out.println((big >>> 63) + " " + (big >> 63) + " " + (1 << 33) + " " + (-7 / 2) + " " + (-7 % 2) + " " + ((char) ('a' + 1)) + " " + (int) 3.99e10 + " " + (long) -1e30 + " " + (int) Double.NaN);
    }

    @SuppressWarnings("finally")
    static int f() { try { throw new RuntimeException(); } finally { return 3; } }
    static int g(int... xs) { int s = 0; for (int x : xs) s += x; return s * 10 + xs.length; }
}
