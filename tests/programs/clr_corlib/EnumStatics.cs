using System;
enum Day { Mon, Tue, Wed = 10, Thu, Neg = -1 }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = 7 }
class EnumStatics { static void Main() {
  foreach (string n in Enum.GetNames(typeof(Day))) Console.Write(n + " ");
  Console.WriteLine();
  foreach (Day d in Enum.GetValues(typeof(Day))) Console.Write(d + "=" + (int)d + " ");
  Console.WriteLine();
  Console.WriteLine(Enum.GetName(typeof(Day), 10) + " " + Enum.GetName(typeof(Day), Day.Thu) + " [" + Enum.GetName(typeof(Day), 99) + "]");
  Console.WriteLine(Enum.IsDefined(typeof(Day), 11) + " " + Enum.IsDefined(typeof(Day), "Tue") + " " + Enum.IsDefined(typeof(Day), 5));
  Console.WriteLine(Enum.Parse(typeof(Day), "Wed") + " " + Enum.Parse(typeof(Day), " tue ", true) + " " + Enum.Parse(typeof(Day), "3") + " " + Enum.Parse(typeof(Perm), "Read, Exec") + " " + (Perm)Enum.Parse(typeof(Perm), "5"));
  try { Enum.Parse(typeof(Day), "Fri"); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
  try { Enum.Parse(typeof(Day), ""); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
  Console.WriteLine(Enum.GetUnderlyingType(typeof(Day)) + " " + Day.Mon.CompareTo(Day.Thu) + " " + Day.Wed.GetHashCode() + " " + (Perm.All).HasFlag(Perm.Write) + " " + Perm.Read.HasFlag(Perm.All));
  try { Day.Mon.CompareTo(Perm.Read); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
  object o = Enum.ToObject(typeof(Day), 1); Console.WriteLine(o);
}}
