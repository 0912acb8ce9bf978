package text;
import java.util.*;
public class WordCounter {
  private final Map<String, Integer> counts = new HashMap<>();
  public int total;
  public static String VERSION = "1.0";
  public WordCounter() {}
  public void add(String line) {
    for (String w : line.split(" ")) {
      if (w.isEmpty()) continue;
      counts.merge(w.toLowerCase(), 1, Integer::sum);
      total++;
    }
  }
  public int count(String w) { return counts.getOrDefault(w, 0); }
  public List<String> top(int n) {
    List<String> ks = new ArrayList<>(counts.keySet());
    ks.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
    return ks.subList(0, Math.min(n, ks.size()));
  }
  public String toString() { return "WordCounter(" + total + ")"; }
  public static class Stats { public int words; public Stats(int w) { words = w; } public int twice() { return words * 2; } }
  public interface Visitor { void visit(String word, int count); }
  public void each(Visitor v) { for (Map.Entry<String,Integer> e : new TreeMap<>(counts).entrySet()) v.visit(e.getKey(), e.getValue()); }
  public void check(int n) {
    if (n < 0) throw new IllegalArgumentException("negative: " + n);
    if (n == 0) throw new IllegalStateException("zero");
  }
}
