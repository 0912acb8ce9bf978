public class LangBuilderAppend {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("str").append('c').append(42).append(-7L).append(true).append(false)
          .append(1.5).append(2.25f).append((Object) null).append((String) null)
          .append(new char[] {'x', 'y'}).append(new char[] {'a', 'b', 'c', 'd'}, 1, 2)
          .append((CharSequence) "charseq").append("0123456789", 2, 5).append(new StringBuilder("inner"))
          .append(new StringBuffer("buf")).append(Integer.valueOf(9)).append(1e20).append(0.001).append(Double.NaN);
        System.out.println(sb);
        System.out.println(sb.length());
        StringBuilder cp = new StringBuilder().appendCodePoint(0x1F600).appendCodePoint('A');
        System.out.println(cp.length() + " " + cp.codePointAt(0) + " " + (int) cp.charAt(1) + " " + cp.charAt(2));
        StringBuilder loop = new StringBuilder();
        for (int i = 0; i < 50; i++) loop.append(i % 10);
        System.out.println(loop + " " + loop.length());
        StringBuilder self = new StringBuilder("ab");
        self.append(self);
        System.out.println(self);
        System.out.println(new StringBuilder("init").append(1).toString() + new StringBuilder(10).append("cap") + new StringBuilder((CharSequence) "cs"));
        Object o = new StringBuilder("as object");
        System.out.println(o.toString() + " " + String.valueOf(o));
    }
}
