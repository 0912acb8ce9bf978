public class Exceptions {
    static class MyException extends RuntimeException {
        int code;
        MyException(String m, int code) { super(m); this.code = code; }
    }
    static int depth(int n) {
        if (n == 0) throw new MyException("bottom", 7);
        return depth(n - 1) + 1;
    }
    public static void main(String[] args) {
        try { depth(5); } catch (MyException e) { System.out.println("caught " + e.getMessage() + " " + e.code); }
        try { int[] a = new int[2]; a[3] = 1; }
        catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Object o = null; o.toString(); }
        catch (NullPointerException e) { System.out.println("npe"); }
        try { System.out.println(1 / (args.length)); }
        catch (ArithmeticException e) { System.out.println(e); }
        try { throw new IllegalStateException("state"); }
        catch (RuntimeException e) { System.out.println(e); }
        finally { System.out.println("finally"); }
        try { try { throw new Error("inner"); } finally { System.out.println("inner finally"); } }
        catch (Throwable t) { System.out.println("outer " + t.getMessage()); }
        try { Object o = "s"; Integer i = (Integer) o; }
        catch (ClassCastException e) { System.out.println("cce"); }
        int[] neg;
        try { neg = new int[-1]; } catch (NegativeArraySizeException e) { System.out.println(e); }
    }
}
