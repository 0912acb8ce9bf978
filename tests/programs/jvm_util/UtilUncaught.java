import java.util.*;

public class UtilUncaught {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        m.put("a", 1);
        System.out.println(m);
        Iterator<String> it = new ArrayList<String>().iterator();
        System.out.println(it.hasNext());
        Optional<String> none = Optional.empty();
        System.out.println(none.get());
    }
}
