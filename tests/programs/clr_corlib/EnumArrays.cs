using System;
using System.Collections.Generic;
using System.Linq;
enum Color { Red, Green, Blue }
enum Small : byte { A = 1, B = 200 }
class EnumArrays { static void Main() {
  Color[] cs = { Color.Blue, Color.Red };
  Console.WriteLine(cs.GetType().Name + " " + cs.GetType());
  Console.WriteLine(string.Join(",", cs));
  object o = cs;
  Console.WriteLine((o is int[]) + " " + (o is Color[]) + " " + (o is IList<Color>) + " " + (o is IList<int>));
  foreach (Color c in (IEnumerable<Color>) cs) Console.Write(c + " ");
  Console.WriteLine();
  Console.WriteLine(Array.IndexOf(cs, Color.Red) + " " + cs.Contains(Color.Blue));
  Array vals = Enum.GetValues(typeof(Color));
  Console.WriteLine(vals.GetType().Name + " " + vals.GetValue(1));
  foreach (var v in vals) Console.Write(v + ";");
  Console.WriteLine();
  Small[] ss = { Small.B, Small.A };
  Console.WriteLine(string.Join(",", ss) + " " + ss.GetType().Name);
  List<Color> lc = cs.ToList(); Console.WriteLine(string.Join(",", lc));
  int[] ii = (int[]) (object) cs; Console.WriteLine(ii[0]);
  char[] ch = {'a','b'}; Console.WriteLine(string.Join(",", ch) + ch.GetType().Name);
  bool[] bb = {true}; Console.WriteLine(string.Join(",", bb) + bb.GetType().Name);
  short[] sh = {-1, 5}; Console.WriteLine(string.Join(",", sh) + sh.GetType().Name + sh.Max());
  sbyte[] sb = {-1, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, -100, 17, 18, 19, 20, 21, 22, 23, 24}; Console.WriteLine(string.Join(",", sb) + sb.Max() + sb.Min());
  ushort[] us = {1, 65535, 40000, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 60000}; Console.WriteLine(string.Join(",", us) + " " + us.Max() + " " + us.Min());
  byte[] by = {1, 255, 200, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 128}; Console.WriteLine(string.Join(",", by) + " " + by.Max() + " " + by.Min() + " " + by.Sum(x => x));
  long[] ll = {-5, 3}; Console.WriteLine(string.Join(",", ll) + ll.GetType().Name);
  double[] dd = {1.5}; Console.WriteLine(string.Join(",", dd) + dd.GetType().Name);
  int[] copyTarget = new int[2]; Array.Copy(cs, copyTarget, 2); Console.WriteLine(string.Join(",", copyTarget));
}}
