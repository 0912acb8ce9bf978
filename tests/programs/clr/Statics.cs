using System;
class Program {
    static int counter = 10;
    const string Name = "statics";
    static int[] table = new int[5];
    static Program() {
        for (int i = 0; i < table.Length; i++) table[i] = i * i;
        Console.WriteLine("init Program");
    }
    static void Main() {
        Console.WriteLine("main starts");
        counter += 5;
        Console.WriteLine(counter + " " + Name + " " + table[4]);
        string s = "abc";
        Console.WriteLine(s.Length + " " + s[1] + " " + (s == "abc"));
    }
}
