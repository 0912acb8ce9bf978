import java.util.*;
import java.util.function.*;

public class UtilObjects {
    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a")
                           + " " + Objects.deepEquals(new int[] {1, 2}, new int[] {1, 2}) + " " + Objects.deepEquals(new int[] {1}, new long[] {1}));
        System.out.println(Objects.hashCode(null) + " " + Objects.hashCode("abc") + " " + Objects.hash(1, "a", null) + " " + Objects.hash());
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(42, "dflt"));
        System.out.println(Objects.isNull(null) + " " + Objects.nonNull(null) + " " + Objects.requireNonNullElse(null, "else")
                           + " " + Objects.requireNonNullElseGet(null, new Supplier<String>() { public String get() { return "got"; } }));
        try { Objects.requireNonNull(null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        try { Objects.requireNonNull(null, "must not be null"); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        try {
            Objects.requireNonNull(null, new Supplier<String>() { public String get() { return "supplied message"; } });
        } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        try { Objects.requireNonNullElse(null, null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        System.out.println(Objects.checkIndex(2, 3) + " " + Objects.checkFromToIndex(1, 3, 3) + " " + Objects.checkFromIndexSize(1, 2, 3));
        try { Objects.checkIndex(3, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Objects.checkIndex(-1, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Objects.checkFromToIndex(2, 1, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Objects.checkFromIndexSize(2, 5, 3); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        Comparator<String> byLen = new Comparator<String>() { public int compare(String a, String b) { return a.length() - b.length(); } };
        System.out.println(Objects.compare("aa", "b", byLen) + " " + Objects.compare("x", "x", byLen));
    }
}
