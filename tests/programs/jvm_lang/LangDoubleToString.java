public class LangDoubleToString {
    public static void main(String[] args) {
        double[] values = {0.1, 1.0 / 3, 2.0 / 3, 1e7, 1e7 - 1, 9999999.999, 1.0E-5, 0.001, 0.0001, 123456789.0, 1e21, 1e22, 1e23,
            -0.0, 0.0, 1.0, -1.0, 100.0, 1234.5678, 3.141592653589793, 2.718281828459045, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2, 1.1 * 1.1, 100.0 / 3,
            2e-3, 5e-324, 4.35, 0.3, 2.82879384806159E17, 1.0E-322, 9007199254740993.0, 4.9e-324 * 3, 1e-7, 1.5e300, 1.7976931348623157E308 / 3,
            123e-20, 0.5, 0.25, 0.125, 1.0 / 1024, 65536.0 * 65536.0, 1e15, 1e16, 1e17, 12345678.9, 0.00123, 1.0E-4 * 3, 299792458.0,
            6.02214076e23, 6.62607015e-34, 1.602176634e-19, 9.81, 37.5, -273.15, 1.0 / 7, 22.0 / 7, Math.PI * 1e10, Math.E / 1e10};
        for (double v : values) {
            System.out.println(v + " " + Double.toString(v) + " " + String.valueOf(-v));
        }
        double acc = 0;
        for (int i = 0; i < 20; i++) {
            acc += 0.1;
            System.out.print(acc + " ");
        }
        System.out.println();
        double p = 1;
        for (int i = 0; i < 30; i++) {
            p *= 7.3;
            System.out.print(p + " ");
        }
        System.out.println();
        double q = 1;
        for (int i = 0; i < 30; i++) {
            q /= 3.7;
            System.out.print(q + " ");
        }
        System.out.println();
        for (long bits = 0x3ff0000000000000L; bits < 0x3ff0000000000000L + 20; bits++) System.out.print(Double.longBitsToDouble(bits) + " ");
        System.out.println();
        for (int e = -330; e <= 310; e += 7) System.out.print(Math.pow(10, e) * 1.2345 + " ");
        System.out.println();
    }
}
