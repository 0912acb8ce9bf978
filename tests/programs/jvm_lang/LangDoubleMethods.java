public class LangDoubleMethods {
    public static void main(String[] args) {
        double nan = Double.NaN;
        System.out.println(Double.isNaN(nan) + " " + Double.isNaN(1.0) + " " + Double.isInfinite(1 / 0.0) + " " + Double.isFinite(1e308) + " " + Double.isFinite(nan));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(-0.0, 0.0) + " " + Double.compare(nan, 1.0) + " " + Double.compare(nan, nan) + " " + Double.compare(1.0, 2.0));
        System.out.println((0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0) + " " + Double.valueOf(nan).equals(nan) + " " + (nan == nan));
        System.out.println(Double.doubleToLongBits(1.0) + " " + Double.doubleToLongBits(-0.0) + " " + Double.doubleToLongBits(nan) + " " + Double.doubleToRawLongBits(2.5) + " " + Double.longBitsToDouble(0x4009_21FB_5444_2D18L));
        System.out.println(Double.hashCode(1.0) + " " + Double.valueOf(3.5).hashCode() + " " + Double.hashCode(-0.0) + " " + Double.hashCode(nan) + " " + Double.valueOf(1e100).hashCode());
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.MIN_NORMAL + " " + Double.MAX_EXPONENT + " " + Double.MIN_EXPONENT + " " + Double.SIZE + " " + Double.BYTES);
        System.out.println(Double.toHexString(1.0) + " " + Double.toHexString(-2.5) + " " + Double.toHexString(0.1) + " " + Double.toHexString(Double.MIN_VALUE) + " " + Double.toHexString(0.0) + " " + Double.toHexString(Double.MAX_VALUE));
        System.out.println(Double.sum(0.1, 0.2) + " " + Double.max(-0.0, 0.0) + " " + Double.min(-0.0, 0.0) + " " + Double.max(nan, 1) + " " + Double.min(1, 2));
        Double boxed = 2.75;
        System.out.println(boxed.intValue() + " " + boxed.longValue() + " " + boxed.floatValue() + " " + boxed.byteValue() + " " + boxed.isNaN() + " " + boxed.compareTo(3.0) + " " + boxed.toString());
        System.out.println(Double.valueOf("1.25") + " " + new Double(7.5) + " " + (Double.valueOf(1.0) == Double.valueOf(1.0)));
        System.out.println(Float.floatToIntBits(1.0f) + " " + Float.floatToIntBits(-0.0f) + " " + Float.floatToIntBits(Float.NaN) + " " + Float.intBitsToFloat(0x40490fdb) + " " + Float.floatToRawIntBits(2.5f));
        System.out.println(Float.compare(0.0f, -0.0f) + " " + Float.valueOf(1.5f).hashCode() + " " + Float.hashCode(-1f) + " " + Float.isNaN(0f / 0f) + " " + Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MIN_NORMAL);
        System.out.println(Float.toHexString(1.0f) + " " + Float.toHexString(Float.MIN_VALUE) + " " + Float.toHexString(0.1f) + " " + Float.sum(0.1f, 0.2f) + " " + Float.max(1f, 2f));
        Float fb = 1.5f;
        System.out.println(fb.doubleValue() + " " + fb.intValue() + " " + fb.equals(1.5f) + " " + fb.equals(1.5) + " " + fb.compareTo(2f));
        System.out.println((int) Double.NaN + " " + (long) 1e30 + " " + (int) -1e30 + " " + (float) 1e40 + " " + (double) 3.3f);
        Object[] objs = {1, 2L, 3.0, 4.0f, (short) 5, (byte) 6, 'c', true};
        for (Object o : objs) System.out.print(o + " ");
        System.out.println();
        Number[] nums = {1, 2L, 3.5, 4.5f, (short) 5, (byte) 6};
        double total = 0;
        for (Number n : nums) total += n.doubleValue();
        System.out.println(total);
    }
}
