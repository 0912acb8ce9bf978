using System;

class FormatCustom
{
    static void Main()
    {
        string[] formats = { "0", "0.00", "00000", "#", "#.##", "#,##0", "#,##0.00", "0.###", "#,#", "0,0", "#,,", "0,,.0",
            "0%", "0.0%", "#.#\u2030", "0.00E+00", "0.###E-0", "#e0", "00.##e+000", "'$'#,##0.00", "\\#0", "\"[\"0\"]\"",
            "#,##0;(#,##0)", "#,##0;(#,##0);zero", "0.0;-0.0;-", ";;", "##0.0#", "0000.", ".00", "# ##0", "X0Y" };
        double[] values = { 0, 1, -1, 0.5, 1234.5678, -1234.5678, 0.001234, 1234567.891, 100, -0.4, 12.345, 999.995 };
        foreach (double v in values)
        {
            Console.Write(v + ":");
            foreach (string f in formats)
                Console.Write(" [" + v.ToString(f) + "]");
            Console.WriteLine();
        }
        int[] ints = { 0, 5, -5, 1234, -1234567, 1000000 };
        foreach (int v in ints)
        {
            Console.Write(v + ":");
            foreach (string f in formats)
                Console.Write(" [" + v.ToString(f) + "]");
            Console.WriteLine();
        }
        Console.WriteLine(12345L.ToString("#,##0") + " " + (-5L).ToString("0;neg;zero") + " " + 0L.ToString("0;neg;zero"));
        Console.WriteLine(string.Format("{0:#,##0.00} {1:0.0%} {2:000}", 9876.543, 0.256, 7));
    }
}
