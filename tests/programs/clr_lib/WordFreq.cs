using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

// Word frequencies of a text: tokenizing with a StringBuilder, counting
// with a Dictionary, ranking with OrderByDescending/ThenBy.
class WordFreq
{
    const string Text = @"It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was the spring
of hope, it was the winter of despair, we had everything before us, we had nothing before
us, we were all going direct to Heaven, we were all going direct the other way - in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only.";

    static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char ch in text)
        {
            char c = ch;
            if (c >= 'A' && c <= 'Z')
                c = (char)(c + 32);
            if (c >= 'a' && c <= 'z')
                sb.Append(c);
            else if (sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0)
            words.Add(sb.ToString());
        return words;
    }

    static void Main()
    {
        List<string> words = Words(Text);
        Console.WriteLine("words: " + words.Count);
        var freq = new Dictionary<string, int>();
        foreach (string w in words)
        {
            int n;
            freq.TryGetValue(w, out n);
            freq[w] = n + 1;
        }
        Console.WriteLine("distinct: " + freq.Count);
        var top = freq.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(10);
        int rank = 0;
        foreach (var kv in top)
            Console.WriteLine(++rank + ". " + kv.Key + " " + kv.Value);
        Console.Write("first seen:");
        foreach (var kv in freq.Take(8))
            Console.Write(" " + kv.Key);
        Console.WriteLine();
        var byLength = words.Distinct().GroupBy(w => w.Length).OrderBy(g => g.Key);
        foreach (var g in byLength)
            Console.WriteLine(g.Key + ": " + g.Count() + " (" + g.OrderBy(w => w).First() + ")");
        var once = freq.Where(kv => kv.Value == 1).Select(kv => kv.Key).OrderBy(w => w).ToList();
        Console.WriteLine("hapax: " + once.Count + " " + once[0] + " .. " + once[once.Count - 1]);
        var letters = new SortedDictionary<char, int>();
        foreach (string w in words)
            foreach (char c in w)
            {
                int n;
                letters.TryGetValue(c, out n);
                letters[c] = n + 1;
            }
        var sb = new StringBuilder();
        foreach (var kv in letters)
            sb.Append(kv.Key).Append(kv.Value).Append(' ');
        Console.WriteLine(sb.ToString().TrimEnd());
        Console.WriteLine("avg length: " + words.Average(w => w.Length));
        Console.WriteLine("longest: " + words.OrderByDescending(w => w.Length).ThenBy(w => w).First());
    }
}
