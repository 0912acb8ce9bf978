public class LangMathTrans {
    public static void main(String[] args) {
        double[] xs = {0.0, 0.5, 1.0, 2.0, 3.0, 10.0, 0.1, 0.25, 100.0, 1e-5, -1.0, -0.5, 1.5, 7.0, 45.0, 0.75};
        for (double x : xs) {
            System.out.println(x + ": sin=" + Math.sin(x) + " cos=" + Math.cos(x) + " tan=" + Math.tan(x) + " exp=" + Math.exp(x)
                + " log=" + Math.log(x) + " log10=" + Math.log10(x) + " sqrt=" + Math.sqrt(x) + " cbrt=" + Math.cbrt(x)
                + " atan=" + Math.atan(x) + " sinh=" + Math.sinh(x) + " cosh=" + Math.cosh(x) + " tanh=" + Math.tanh(x));
        }
        double[] ys = {0.0, 0.5, -0.5, 1.0, -1.0, 0.3, 0.9};
        for (double y : ys) System.out.println(y + ": asin=" + Math.asin(y) + " acos=" + Math.acos(y) + " log1p=" + Math.log1p(y) + " expm1=" + Math.expm1(y));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, 0.5) + " " + Math.pow(10, -2) + " " + Math.pow(-2, 3) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(1.5, 2.5));
        System.out.println(Math.pow(1, Double.NaN) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(-1, Double.POSITIVE_INFINITY) + " " + Math.pow(0.0, -1) + " " + Math.pow(-0.0, -3) + " " + Math.pow(-0.0, 3) + " " + Math.pow(10, 400) + " " + Math.pow(-10, 401));
        System.out.println(Math.atan2(1, 1) + " " + Math.atan2(-1, -1) + " " + Math.atan2(0.0, -0.0) + " " + Math.atan2(-0.0, -1) + " " + Math.atan2(1, 0));
        System.out.println(Math.hypot(3, 4) + " " + Math.hypot(1e200, 1e200) + " " + Math.hypot(1e-200, 1e-200) + " " + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY) + " " + Math.hypot(5, 12) + " " + Math.hypot(0.1, 0.2));
        System.out.println(Math.sqrt(-1) + " " + Math.log(-1) + " " + Math.log(0) + " " + Math.exp(1000) + " " + Math.exp(-1000) + " " + Math.sin(Double.POSITIVE_INFINITY) + " " + Math.asin(2) + " " + Math.cbrt(-27) + " " + Math.cbrt(-0.0));
        System.out.println(Math.sqrt(-0.0) + " " + Math.sinh(1000) + " " + Math.cosh(-1000) + " " + Math.tanh(1000) + " " + Math.log10(1000) + " " + Math.log10(0.001) + " " + Math.exp(1));
        System.out.println(StrictMath.sqrt(2) + " " + StrictMath.cbrt(2) + " " + StrictMath.pow(3, 4) + " " + StrictMath.hypot(1, 1) + " " + StrictMath.floor(-1.5) + " " + StrictMath.round(2.5));
        double sum = 0;
        for (int i = 1; i <= 100; i++) sum += Math.sqrt(i) * Math.sin(i) / Math.log(i + 1);
        System.out.println(sum);
        for (int i = 1; i <= 20; i++) System.out.print(Math.cbrt(i * 1.7) + " ");
        System.out.println();
        for (int i = 1; i <= 20; i++) System.out.print(Math.hypot(i, i * 0.37) + " ");
        System.out.println();
    }
}
