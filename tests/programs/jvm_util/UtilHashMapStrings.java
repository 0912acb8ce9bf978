import java.util.*;

public class UtilHashMapStrings {
    public static void main(String[] args) {
        HashMap<String, Integer> m = new HashMap<>();
        String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota",
                          "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau",
                          "upsilon", "phi", "chi", "psi", "omega", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa"};
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], i);
            if (i == 11 || i == 12 || i == 24 || i == 25) System.out.println(i + ": " + m);
        }
        System.out.println(m);
        System.out.println(m.keySet());
        System.out.println(m.values());
        System.out.println(m.entrySet());
        for (int i = 0; i < words.length; i += 3) m.remove(words[i]);
        System.out.println(m + " " + m.size());
        m.put(null, -1);
        m.put("alpha", 100);
        m.put("extra", 7);
        System.out.println(m);
        System.out.println(m.get(null) + " " + m.get("beta") + " " + m.get("nothing") + " " + m.containsKey(null)
                           + " " + m.containsKey("alpha") + " " + m.containsValue(7) + " " + m.containsValue(999));
        HashMap<String, Integer> big = new HashMap<>();
        for (int i = 0; i < 200; i++) big.put("key" + (i * 7919 % 1000), i);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String k : big.keySet()) {
            if (n++ % 10 == 0) sb.append(k).append(' ');
        }
        System.out.println(sb);
        for (int i = 0; i < 200; i += 2) big.remove("key" + (i * 7919 % 1000));
        n = 0;
        sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : big.entrySet()) {
            if (n++ % 7 == 0) sb.append(e).append(' ');
        }
        System.out.println(sb + " " + big.size());
        HashMap<String, Integer> copy = new HashMap<>(m);
        System.out.println(copy + " " + copy.equals(m) + " " + (copy.hashCode() == m.hashCode()));
        HashMap<String, Integer> small = new HashMap<>(2);
        for (int i = 0; i < 5; i++) small.put("s" + i, i);
        System.out.println(small);
        HashMap<String, String> lf = new HashMap<>(4, 2.0f);
        for (int i = 0; i < 9; i++) lf.put("w" + (i * 13), "" + i);
        System.out.println(lf);
        small.putAll(m);
        System.out.println(small);
        small.clear();
        System.out.println(small + " " + small.isEmpty());
        small.put("again", 1);
        System.out.println(small);
        try { new HashMap<String, String>(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { new HashMap<String, String>(1, 0.0f); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}
