using System;

class StringErrors
{
    delegate object Op();

    static void Try(string label, Op op)
    {
        try
        {
            object r = op();
            Console.WriteLine(label + " = " + r);
        }
        catch (Exception e)
        {
            Console.WriteLine(label + " -> " + e.GetType().FullName + ": " + e.Message);
        }
    }

    static void Main()
    {
        string s = "hello";
        string nul = null;
        Try("Substring(-1)", delegate { return s.Substring(-1); });
        Try("Substring(6)", delegate { return s.Substring(6); });
        Try("Substring(2,9)", delegate { return s.Substring(2, 9); });
        Try("Substring(2,-1)", delegate { return s.Substring(2, -1); });
        Try("IndexOf('l',6)", delegate { return s.IndexOf('l', 6); });
        Try("IndexOf(null)", delegate { return s.IndexOf((string)null); });
        Try("LastIndexOf('l',9)", delegate { return s.LastIndexOf('l', 9); });
        Try("Insert(9)", delegate { return s.Insert(9, "x"); });
        Try("Insert(null)", delegate { return s.Insert(1, null); });
        Try("Remove(9)", delegate { return s.Remove(9); });
        Try("Remove(2,9)", delegate { return s.Remove(2, 9); });
        Try("PadLeft(-1)", delegate { return s.PadLeft(-1); });
        Try("Replace empty", delegate { return s.Replace("", "x"); });
        Try("Replace null", delegate { return s.Replace(null, "x"); });
        Try("Contains(null)", delegate { return s.Contains(null); });
        Try("StartsWith(null)", delegate { return s.StartsWith(null); });
        Try("indexer", delegate { return s[9]; });
        Try("null.Length", delegate { return nul.Length; });
        Try("null.Trim", delegate { return nul.Trim(); });
        Try("Join(null)", delegate { return string.Join(",", (string[])null); });
        Try("Split(-1)", delegate { return s.Split(new char[] { 'l' }, -1); });
        Try("new string(-1)", delegate { return new string('x', -1); });
        Try("CompareTo(5)", delegate { return "a".CompareTo((object)5); });
        Try("Format(null)", delegate { return string.Format(null, 1); });
        Try("Concat(null arr)", delegate { return string.Concat((object[])null); });
    }
}
