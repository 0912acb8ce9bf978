// Math.Round of literals: Mono 6.8 folds them with C round() (a JIT bug;
// see the xfail in tests/test_clr_corlib.py); of variables, half to even.
using System;
class RoundConstants { static void Main(string[] a) {
  double x = 2.5; if (a.Length > 5) x = 1;
  Console.WriteLine(Math.Round(2.5) + " " + Math.Round(x) + " " + Math.Round(0.5) + " " + Math.Round(1.5) + " " + Math.Round(-2.5) + " " + Math.Round(3.5));
  double[] vs = { 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 4.5 };
  foreach (var v in vs) Console.Write(Math.Round(v) + " ");
  Console.WriteLine();
  Console.WriteLine(Math.Round(2.5, MidpointRounding.ToEven) + " " + Math.Round(2.5, MidpointRounding.AwayFromZero));
} }
