public class LangFloatToString {
    public static void main(String[] args) {
        float[] values = {0.1f, 1.0f / 3, 2.0f / 3, 1e7f, 1e-5f, 0.001f, 123456789f, 1e10f, 1e38f, -0.0f, 0.0f, 1.0f, 100f, 3.14159265f,
            Float.MIN_VALUE, Float.MAX_VALUE, Float.MIN_NORMAL, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            0.1f + 0.2f, 1.1f * 1.1f, 16777216f, 16777217f, 1.0E-45f, 3.4028235e38f, 2.5f, 1e-10f, 9.999999f, 0.3f, 33.333f, 1.17549435E-38f};
        for (float v : values) {
            System.out.println(v + " " + Float.toString(v) + " " + String.valueOf(-v) + " " + (double) v);
        }
        float acc = 0;
        for (int i = 0; i < 20; i++) {
            acc += 0.1f;
            System.out.print(acc + " ");
        }
        System.out.println();
        float p = 1;
        for (int i = 0; i < 40; i++) {
            p *= 3.3f;
            System.out.print(p + " ");
        }
        System.out.println();
        for (int bits = 0x3f800000; bits < 0x3f800000 + 20; bits++) System.out.print(Float.intBitsToFloat(bits) + " ");
        System.out.println();
        for (int bits = 1; bits < 1000000; bits += 77777) System.out.print(Float.intBitsToFloat(bits) + " ");
        System.out.println();
    }
}
