using System;

class FloatSingle
{
    static void Main()
    {
        float[] values = { 0f, 1f, -1f, 0.1f, 0.2f, 0.1f + 0.2f, 1f / 3, 3.14159265f, 1e10f, 1e7f, 1234567f, 12345678f,
            1.5e-5f, 3.4028235e38f, 1.401298e-45f, 16777216f, 16777217f, 0.3f, 2.5f, 100f };
        foreach (float v in values)
        {
            Console.WriteLine(v);
            Console.WriteLine(v.ToString() + " " + v.ToString("R") + " " + v.ToString("G9") + " " + v.ToString("F2") + " " + v.ToString("E3") + " " + v.ToString("N1"));
        }
        float nan = float.NaN;
        Console.WriteLine(nan + " " + float.PositiveInfinity + " " + float.NegativeInfinity + " " + float.IsNaN(nan) + " " + float.IsInfinity(1f / 0));
        float x = 0;
        for (int i = 0; i < 10; i++)
            x += 0.1f;
        Console.WriteLine(x);
        Console.Write(x);
        Console.Write(' ');
        Console.WriteLine((double)0.5f);
        Console.WriteLine(string.Format("{0} {1:F3} {2}", 1.1f, 2.2f, (object)3.3f));
        Console.WriteLine(float.MaxValue + " " + float.MinValue + " " + float.Epsilon);
    }
}
