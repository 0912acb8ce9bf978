using System;
using System.Collections.Generic;

class RandomSeq
{
    static void Main()
    {
        foreach (int seed in new[] { 0, 1, 42, -42, 12345, int.MaxValue, int.MinValue })
        {
            var r = new Random(seed);
            Console.Write(seed + ":");
            for (int i = 0; i < 4; i++)
                Console.Write(" " + r.Next());
            Console.WriteLine();
        }
        var g = new Random(2024);
        for (int i = 0; i < 8; i++)
            Console.Write(g.Next(10) + " ");
        Console.WriteLine();
        for (int i = 0; i < 8; i++)
            Console.Write(g.Next(-5, 5) + " ");
        Console.WriteLine();
        for (int i = 0; i < 4; i++)
            Console.Write(g.Next(int.MinValue, int.MaxValue) + " ");
        Console.WriteLine();
        for (int i = 0; i < 4; i++)
            Console.Write(g.NextDouble() + " ");
        Console.WriteLine();
        var bytes = new byte[8];
        g.NextBytes(bytes);
        foreach (byte b in bytes)
            Console.Write(b + " ");
        Console.WriteLine();
        Console.WriteLine(g.Next(0) + " " + g.Next(5, 5) + " " + g.Next(1));
        // shuffle (Fisher-Yates) and a histogram
        var deck = new List<int>();
        for (int i = 0; i < 20; i++)
            deck.Add(i);
        var sh = new Random(7);
        for (int i = deck.Count - 1; i > 0; i--)
        {
            int j = sh.Next(i + 1);
            int tmp = deck[i];
            deck[i] = deck[j];
            deck[j] = tmp;
        }
        foreach (int c in deck)
            Console.Write(c + " ");
        Console.WriteLine();
        var hist = new int[6];
        var dice = new Random(99);
        for (int i = 0; i < 600; i++)
            hist[dice.Next(1, 7) - 1]++;
        foreach (int h in hist)
            Console.Write(h + " ");
        Console.WriteLine();
        try
        {
            g.Next(-1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            g.Next(3, 1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        var unseeded = new Random();
        int x = unseeded.Next(100);
        Console.WriteLine(x >= 0 && x < 100);
    }
}
