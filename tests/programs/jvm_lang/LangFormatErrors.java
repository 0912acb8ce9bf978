public class LangFormatErrors {
    static void f(String fmt, Object... args) {
        try {
            System.out.println(String.format(fmt, args));
        } catch (RuntimeException e) {
            System.out.println(fmt + " => " + e);
        }
    }
    public static void main(String[] args) {
        f("%d", 1.5);
        f("%d", "str");
        f("%f", 1);
        f("%c", "str");
        f("%c", 0x110000);
        f("%c", -1);
        f("%q", 1);
        f("%d %d", 1);
        f("%-d", 1);
        f("%#d", 1);
        f("%.2d", 1);
        f("%+ d", 1);
        f("%-05d", 1);
        f("%--5d", 1);
        f("%05s", "x");
        f("%#s", "x");
        f("%+s", "x");
        f("%,x", 1);
        f("%+x", 1);
        f("%(x", 1);
        f("% o", 1);
        f("%#b", true);
        f("%-c", 'c');
        f("%.2c", 'c');
        f("%,e", 1.0);
        f("%#g", 1.0);
        f("%0f", 1.0);
        f("%");
        f("abc%");
        f("%5.d", 1);
        f("%.f", 1.0);
        f("%5n");
        f("%-n");
        f("%.2%");
        f("%+%");
        f("%D", 1);
        f("%<s", "x");
        f("%3$s", "a", "b");
        f("%0$s", "a");
        f("%F", 1.0);
        f("%t", 1);
        f("ok %s", "fine");
    }
}
