using System;
using System.Collections.Generic;
using System.Linq;
enum Color { Red = 3, Green = 1, Blue = 2 }
class EnumCompare {
  static void Main() {
    var l = new List<Color> { Color.Red, Color.Green, Color.Blue };
    l.Sort();
    Console.WriteLine(string.Join(",", l));
    Color[] a = { Color.Blue, Color.Red };
    Console.WriteLine(a.Max());
    Console.WriteLine(Comparer<Color>.Default.Compare(Color.Red, Color.Blue));
    Console.WriteLine(Color.Red.CompareTo(Color.Blue));
    var d = new SortedDictionary<Color, int>(); d[Color.Red] = 1; d[Color.Green] = 2;
    foreach (var kv in d) Console.Write(kv.Key + " ");
    Console.WriteLine();
    Console.WriteLine(EqualityComparer<Color>.Default.Equals(Color.Red, Color.Red));
  }
}
