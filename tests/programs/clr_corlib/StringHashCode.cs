using System;

class StringHashCode
{
    static void Main()
    {
        foreach (string s in new string[] { "", "a", "abc", "hello world" })
            Console.WriteLine("[" + s + "] " + s.GetHashCode());
    }
}
