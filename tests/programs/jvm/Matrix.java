// Matrix code in doubles: multiplication, Gaussian elimination with partial
// pivoting, and a checksum printed with Double.toString.
public class Matrix {
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int x = 0; x < k; x++) s += a[i][x] * b[x][j];
                c[i][j] = s;
            }
        return c;
    }
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int p = 0; p < n; p++) {
            int max = p;
            for (int i = p + 1; i < n; i++) if (Math.abs(a[i][p]) > Math.abs(a[max][p])) max = i;
            double[] t = a[p]; a[p] = a[max]; a[max] = t;
            double tt = b[p]; b[p] = b[max]; b[max] = tt;
            for (int i = p + 1; i < n; i++) {
                double alpha = a[i][p] / a[p][p];
                b[i] -= alpha * b[p];
                for (int j = p; j < n; j++) a[i][j] -= alpha * a[p][j];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = 0.0;
            for (int j = i + 1; j < n; j++) sum += a[i][j] * x[j];
            x[i] = (b[i] - sum) / a[i][i];
        }
        return x;
    }
    public static void main(String[] args) {
        int n = 6;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = 1.0 / (i + j + 1) + (i == j ? 2 : 0);
        double[][] sq = multiply(a, a);
        double trace = 0; for (int i = 0; i < n; i++) trace += sq[i][i];
        System.out.println("trace " + trace);
        double[] b = new double[n]; for (int i = 0; i < n; i++) b[i] = i + 1;
        double[] x = solve(a, b);
        for (double v : x) System.out.println(v);
        double check = 0; for (double v : x) check = check * 31 + v;
        System.out.println("checksum " + check + " " + (long) (check * 1e6));
    }
}
