import java.util.*;

public class UtilStringJoiner {
    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ");
        System.out.println("[" + j + "] " + j.length());
        j.add("a").add("b").add(null);
        System.out.println(j + " " + j.length());
        StringJoiner p = new StringJoiner("-", "{", "}");
        System.out.println(p + " " + p.length());
        p.setEmptyValue("EMPTY");
        System.out.println(p + " " + p.length());
        p.add("x");
        System.out.println(p + " " + p.length());
        p.add("");
        p.add("y");
        System.out.println(p);
        StringJoiner q = new StringJoiner("/", "<", ">");
        q.add("1").add("2");
        p.merge(q);
        System.out.println(p + " " + p.length());
        StringJoiner e = new StringJoiner(",");
        p.merge(e);
        e.merge(q);
        System.out.println(p + " " + e);
        StringJoiner self = new StringJoiner("+", "(", ")");
        self.add("s");
        self.merge(self);
        System.out.println(self);
        StringJoiner emptyWithValue = new StringJoiner(",", "[", "]").setEmptyValue("nothing");
        emptyWithValue.add("");
        System.out.println(emptyWithValue);
        try { new StringJoiner(null); } catch (NullPointerException ex) { System.out.println(ex.getMessage()); }
        try { new StringJoiner(",", null, "]"); } catch (NullPointerException ex) { System.out.println(ex.getMessage()); }
        try { j.setEmptyValue(null); } catch (NullPointerException ex) { System.out.println(ex.getMessage()); }
    }
}
