public class ExceptionsMore {
    static class Bad { static int v = compute(); static int compute() { throw new IllegalStateException("boom in clinit"); } }
    static class Res implements AutoCloseable {
        public void close() { throw new IllegalArgumentException("close failed"); }
    }
    static void level2() { throw new UnsupportedOperationException("deep"); }
    static void level1() { try { level2(); } catch (RuntimeException e) { throw new RuntimeException("wrapped", e); } }
    public static void main(String[] args) {
        try { System.out.println(Bad.v); } catch (ExceptionInInitializerError e) { System.out.println("EIIE cause: " + e.getCause()); }
        try { System.out.println(Bad.v); } catch (NoClassDefFoundError e) { System.out.println("NCDFE: " + e.getMessage()); }
        try (Res r = new Res()) { throw new IllegalStateException("body"); }
        catch (IllegalStateException e) { System.out.println(e.getMessage() + " suppressed " + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage()); }
        try { level1(); } catch (RuntimeException e) { System.out.println(e.getMessage() + " / " + e.getCause().getMessage()); e.printStackTrace(); }
        level1();
    }
}
