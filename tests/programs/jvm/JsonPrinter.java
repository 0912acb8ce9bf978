import java.util.*;

// A JSON printer: nested maps and lists rendered with escaping and
// indentation, via a recursive visitor over sealed-like node classes.
public class JsonPrinter {
    interface Node {}
    record Str(String v) implements Node {}
    record Num(double v) implements Node {}
    record Bool(boolean v) implements Node {}
    record Arr(List<Node> items) implements Node {}
    record Obj(Map<String, Node> fields) implements Node {}
    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
    static void print(Node n, StringBuilder out, int indent) {
        String pad = "  ".repeat(indent);
        if (n instanceof Str s) out.append(escape(s.v()));
        else if (n instanceof Num num) {
            double v = num.v();
            if (v == Math.rint(v) && Math.abs(v) < 1e15) out.append((long) v); else out.append(v);
        } else if (n instanceof Bool b) out.append(b.v());
        else if (n instanceof Arr a) {
            if (a.items().isEmpty()) { out.append("[]"); return; }
            out.append("[\n");
            for (int i = 0; i < a.items().size(); i++) {
                out.append(pad).append("  ");
                print(a.items().get(i), out, indent + 1);
                out.append(i + 1 < a.items().size() ? ",\n" : "\n");
            }
            out.append(pad).append("]");
        } else if (n instanceof Obj o) {
            out.append("{\n");
            Iterator<Map.Entry<String, Node>> it = o.fields().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Node> e = it.next();
                out.append(pad).append("  ").append(escape(e.getKey())).append(": ");
                print(e.getValue(), out, indent + 1);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            out.append(pad).append("}");
        }
    }
    public static void main(String[] args) {
        Map<String, Node> root = new LinkedHashMap<>();
        root.put("name", new Str("Parley \"federated\" VM"));
        root.put("version", new Num(0.1));
        root.put("cores", new Num(2));
        root.put("jit", new Bool(true));
        root.put("langs", new Arr(List.of(new Str("Java"), new Str("C#\ttab"))));
        Map<String, Node> inner = new TreeMap<>();
        inner.put("z", new Num(-1.5e-7)); inner.put("a", new Arr(List.of())); inner.put("m", new Str("line\nbreak"));
        root.put("nested", new Obj(inner));
        StringBuilder out = new StringBuilder();
        print(new Obj(root), out, 0);
        System.out.println(out);
        System.out.println(out.length() + " chars, " + out.toString().split("\n").length + " lines");
    }
}
