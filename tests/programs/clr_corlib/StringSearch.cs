using System;

class StringSearch
{
    static void Main()
    {
        string s = "the quick brown fox jumps over the lazy dog";
        Console.WriteLine(s.IndexOf('q') + " " + s.IndexOf('z') + " " + s.IndexOf('!'));
        Console.WriteLine(s.IndexOf('o', 13) + " " + s.IndexOf('o', 13, 3) + " " + s.IndexOf('o', 43));
        Console.WriteLine(s.IndexOf("the") + " " + s.IndexOf("the", 1) + " " + s.IndexOf("cat"));
        Console.WriteLine(s.IndexOf("o", 20, 10) + " " + s.IndexOf("") + " " + s.IndexOf("", 5));
        Console.WriteLine(s.IndexOf("THE", StringComparison.OrdinalIgnoreCase) + " " + s.IndexOf("THE", StringComparison.Ordinal));
        Console.WriteLine(s.IndexOf("Lazy", 10, StringComparison.CurrentCultureIgnoreCase));
        Console.WriteLine(s.LastIndexOf('o') + " " + s.LastIndexOf('o', 20) + " " + s.LastIndexOf('o', 20, 5));
        Console.WriteLine(s.LastIndexOf("the") + " " + s.LastIndexOf("the", 30) + " " + s.LastIndexOf("") + " " + s.LastIndexOf("xyz"));
        Console.WriteLine(s.LastIndexOf("THE", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.IndexOfAny(new char[] { 'z', 'x' }) + " " + s.IndexOfAny(new char[] { 'o', 'e' }, 5));
        Console.WriteLine(s.LastIndexOfAny(new char[] { 't', 'h' }));
        Console.WriteLine(s.Contains("fox") + " " + s.Contains("cat") + " " + s.Contains("") + " " + s.Contains('j'));
        Console.WriteLine(s.StartsWith("the") + " " + s.StartsWith("The") + " " + s.StartsWith("") + " " + s.StartsWith("THE", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(s.EndsWith("dog") + " " + s.EndsWith("Dog") + " " + s.EndsWith("DOG", StringComparison.CurrentCultureIgnoreCase) + " " + "".EndsWith(""));
        Console.WriteLine("".IndexOf('a') + " " + "".LastIndexOf('a') + " " + "".IndexOf("") + " " + "".LastIndexOf(""));
        int n = 0;
        int pos = s.IndexOf("o");
        while (pos >= 0)
        {
            n++;
            pos = s.IndexOf("o", pos + 1);
        }
        Console.WriteLine("o occurs " + n + " times");
        string path = "/usr/local/lib/file.tar.gz";
        int slash = path.LastIndexOf('/');
        int dot = path.IndexOf('.', slash);
        Console.WriteLine(path.Substring(0, slash) + " | " + path.Substring(slash + 1) + " | " + path.Substring(dot));
    }
}
