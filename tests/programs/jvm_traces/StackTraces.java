public class StackTraces {
    static class MyException extends Exception {
        MyException(String m) { super(m); }
        MyException(String m, Throwable cause) { super(m, cause); }
    }

    static class Quiet extends RuntimeException {
        Quiet(String m) { super(m); }
        @Override public synchronized Throwable fillInStackTrace() { return this; }
    }

    static class Holder {
        final Exception made;
        Holder() { made = new IllegalStateException("in ctor"); }
    }

    static int depth(int n) throws MyException {
        if (n == 0) throw new MyException("bottom");
        return depth(n - 1) + 1;
    }

    static void wrap() {
        try {
            depth(2);
        } catch (MyException e) {
            throw new RuntimeException("wrapped", e);
        }
    }

    static Exception make() {
        return new Exception("made here");
    }

    static void level2() {
        try {
            wrap();
        } catch (RuntimeException e) {
            e.printStackTrace();
            StackTraceElement[] st = e.getStackTrace();
            System.out.println("frames " + st.length);
            for (StackTraceElement el : st) {
                System.out.println(el.getClassName() + " " + el.getMethodName() + " " + el.getFileName() + " " + el.getLineNumber() + " " + el.isNativeMethod() + " | " + el);
            }
            StackTraceElement[] cst = e.getCause().getStackTrace();
            System.out.println("cause frames " + cst.length + " " + cst[0]);
        }
    }

    static void divide(int a, int b) {
        try {
            System.out.println(a / b);
        } catch (ArithmeticException e) {
            e.printStackTrace();
        }
    }

    static void level1() { level2(); }

    public static void main(String[] args) {
        level1();
        Exception m = make();
        m.printStackTrace();
        divide(1, 0);
        new Quiet("quiet").printStackTrace();
        System.out.println(new Quiet("q").getStackTrace().length);
        new Holder().made.printStackTrace();
        Exception s = new Exception("with suppressed");
        s.addSuppressed(new RuntimeException("sup"));
        s.printStackTrace();
        Exception t = new Exception("custom trace");
        t.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("a.B", "c", "B.java", 7),
            new StackTraceElement("a.B", "d", null, -1),
            new StackTraceElement("a.B", "n", "B.java", -2),
            new StackTraceElement("ldr", "mod", "1.0", "a.B", "e", "B.java", 9),
        });
        t.printStackTrace();
        StackTraceElement x = new StackTraceElement("a.B", "c", "B.java", 7);
        System.out.println(x.equals(t.getStackTrace()[0]) + " " + (x.hashCode() == t.getStackTrace()[0].hashCode()) + " " + x.hashCode());
        Exception r = new Exception("refilled");
        r.fillInStackTrace();
        r.printStackTrace();
        Exception c = new Exception("cause set");
        c.initCause(new Error("root"));
        c.printStackTrace();
        try { c.initCause(null); } catch (IllegalStateException e) { System.out.println(e); }
        try { new Exception("x", null).initCause(null); } catch (IllegalStateException e) { System.out.println(e); }
        try { Exception self = new Exception(); self.initCause(self); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { t.setStackTrace(null); } catch (NullPointerException e) { System.out.println(e); }
        try { t.setStackTrace(new StackTraceElement[] { null }); } catch (NullPointerException e) { System.out.println(e); }
        try { new StackTraceElement(null, "m", "f", 1); } catch (NullPointerException e) { System.out.println(e); }
        try { new StackTraceElement("c", null, "f", 1); } catch (NullPointerException e) { System.out.println(e); }
        System.err.println("end");
        wrap();
    }
}
