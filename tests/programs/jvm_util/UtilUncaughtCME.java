import java.util.*;

public class UtilUncaughtCME {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(Arrays.asList(1, 2, 3, 4));
        for (Integer x : l) {
            System.out.println(x);
            if (x == 2) l.add(5);
        }
    }
}
