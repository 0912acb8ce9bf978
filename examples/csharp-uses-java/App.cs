using System;
using text;
class PrintVisitor : WordCounter.Visitor {
  public void visit(string w, int c) { Console.WriteLine(w + "=" + c); }
}
class App {
  static void Main() {
    var wc = new WordCounter();
    wc.add("the quick brown fox jumps over the lazy dog the end");
    Console.WriteLine(wc.count("the") + " " + wc.total + " " + WordCounter.VERSION);
    Console.WriteLine(wc.ToString());
    Console.WriteLine(wc);
    java.util.List top = wc.top(2);
    Console.WriteLine(top.size() + " " + top.get(0) + " " + top.get(1));
    var st = new WordCounter.Stats(21);
    Console.WriteLine(st.twice());
    st.words = 5;
    Console.WriteLine(st.twice());
    wc.each(new PrintVisitor());
    // a C# lambda where Java expects its functional interface Visitor
    int longWords = 0;
    wc.each((w, c) => { if (w.Length > 4) longWords += c; });
    Console.WriteLine("long words: " + longWords);
    try { wc.check(-1); } catch (ArgumentException e) { Console.WriteLine("AE " + e.Message); }
    try { wc.check(0); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + e.Message); }
    try { wc.check(0); } catch (Exception e) { Console.WriteLine("E " + e.Message); }
    try { wc.check(-2); } catch (java.lang.IllegalArgumentException e) { Console.WriteLine("IAE " + e.getMessage()); }
    object o = wc;
    Console.WriteLine(o is WordCounter);
    Console.WriteLine(o == (object) wc);
  }
}
