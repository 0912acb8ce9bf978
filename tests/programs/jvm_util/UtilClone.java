import java.util.*;

public class UtilClone {
    static class Tagged<E> extends ArrayList<E> {
        String tag = "t";
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        ArrayList<Integer> a = new ArrayList<>(Arrays.asList(3, 1, 2));
        ArrayList<Integer> ac = (ArrayList<Integer>) a.clone();
        ac.add(9);
        System.out.println(a + " " + ac + " " + (a instanceof Cloneable) + " " + (a instanceof RandomAccess));
        Tagged<String> t = new Tagged<>();
        t.add("x");
        Object tc = t.clone();
        System.out.println((tc instanceof Tagged) + " " + ((Tagged<String>) tc).tag + " " + tc);
        LinkedList<String> l = new LinkedList<>(Arrays.asList("p", "q"));
        LinkedList<String> lc = (LinkedList<String>) l.clone();
        lc.removeFirst();
        System.out.println(l + " " + lc);
        HashMap<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 14; i++) m.put("k" + i, i);
        HashMap<String, Integer> mc = (HashMap<String, Integer>) m.clone();
        mc.put("extra", 0);
        m.remove("k3");
        System.out.println(m + "\n" + mc);
        LinkedHashMap<Integer, Integer> lm = new LinkedHashMap<>(16, 0.75f, true);
        for (int i = 0; i < 5; i++) lm.put(i, i);
        LinkedHashMap<Integer, Integer> lmc = (LinkedHashMap<Integer, Integer>) lm.clone();
        lmc.get(0);
        System.out.println(lm + " " + lmc);
        HashSet<Integer> s = new HashSet<>(Arrays.asList(100, 5, 37));
        HashSet<Integer> sc = (HashSet<Integer>) s.clone();
        sc.add(64);
        System.out.println(s + " " + sc);
        Comparator<Integer> desc = new Comparator<Integer>() { public int compare(Integer x, Integer y) { return Integer.compare(y, x); } };
        TreeMap<Integer, String> tm = new TreeMap<>(desc);
        for (int i = 0; i < 6; i++) tm.put(i, "v" + i);
        TreeMap<Integer, String> tmc = (TreeMap<Integer, String>) tm.clone();
        tmc.pollFirstEntry();
        System.out.println(tm + " " + tmc + " " + (tmc.comparator() == desc));
        TreeSet<Integer> ts = new TreeSet<>(desc);
        ts.addAll(Arrays.asList(4, 8, 1));
        TreeSet<Integer> tsc = (TreeSet<Integer>) ts.clone();
        tsc.add(5);
        System.out.println(ts + " " + tsc);
        ArrayDeque<Integer> d = new ArrayDeque<>(Arrays.asList(1, 2, 3));
        ArrayDeque<Integer> dc = d.clone();
        dc.pollFirst();
        System.out.println(d + " " + dc);
        Vector<Integer> v = new Vector<>(20);
        v.add(1);
        Vector<Integer> vc = (Vector<Integer>) v.clone();
        System.out.println(v.capacity() + " " + vc.capacity() + " " + vc);
        Stack<String> st = new Stack<>();
        st.push("s");
        Object stc = st.clone();
        System.out.println((stc instanceof Stack) + " " + stc);
    }
}
