import text.WordCounter;
public class App {
  public static void main(String[] args) {
    WordCounter wc = new WordCounter();
    wc.add("the quick brown fox jumps over the lazy dog the end");
    System.out.println(wc.count("the") + " " + wc.total + " " + WordCounter.VERSION);
    System.out.println(wc.toString());
    System.out.println(wc);
    java.util.List<String> top = wc.top(2);
    System.out.println(top.size() + " " + top.get(0) + " " + top.get(1));
    WordCounter.Stats st = new WordCounter.Stats(21);
    System.out.println(st.twice());
    st.words = 5;
    System.out.println(st.twice());
    wc.each((w, c) -> System.out.println(w + "=" + c));
    int[] longWords = { 0 };
    wc.each((w, c) -> { if (w.length() > 4) longWords[0] += c; });
    System.out.println("long words: " + longWords[0]);
    try { wc.check(-1); } catch (IllegalArgumentException e) { System.out.println("AE " + e.getMessage()); }
    try { wc.check(0); } catch (IllegalStateException e) { System.out.println("IOE " + e.getMessage()); }
    try { wc.check(0); } catch (Exception e) { System.out.println("E " + e.getMessage()); }
    try { wc.check(-2); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
    Object o = wc;
    System.out.println(o instanceof WordCounter ? "True" : "False");
    System.out.println(o == wc ? "True" : "False");
  }
}
