import java.util.ArrayList;
import java.util.List;
public class LangJoin {
    public static void main(String[] args) {
        System.out.println(String.join(", ", "a", "b", "c"));
        System.out.println(String.join("-", new String[0]) + "|" + String.join("-", "solo"));
        System.out.println(String.join("/", "x", null, "z"));
        List<String> list = new ArrayList<>();
        list.add("one"); list.add("two"); list.add("three");
        System.out.println(String.join(" + ", list));
        System.out.println(String.join("", new ArrayList<String>()) + "|");
        StringBuilder sb = new StringBuilder("sb");
        System.out.println(String.join(sb, "p", "q"));
        List<StringBuilder> builders = new ArrayList<>();
        builders.add(new StringBuilder("b1")); builders.add(new StringBuilder("b2"));
        System.out.println(String.join(",", builders));
    }
}
