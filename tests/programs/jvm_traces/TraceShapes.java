import java.util.function.Supplier;

public class TraceShapes {
    interface Shape {
        double area();
        default double checked() {
            if (area() < 0) throw new IllegalArgumentException("negative area");
            return area();
        }
    }

    static class Broken implements Shape {
        public double area() { return -1; }
    }

    static class Config {
        static final int VALUE = compute();
        static int compute() {
            throw new IllegalStateException("no config");
        }
    }

    class Inner {
        final RuntimeException made;
        Inner(String why) {
            made = new UnsupportedOperationException(
                "inner " +
                why);
        }
    }

    static class Resource implements AutoCloseable {
        final String name;
        Resource(String name) { this.name = name; }
        public void close() { throw new IllegalStateException("close " + name); }
    }

    static class Loud extends Exception {
        Loud(String m, Throwable c) { super(m, c); }
        @Override public String toString() { return "Loud<" + getMessage() + ">"; }
    }

    static class HiddenCause extends RuntimeException {
        HiddenCause(Throwable c) { super(c); }
        @Override public synchronized Throwable getCause() { return null; }
    }

    static void report(Throwable t) {
        t.printStackTrace();
        System.err.println("--");
    }

    static void lambdas() {
        Runnable r = () -> { throw new ArithmeticException("in lambda"); };
        try { r.run(); } catch (ArithmeticException e) { report(e); }
        Supplier<String> s = new Supplier<String>() {
            public String get() { return String.valueOf(((Object) null).hashCode()); }
        };
        try { s.get(); } catch (NullPointerException e) { report(e); }
    }

    static void resources() {
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) {
            throw new RuntimeException("body");
        } catch (RuntimeException e) {
            report(e);
        }
    }

    static void rethrow() throws Exception {
        Exception saved = null;
        try {
            Integer.parseInt("12");
            saved = new Exception("saved");
        } finally {
            if (saved != null) {
                try { throw saved; } catch (Exception e) { report(e); }
            }
        }
    }

    static void circular() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        report(a);
    }

    static int recurse(int n) {
        if (n == 0) {
            int[] arr = new int[2];
            return arr[n + 5];
        }
        return recurse(n - 1) * 2;
    }

    public static void main(String[] args) {
        try { new Broken().checked(); } catch (IllegalArgumentException e) { report(e); }
        try { System.out.println(Config.VALUE); } catch (ExceptionInInitializerError e) { report(e); }
        try { System.out.println(Config.VALUE); } catch (NoClassDefFoundError e) { report(e); }
        report(new TraceShapes().new Inner("why").made);
        lambdas();
        resources();
        try { rethrow(); } catch (Exception e) { report(e); }
        circular();
        try { recurse(3); } catch (ArrayIndexOutOfBoundsException e) {
            report(new Loud("outer", new RuntimeException("middle", e)));
        }
        report(new HiddenCause(new Error("hidden")));
        Throwable t = new Throwable();
        StackTraceElement top = t.getStackTrace()[0];
        System.out.println(top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber() + " " + top.getFileName() + " " + top.getModuleName() + " " + top.getClassLoaderName());
        recurse(2);
    }
}
