import java.util.*;

public class UtilStackVector {
    public static void main(String[] args) {
        Stack<String> st = new Stack<>();
        System.out.println(st.empty() + " " + st);
        st.push("a");
        st.push("b");
        st.push("c");
        System.out.println(st + " " + st.peek() + " " + st.search("a") + " " + st.search("z") + " " + st.size());
        System.out.println(st.pop() + " " + st.pop() + " " + st);
        st.pop();
        try { st.pop(); } catch (EmptyStackException e) { System.out.println("empty " + e.getMessage()); }
        try { st.peek(); } catch (EmptyStackException e) { System.out.println("empty peek"); }
        Vector<Integer> v = new Vector<>();
        for (int i = 0; i < 15; i++) v.add(i * i);
        v.insertElementAt(-1, 0);
        v.removeElementAt(3);
        v.setElementAt(99, 1);
        System.out.println(v + " " + v.size() + " " + v.capacity() + " " + v.firstElement() + " " + v.lastElement()
                           + " " + v.elementAt(2) + " " + v.indexOf(49) + " " + v.lastIndexOf(1000));
        Enumeration<Integer> en = v.elements();
        int sum = 0;
        while (en.hasMoreElements()) sum += en.nextElement();
        System.out.println(sum);
        Vector<Integer> sub = new Vector<>(v.subList(2, 6));
        System.out.println(sub + " " + sub.equals(v.subList(2, 6)));
        try { v.get(100); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { v.elementAt(20); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { v.insertElementAt(1, 50); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { new Vector<Integer>().firstElement(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        v.setSize(3);
        System.out.println(v);
        v.setSize(5);
        System.out.println(v);
        v.removeAllElements();
        System.out.println(v + " " + v.isEmpty());
        Stack<Integer> s2 = new Stack<>();
        for (int i = 0; i < 5; i++) s2.push(i);
        Iterator<Integer> it = s2.iterator();
        while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
        System.out.println(s2);
    }
}
