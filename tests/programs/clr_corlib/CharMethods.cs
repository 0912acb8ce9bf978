using System;

class CharMethods
{
    static void Main()
    {
        string sample = "aZ9 _!+\t\n\u00e9\u00c9\u00df\u03a3\u03c3\u00bd\u00b2\u20ac\u4e2d.,;-(){}$";
        foreach (char c in sample)
        {
            Console.WriteLine(((int)c).ToString("X4") + " digit=" + char.IsDigit(c) + " letter=" + char.IsLetter(c)
                + " lod=" + char.IsLetterOrDigit(c) + " ws=" + char.IsWhiteSpace(c) + " up=" + char.IsUpper(c)
                + " low=" + char.IsLower(c) + " punct=" + char.IsPunctuation(c) + " sym=" + char.IsSymbol(c)
                + " sep=" + char.IsSeparator(c) + " ctl=" + char.IsControl(c) + " num=" + char.IsNumber(c)
                + " toupper=" + ((int)char.ToUpper(c)).ToString("X4") + " tolower=" + ((int)char.ToLower(c)).ToString("X4")
                + " value=" + char.GetNumericValue(c) + " cat=" + char.GetUnicodeCategory(c));
        }
        string s = "ab1 ";
        Console.WriteLine(char.IsDigit(s, 2) + " " + char.IsLetter(s, 0) + " " + char.IsWhiteSpace(s, 3) + " " + char.GetNumericValue(s, 2));
        Console.WriteLine(char.ToUpperInvariant('q') + " " + char.ToLowerInvariant('Q') + " " + char.ToString('z') + " " + char.IsSurrogate('\ud800') + char.IsHighSurrogate('\ud800') + char.IsLowSurrogate('\udc00'));
        try { char.IsDigit(s, 10); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { char.IsDigit(null, 0); } catch (ArgumentNullException e) { Console.WriteLine(e.GetType().Name); }
        int digits = 0, letters = 0, spaces = 0;
        foreach (char c in "Hello World 2024!")
        {
            if (char.IsDigit(c)) digits++;
            else if (char.IsLetter(c)) letters++;
            else if (char.IsWhiteSpace(c)) spaces++;
        }
        Console.WriteLine(digits + " " + letters + " " + spaces);
        char ch = 'A';
        ch++;
        Console.WriteLine(ch + " " + (char)(ch + 1) + " " + (int)ch + " " + (ch < 'Z'));
    }
}
