public class ThrowableMessages {
    static class Custom extends RuntimeException {
        Custom() { super("base"); }
        @Override public String getMessage() { return "custom:" + super.getMessage(); }
    }
    static class Localized extends Exception {
        Localized(String m) { super(m); }
        @Override public String getLocalizedMessage() { return "loc(" + getMessage() + ")"; }
    }
    public static void main(String[] args) {
        System.out.println(new Custom());
        System.out.println(new Localized("m"));
        System.out.println(new Exception(new Custom()).getMessage());
        new Exception("outer", new Localized("in")).printStackTrace();
        throw new Custom();
    }
}
