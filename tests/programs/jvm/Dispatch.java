import java.io.Serializable;
import java.util.*;

public class Dispatch {
    static abstract class Base {
        protected int seen;
        Base() { seen = probe(); }
        int probe() { return 1; }
        String who() { return "Base"; }
        String chain() { return who(); }
    }
    static class Mid extends Base {
        int field = 7;
        @Override int probe() { return field; }      // runs before field is set: 0
        @Override String who() { return "Mid<" + super.who() + ">"; }
    }
    static class Leaf extends Mid {
        @Override String who() { return "Leaf<" + super.who() + ">"; }
        String viaSuper() { return super.chain(); }
    }
    private static int counter;
    private Dispatch() { counter++; }
    static class Factory { Dispatch make() { return new Dispatch(); } }
    interface Visitor<R> { R num(int n); R add(Expr a, Expr b); }
    interface Expr { <R> R accept(Visitor<R> v); }
    static Expr num(int n) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.num(n); } }; }
    static Expr add(Expr a, Expr b) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.add(a, b); } }; }

    static String kind(Object o) {
        if (o instanceof int[]) return "int[]";
        if (o instanceof Object[] arr) return "Object[" + arr.length + "]";
        if (o instanceof Comparable<?> c) return "Comparable " + c.getClass().getSimpleName();
        return "other " + o.getClass().getName();
    }

    static int sw(int k) {
        switch (k) {
            case -5: return 1;
            case 0: case 1: return 2;
            case 1000000: return 3;
            case Integer.MIN_VALUE: return 4;
            default: return 5;
        }
    }
    static int dense(int k) {
        switch (k) { case 3: return 30; case 4: return 40; case 5: return 50; case 6: return 60; case 7: return 70; default: return -1; }
    }
    static String loops() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            try {
                if (i == 1) continue;
                if (i == 4) break;
                sb.append("t").append(i);
            } finally {
                sb.append("f").append(i).append(' ');
            }
        }
        return sb.toString();
    }
    static String multi(int k) {
        try {
            if (k == 0) throw new IllegalArgumentException("iae");
            if (k == 1) throw new UnsupportedOperationException("uoe");
            if (k == 2) return String.valueOf(10 / (k - 2));
            return "ok";
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return e.getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "rt " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        Leaf l = new Leaf();
        Base b = l;
        System.out.println(l.seen + " " + l.field + " " + b.who() + " " + b.chain() + " " + l.viaSuper());
        new Factory().make(); new Factory().make();
        System.out.println(counter);
        Expr e = add(num(2), add(num(3), num(4)));
        int value = e.accept(new Visitor<Integer>() {
            public Integer num(int n) { return n; }
            public Integer add(Expr a, Expr b2) { return a.accept(this) + b2.accept(this); }
        });
        String shown = e.accept(new Visitor<String>() {
            public String num(int n) { return Integer.toString(n); }
            public String add(Expr a, Expr b2) { return "(" + a.accept(this) + "+" + b2.accept(this) + ")"; }
        });
        System.out.println(value + " " + shown);
        int[] ia = {1};
        Object[] sa = new String[3];
        System.out.println(kind(ia) + "; " + kind(sa) + "; " + kind("s") + "; " + kind(5L) + "; " + kind(new ArrayList<>()));
        System.out.println((ia instanceof Object) + " " + (((Object) ia) instanceof Cloneable) + " " + (((Object) sa) instanceof Serializable) + " " + (sa instanceof Comparable[]));
        System.out.println(sw(-5) + " " + sw(1) + " " + sw(1000000) + " " + sw(Integer.MIN_VALUE) + " " + sw(7) + " " + dense(2) + dense(3) + dense(7) + dense(8));
        System.out.println(loops());
        System.out.println(multi(0) + " " + multi(1) + " " + multi(2) + " " + multi(3));
        Integer a1 = 127, a2 = 127, b1 = 128, b2 = 128;
        Long c1 = 127L, c2 = 127L;
        System.out.println((a1 == a2) + " " + (b1 == b2) + " " + b1.equals(b2) + " " + (c1 == c2) + " " + Character.valueOf('x').equals('x'));
        char[] cs = {'h', 'i'};
        System.out.println(String.valueOf(cs) + String.valueOf(cs, 1, 1) + new String(cs, 0, 1) + cs.length);
        System.out.println(Long.compareUnsigned(-1L, 1L) + " " + Integer.divideUnsigned(-1, 3) + " " + Long.remainderUnsigned(-1L, 7L) + " " + Integer.toUnsignedLong(-2));
    }
}
