using System;

class TextStats
{
    const string Text = @"It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.";

    static void Main()
    {
        string[] words = Text.ToLowerInvariant().Split(new char[] { ' ', ',', '.', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine("words: " + words.Length);
        string[] sorted = (string[])words.Clone();
        Array.Sort(sorted);
        string[] uniq = new string[sorted.Length];
        int[] counts = new int[sorted.Length];
        int n = 0;
        foreach (string w in sorted)
        {
            if (n > 0 && uniq[n - 1] == w)
                counts[n - 1]++;
            else
            {
                uniq[n] = w;
                counts[n] = 1;
                n++;
            }
        }
        Console.WriteLine("distinct: " + n);
        for (int i = 0; i < n; i++)
            Console.WriteLine("{0,-12}{1,3} {2}", uniq[i], counts[i], new string('*', counts[i]));
        double avg = 0;
        int longest = 0;
        foreach (string w in words)
        {
            avg += w.Length;
            if (w.Length > longest)
                longest = w.Length;
        }
        avg /= words.Length;
        Console.WriteLine("average length {0:F3}, longest {1}", avg, longest);
    }
}
