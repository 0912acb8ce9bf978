using System;

class Person : IComparable
{
    public string Name;
    public int Age;
    public Person(string n, int a) { Name = n; Age = a; }
    public int CompareTo(object o) { return Age.CompareTo(((Person)o).Age); }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

class ArrayStatics
{
    static void Print(Array a)
    {
        string s = "";
        for (int i = 0; i < a.Length; i++)
            s += (i > 0 ? "," : "") + a.GetValue(i);
        Console.WriteLine("[" + s + "] len=" + a.Length + " rank=" + a.Rank);
    }

    static void Main()
    {
        int[] ints = { 5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0, 11, -5, 3, 15, 12, 10, 14, 13, -1 };
        Array.Reverse(ints);
        Print(ints);
        Array.Sort(ints);
        Print(ints);
        Console.WriteLine(Array.IndexOf(ints, 3) + " " + Array.LastIndexOf(ints, 3) + " " + Array.IndexOf(ints, 42) + " " + Array.IndexOf(ints, 3, 5));
        Console.WriteLine(Array.BinarySearch(ints, 9) + " " + Array.BinarySearch(ints, 100));
        Array.Reverse(ints, 0, 5);
        Print(ints);
        Array.Clear(ints, 2, 3);
        Print(ints);
        int[] copy = new int[8];
        Array.Copy(ints, copy, 5);
        Print(copy);
        Array.Copy(ints, 10, copy, 3, 4);
        Print(copy);
        Array.Copy(copy, 0, copy, 2, 5);
        Print(copy);
        int[] cl = (int[])copy.Clone();
        cl[0] = 99;
        Console.WriteLine(copy[0] + " " + cl[0] + " " + cl.GetLength(0) + " " + cl.GetLowerBound(0) + " " + cl.GetUpperBound(0));
        double[] ds = { 3.5, -1.0, double.NaN, 0.0, 2.25, double.NegativeInfinity, 1e10 };
        Array.Sort(ds);
        Print(ds);
        string[] words = { "pear", "Apple", "fig", "banana", "apple", "Cherry" };
        Array.Sort(words);
        Print(words);
        Console.WriteLine(Array.IndexOf(words, "fig") + " " + Array.IndexOf(words, "Fig"));
        Array.Sort(words, 1, 3);
        Print(words);
        char[] chars = "hello world".ToCharArray();
        Array.Sort(chars);
        Console.WriteLine(new string(chars));
        Array.Reverse(chars);
        Console.WriteLine(new string(chars));
        long[] longs = { 3L, -2L, 1000000000000L, 0L };
        Array.Sort(longs);
        Print(longs);
        Person[] people = { new Person("Ann", 31), new Person("Bob", 25), new Person("Cid", 40), new Person("Dee", 25), new Person("Eve", 31) };
        Array.Sort(people);
        Print(people);
        object[] objs = { 3, 1, 2 };
        Array.Sort(objs);
        Print(objs);
        Array arr = new int[] { 1, 2, 3 };
        arr.SetValue(42, 1);
        Print(arr);
        bool[] flags = new bool[3];
        flags[1] = true;
        Print(flags);
        string[] big = new string[40];
        for (int i = 0; i < big.Length; i++)
            big[i] = ((i * 37) % 40).ToString("D2");
        Array.Sort(big);
        Console.WriteLine(string.Join(" ", big));
        try { Array.Copy(ints, copy, 30); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
        try { ints.GetLength(1); } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { Array.Sort(new object[] { new object(), new object() }); } catch (InvalidOperationException e) { Console.WriteLine(e.GetType().Name); }
    }
}
