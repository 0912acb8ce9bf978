import java.util.ArrayList;
public class LangFormatMisc {
    public static void main(String[] args) {
        System.out.println(String.format("%s|%10s|%-10s|%.2s|%S|%10.3s|", "hello", "hi", "left", "truncate", "upper", "abcdef"));
        System.out.println(String.format("%s %s %s %s", null, 42, 'c', 1.5));
        System.out.println(String.format("%c%c%c|%5c|%-3c|%C", 'a', 66, (int) 'c', 'x', 'y', 'z'));
        System.out.println(String.format("%b %b %b %b %B %5b", true, false, null, "str", true, false));
        System.out.println(String.format("%h %h %H", "hi", 42, "hi"));
        System.out.println(String.format("100%% done%nnext line"));
        System.out.println(String.format("%2$s %1$s %2$s", "world", "hello"));
        System.out.println(String.format("%s %<s %s %<S", "a", "b"));
        System.out.println(String.format("%1$d %1$x %1$o", 255));
        System.out.println(String.format("no args") + String.format("") + "|" + String.format("%%"));
        System.out.println(String.format("%-5%|%5%|"));
        System.out.println(String.format("[%8s][%-8s]", new StringBuilder("sb"), Integer.valueOf(7)));
        ArrayList<Integer> list = new ArrayList<>();
        list.add(1); list.add(2);
        System.out.println(String.format("list=%s", list));
        System.out.println(String.format("%s=%d (%.1f%%)", "score", 42, 87.5));
        System.out.println(String.format("%3$s %1$s", "a", "b", "c"));
        System.out.println(String.format("unicode: %s %c %S", "ñandú", 'é', "straße"));
        System.out.println(String.format("%c", 0x1F600).length());
        System.out.println(String.format("%s", "extra args ignored", 1, 2));
        Object[] arr = {"x", 1};
        System.out.println(String.format("%s-%s", arr));
    }
}
