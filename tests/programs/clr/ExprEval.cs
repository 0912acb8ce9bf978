using System;
using System.Collections.Generic;
using System.Text;
enum Tok { Num, Ident, Op, LParen, RParen, End }
class Token { public Tok Kind; public string Text; public double Value; public override string ToString() { return Kind + ":" + Text; } }
class Lexer {
  string s; int i;
  public Lexer(string s) { this.s = s; }
  public List<Token> All() {
    var list = new List<Token>();
    while (true) {
      while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
      if (i >= s.Length) { list.Add(new Token { Kind = Tok.End, Text = "" }); return list; }
      char c = s[i];
      if (char.IsDigit(c)) { int st = i; while (i < s.Length && (char.IsDigit(s[i]) || s[i] == '.')) i++; var t = s.Substring(st, i - st); list.Add(new Token { Kind = Tok.Num, Text = t, Value = double.Parse(t) }); }
      else if (char.IsLetter(c)) { var sb = new StringBuilder(); while (i < s.Length && char.IsLetterOrDigit(s[i])) sb.Append(s[i++]); list.Add(new Token { Kind = Tok.Ident, Text = sb.ToString() }); }
      else if (c == '(') { i++; list.Add(new Token { Kind = Tok.LParen, Text = "(" }); }
      else if (c == ')') { i++; list.Add(new Token { Kind = Tok.RParen, Text = ")" }); }
      else if ("+-*/^".IndexOf(c) >= 0) { i++; list.Add(new Token { Kind = Tok.Op, Text = c.ToString() }); }
      else throw new FormatException("bad char '" + c + "' at " + i);
    }
  }
}
abstract class Node { public abstract double Eval(Dictionary<string, double> env); }
class Num : Node { public double V; public override double Eval(Dictionary<string, double> env) { return V; } public override string ToString() { return V.ToString(); } }
class Var : Node { public string N; public override double Eval(Dictionary<string, double> env) { double v; if (env.TryGetValue(N, out v)) return v; throw new KeyNotFoundException("unbound " + N); } public override string ToString() { return N; } }
class Bin : Node { public char Op; public Node L, R;
  public override double Eval(Dictionary<string, double> env) { double a = L.Eval(env), b = R.Eval(env);
    switch (Op) { case '+': return a + b; case '-': return a - b; case '*': return a * b; case '/': if (b == 0) throw new DivideByZeroException(); return a / b; default: return Math.Pow(a, b); } }
  public override string ToString() { return "(" + L + " " + Op + " " + R + ")"; } }
class Call : Node { public string F; public Node A; public override double Eval(Dictionary<string, double> env) { double x = A.Eval(env); switch (F) { case "sqrt": return Math.Sqrt(x); case "abs": return Math.Abs(x); default: throw new NotSupportedException(F); } } public override string ToString() { return F + "(" + A + ")"; } }
class Parser {
  List<Token> t; int p;
  public Parser(List<Token> t) { this.t = t; }
  Token Peek { get { return t[p]; } }
  public Node Parse() { var n = Expr(); if (Peek.Kind != Tok.End) throw new FormatException("trailing " + Peek); return n; }
  Node Expr() { var n = Term(); while (Peek.Kind == Tok.Op && (Peek.Text == "+" || Peek.Text == "-")) { char o = t[p++].Text[0]; n = new Bin { Op = o, L = n, R = Term() }; } return n; }
  Node Term() { var n = Pow(); while (Peek.Kind == Tok.Op && (Peek.Text == "*" || Peek.Text == "/")) { char o = t[p++].Text[0]; n = new Bin { Op = o, L = n, R = Pow() }; } return n; }
  Node Pow() { var n = Atom(); if (Peek.Kind == Tok.Op && Peek.Text == "^") { p++; return new Bin { Op = '^', L = n, R = Pow() }; } return n; }
  Node Atom() { var k = t[p++];
    if (k.Kind == Tok.Num) return new Num { V = k.Value };
    if (k.Kind == Tok.Ident) { if (Peek.Kind == Tok.LParen) { p++; var a = Expr(); Expect(Tok.RParen); return new Call { F = k.Text, A = a }; } return new Var { N = k.Text }; }
    if (k.Kind == Tok.LParen) { var e = Expr(); Expect(Tok.RParen); return e; }
    if (k.Kind == Tok.Op && k.Text == "-") return new Bin { Op = '-', L = new Num { V = 0 }, R = Atom() };
    throw new FormatException("unexpected " + k); }
  void Expect(Tok k) { if (Peek.Kind != k) throw new FormatException("expected " + k + " got " + Peek); p++; }
}
class ExprEval {
  static void Main() {
    var env = new Dictionary<string, double> { { "x", 3 }, { "y", 4 } };
    string[] srcs = { "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "sqrt(x*x + y*y)", "-x + 10 / 4", "abs(-7.5) * 2", "z + 1", "1 / (x - 3)", "3 +", "2 $ 3", "foo(1)", "100 - 99.5" };
    foreach (var s in srcs) {
      try { var n = new Parser(new Lexer(s).All()).Parse(); Console.WriteLine(n + " = " + n.Eval(env)); }
      catch (FormatException e) { Console.WriteLine("syntax: " + e.Message); }
      catch (KeyNotFoundException e) { Console.WriteLine("error: " + e.Message); }
      catch (ArithmeticException e) { Console.WriteLine("math: " + e.GetType().Name); }
      catch (Exception e) { Console.WriteLine("other: " + e.GetType().Name + " " + e.Message); }
    }
  }
}
