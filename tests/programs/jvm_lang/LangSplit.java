public class LangSplit {
    static void show(String[] parts) {
        StringBuilder sb = new StringBuilder();
        sb.append(parts.length).append(":");
        for (String p : parts) sb.append("[").append(p).append("]");
        System.out.println(sb);
    }
    public static void main(String[] args) {
        show("a,b,c".split(","));
        show("a,b,,c,,".split(","));
        show("a,b,,c,,".split(",", -1));
        show("a,b,,c,,".split(",", 2));
        show("a,b,,c,,".split(",", 0));
        show(",a,b".split(","));
        show("".split(","));
        show(",".split(","));
        show("abc".split(""));
        show("a.b.c".split("\\."));
        show("a|b|c".split("\\|"));
        show("  hello   world  ".split("\\s+"));
        show("hello   world".split(" +"));
        show("a , b,c ,d".split("\\s*,\\s*"));
        show("a,b;c;d,e".split("[,;]"));
        show("one1two22three333four".split("\\d+"));
        show("key=value=more".split("=", 2));
        show("a1b2c3".split("(?<=\\d)".length() > 0 ? "\\d" : "x"));
        show("2024-01-15".split("-"));
        show("tab\tseparated\tvalues".split("\t"));
        show("camelCaseString".split("(?=[A-Z])"));
        show("x".split("x"));
        show("xax".split("x"));
        show("aaa".split("a"));
        show("a b  c".split(" "));
        show("a+b+c".split("\\+"));
        show("word1 word2, word3".split("\\W+"));
        show("AbcDefGhi".split("[A-Z]"));
        show("1.5,2.5;3.5".split("[,;]", 2));
    }
}
