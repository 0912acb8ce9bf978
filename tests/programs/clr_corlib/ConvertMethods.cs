using System;

class ConvertMethods
{
    delegate object Op();

    static void Try(string label, Op op)
    {
        try { Console.WriteLine(label + " = " + op()); }
        catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        double[] ds = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 1e10, -1e10, 2147483647.4, 2147483647.5, double.NaN };
        foreach (double d in ds)
        {
            Try("ToInt32(" + d + ")", delegate { return Convert.ToInt32(d); });
            Try("ToInt64(" + d + ")", delegate { return Convert.ToInt64(d); });
        }
        Try("ToInt32(\"42\")", delegate { return Convert.ToInt32("42"); });
        Try("ToInt32(null)", delegate { return Convert.ToInt32((string)null); });
        Try("ToInt32(\"x\")", delegate { return Convert.ToInt32("x"); });
        Try("ToInt32(true)", delegate { return Convert.ToInt32(true); });
        Try("ToInt32('A')", delegate { return Convert.ToInt32('A'); });
        Try("ToInt32(5000000000L)", delegate { return Convert.ToInt32(5000000000L); });
        Try("ToInt32((object)7.5)", delegate { return Convert.ToInt32((object)7.5); });
        Try("ToInt32((object)\"12\")", delegate { return Convert.ToInt32((object)"12"); });
        Try("ToInt32((object)null)", delegate { return Convert.ToInt32((object)null); });
        Try("ToInt64(\"-9\")", delegate { return Convert.ToInt64("-9"); });
        Try("ToDouble(\"2.5\")", delegate { return Convert.ToDouble("2.5"); });
        Try("ToDouble(3)", delegate { return Convert.ToDouble(3); });
        Try("ToDouble((object)4L)", delegate { return Convert.ToDouble((object)4L); });
        Try("ToDouble(true)", delegate { return Convert.ToDouble(true); });
        Try("ToString(12)", delegate { return Convert.ToString(12); });
        Try("ToString(2.5)", delegate { return Convert.ToString(2.5); });
        Try("ToString(true)", delegate { return Convert.ToString(true); });
        Try("ToString('c')", delegate { return Convert.ToString('c'); });
        Try("ToString(null obj)", delegate { return "[" + Convert.ToString((object)null) + "]"; });
        Try("ToString(255,2)", delegate { return Convert.ToString(255, 2); });
        Try("ToString(-1,16)", delegate { return Convert.ToString(-1, 16); });
        Try("ToString(-8,8)", delegate { return Convert.ToString(-8, 8); });
        Try("ToString(100L,16)", delegate { return Convert.ToString(100L, 16); });
        Try("ToString(-2L,2)", delegate { return Convert.ToString(-2L, 2); });
        Try("ToString(5,3)", delegate { return Convert.ToString(5, 3); });
        Try("ToInt32(\"ff\",16)", delegate { return Convert.ToInt32("ff", 16); });
        Try("ToInt32(\"0x1F\",16)", delegate { return Convert.ToInt32("0x1F", 16); });
        Try("ToInt32(\"ffffffff\",16)", delegate { return Convert.ToInt32("ffffffff", 16); });
        Try("ToInt32(\"1111\",2)", delegate { return Convert.ToInt32("1111", 2); });
        Try("ToInt32(\"777\",8)", delegate { return Convert.ToInt32("777", 8); });
        Try("ToInt32(\"-12\",10)", delegate { return Convert.ToInt32("-12", 10); });
        Try("ToInt32(\"-1\",16)", delegate { return Convert.ToInt32("-1", 16); });
        Try("ToInt32(\"12z\",16)", delegate { return Convert.ToInt32("12z", 16); });
        Try("ToInt32(\"100000000\",16)", delegate { return Convert.ToInt32("100000000", 16); });
        Try("ToInt64(\"7fffffffffffffff\",16)", delegate { return Convert.ToInt64("7fffffffffffffff", 16); });
        Try("ToChar(65)", delegate { return Convert.ToChar(65); });
        Try("ToChar(-1)", delegate { return Convert.ToChar(-1); });
        Try("ToChar(\"q\")", delegate { return Convert.ToChar("q"); });
        Try("ToBoolean(\"True\")", delegate { return Convert.ToBoolean("True"); });
        Try("ToBoolean(0)", delegate { return Convert.ToBoolean(0); });
        Try("ToBoolean(0.5)", delegate { return Convert.ToBoolean(0.5); });
    }
}
