import java.util.*;

public class UtilRandomGaussian {
    public static void main(String[] args) {
        Random r = new Random(2023);
        for (int i = 0; i < 6; i++) System.out.println(r.nextGaussian());
        System.out.println(r.nextDouble(5.0) + " " + r.nextDouble(-2.0, 2.0) + " " + r.nextFloat(3.0f));
    }
}
