public class LangMathBasic {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-5L) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-2.5) + " " + Math.abs(-0.0) + " " + Math.abs(-1.5f));
        System.out.println(Math.max(3, 7) + " " + Math.min(3, 7) + " " + Math.max(3L, -7L) + " " + Math.min(-3L, 7L) + " " + Math.max(1.5, 2.5) + " " + Math.min(1.5f, 2.5f));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(0.0, -0.0) + " " + Math.min(0.0, -0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.min(1, Double.NaN) + " " + Math.max(-0.0f, 0.0f) + " " + Math.min(-0.0f, 0.0f));
        double[] vals = {2.5, -2.5, 0.5, -0.5, 1.4999999999999998, 0.49999999999999994, -0.49999999999999994, 3.7, -3.7, 1e20, -1e20, 4503599627370497.0, Double.NaN, Double.POSITIVE_INFINITY, -0.0, 0.0, 1.5, 2.4999999999999996, -1.5};
        for (double v : vals) {
            System.out.println(v + ": floor=" + Math.floor(v) + " ceil=" + Math.ceil(v) + " rint=" + Math.rint(v) + " round=" + Math.round(v) + " roundf=" + Math.round((float) v) + " signum=" + Math.signum(v) + " ulp=" + Math.ulp(v));
        }
        System.out.println(Math.copySign(3.0, -0.0) + " " + Math.copySign(-2.0, 1.0) + " " + Math.getExponent(1024.0) + " " + Math.getExponent(0.1) + " " + Math.getExponent(1.5f));
        System.out.println(Math.nextUp(1.0) + " " + Math.nextDown(1.0) + " " + Math.nextAfter(1.0, 0.0) + " " + Math.nextUp(0.0) + " " + Math.nextDown(0.0) + " " + Math.nextUp(1.0f) + " " + Math.nextAfter(1.0f, 2.0));
        System.out.println(Math.scalb(1.5, 4) + " " + Math.scalb(1.0, -1080) + " " + Math.scalb(1.0, 2000) + " " + Math.scalb(3.0f, 3));
        System.out.println(Math.toRadians(180) + " " + Math.toDegrees(Math.PI) + " " + Math.toRadians(45) + " " + Math.toDegrees(1));
        System.out.println(Math.PI + " " + Math.E + " " + StrictMath.PI);
        System.out.println(Math.ulp(1.0f) + " " + Math.ulp(Float.MAX_VALUE) + " " + Math.ulp(Double.MAX_VALUE) + " " + Math.ulp(0.0) + " " + Math.signum(-3.0f));
        System.out.println(Math.IEEEremainder(10, 3) + " " + Math.IEEEremainder(11, 3) + " " + Math.IEEEremainder(-10, 4) + " " + Math.IEEEremainder(5, 2) + " " + Math.IEEEremainder(7, 2));
        double r = Math.random();
        System.out.println((r >= 0.0 && r < 1.0) + " " + (Math.random() != Math.random()));
    }
}
