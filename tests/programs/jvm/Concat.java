public class Concat {
    public static void main(String[] args) {
        int i = 7; long l = -3000000000L; char c = 'q'; boolean b = false;
        String s = "str"; Object n = null;
        System.out.println("i=" + i + " l=" + l + " c=" + c + " b=" + b + " s=" + s + " n=" + n);
        System.out.println(i + l + "x" + i + l);
        System.out.println("" + c + c);
        String acc = "";
        for (int k = 0; k < 5; k++) acc = acc + k + ",";
        System.out.println(acc);
        System.out.println("unicode: \u00e9\u4e2d \u0001 end");
        System.out.println(s.length() + " " + s.charAt(1) + " " + s.equals("str") + " " + "str".hashCode());
    }
}
