import java.util.*;
public class NullMessages {
    String name; NullMessages next; int[] data; static String sfield; static NullMessages shead;
    String getName() { return name; }
    static NullMessages make() { return null; }
    static void t(Runnable r) { try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } }
    public static void main(String[] args) {
        NullMessages n = new NullMessages();
        String s = null; NullMessages m = null; int[] arr = null; Object[] oa = new Object[2]; List<String> list = null;
        t(() -> System.out.println(s.length()));
        try { s.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.name.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { m.name = "x"; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(m.name); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(arr.length); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { arr[0] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(arr[1]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { oa[1].toString(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { sfield.hashCode(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { make().getName(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.next.next.name = "a"; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { list.size(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Integer boxed = null; int v = boxed; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { throw null; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { synchronized (m) { } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.data[0]++; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { shead.next = null; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Object o = null; o.hashCode(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { new NullMessages().instance(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
    void instance() { name.length(); }
}
