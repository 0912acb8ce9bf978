public class Casts {
    static class A {} static class B extends A {} interface I {} static class C implements I {}
    static void t(Runnable r) { try { r.run(); } catch (ClassCastException e) { System.out.println(e.getMessage()); } }
    public static void main(String[] args) {
        Object s = "str"; Object a = new A(); Object arr = new String[2]; Object ia = new int[1]; Object bs = new B[1];
        System.out.println((arr instanceof Object[]) + " " + (arr instanceof String[]) + " " + (ia instanceof Object) + " " + (bs instanceof A[]) + " " + (arr instanceof Cloneable) + " " + (ia instanceof Object[]));
        t(() -> { Integer i = (Integer) s; });
        t(() -> { B b = (B) a; });
        t(() -> { String x = (String) a; });
        t(() -> { I i = (I) a; });
        t(() -> { int[] x = (int[]) arr; });
        t(() -> { A[] x = (A[]) arr; });
        Object[] objs = new String[1];
        try { objs[0] = 1; } catch (ArrayStoreException e) { System.out.println(e.getMessage()); }
        A[] as = (A[]) bs; System.out.println(as.length);
    }
}
