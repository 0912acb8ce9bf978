public class LangFormatFloat {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 0.125, 3.14159265358979, 1234567.891, 0.000123456, 1e-10, 1e10, 1e100, 9.999999,
            0.05, 0.15, 0.25, 0.35, 1.005, 2.675, 1.45, 99.995, 123456789012.345, 5e-324, 1.7976931348623157e308, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 999999.5, 0.00001, 12.0};
        String[] pats = {"%f", "%.2f", "%.0f", "%#.0f", "%10.3f", "%-10.1f|", "%+.3f", "%010.2f", "%,.2f", "%(.2f", "% .1f", "%.10f", "%.20f",
            "%e", "%.3e", "%.0e", "%E", "%12.4e", "%+e", "%g", "%.3g", "%.10g", "%G", "%12g", "%.0g", "%a", "%.3a", "%s"};
        for (String p : pats) {
            StringBuilder sb = new StringBuilder(p).append(" ->");
            for (double v : vals) sb.append(' ').append(String.format(p, v));
            System.out.println(sb);
        }
        float[] fvals = {0.1f, 1.5f, 3.14159f, 1e10f, -2.5f, Float.MAX_VALUE};
        for (String p : new String[] {"%f", "%.3f", "%e", "%g", "%.10f", "%s"}) {
            StringBuilder sb = new StringBuilder(p).append(" ->");
            for (float v : fvals) sb.append(' ').append(String.format(p, v));
            System.out.println(sb);
        }
        System.out.println(String.format("%.2f%%", 45.678) + " " + String.format("%8.3f|%-8.3f|", Math.PI, Math.E));
        System.out.println(String.format("%,f %,.3f %,.0f", 1234567.891, -9876543.21, 1e9));
        System.out.println(String.format("%05.1f %07.2e %+08.3f", -1.25, 12345.678, 3.14159));
    }
}
