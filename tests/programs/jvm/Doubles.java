public class Doubles {
    public static void main(String[] args) {
        double x = 1.5, y = 0.25;
        System.out.println(x + y);
        System.out.println(x * 4);
        System.out.println((int) (x * 10.7));
        System.out.println((int) 1e20 + " " + (long) -1e30 + " " + (int) Double.NaN);
        System.out.println(10.0 / 4);
        System.out.println(1.0 / 0 > 1e308);
        double acc = 0; for (int i = 1; i <= 10; i++) acc += i * 0.5;
        System.out.println(acc);
        System.out.println(x < y ? "lt" : "ge");
        float f = 2.5f; System.out.println(f * 2);
    }
}
