// float32 arithmetic in single precision (Mono's default -O=float32):
// every float op rounds to float32, mixed float/double promotes to double.
using System;

struct PF { public float X; public float Y; }

class Float32Arith
{
    static float sf = 0.1f;
    float inf = 0.2f;

    static float Mad(float a, float b, float c) { return a * b + c; }
    static T Id<T>(T x) { return x; }
    static double AsD(float a, float b) { return (double)(a * b); }

    static void P(string label, float f) { Console.WriteLine(label + " " + f.ToString("R") + " " + ((double)f).ToString("R")); }
    static void D(string label, double d) { Console.WriteLine(label + " " + d.ToString("R")); }

    static void Main()
    {
        float a = 0.1f, b = 0.2f, c = 0.3f;
        D("sum", (double)(a + b));
        Console.WriteLine(a + b == c);
        Console.WriteLine(a + b == 0.3f);
        D("mad", (double)(a * c + b));
        P("madf", Mad(a, b, c));
        D("madcall", Mad(1.1f, 1.3f, 0.7f));
        D("asd", AsD(1.1f, 1.7f));
        float x = 16777216f;
        D("big", (double)(x + 1f - x));
        D("mixed", a * 0.1 + b);
        D("mixed2", (double)a * b + c);
        float s = 0f;
        for (int i = 0; i < 10; i++) s += 0.1f;
        P("loop", s);
        double t = 0;
        for (int i = 0; i < 10; i++) t += a * 3f;
        D("dloop", t);
        D("sqrt", Math.Sqrt(a * b));
        P("sqrtf", (float)Math.Sqrt(2f));
        float z = 0f;
        P("div0", 1f / z);
        P("ndiv0", -1f / z);
        P("nan", z / z);
        Console.WriteLine(float.IsNaN(z / z));
        Console.WriteLine((z / z) == (z / z));
        P("rem", 5.5f % 1.3f);
        D("remd", (double)(5.1f % 0.7f));
        P("neg", -(a * b));
        D("negd", (double)-(a * b));
        Console.WriteLine((int)(a * 30f));
        Console.WriteLine((long)(1e10f * 3f));
        Console.WriteLine((int)(0.7f * 10f));
        Console.WriteLine((int)(a * 3f * 10f));
        Console.WriteLine(a * 3f < 0.3f);
        Console.WriteLine(a * 3f > 0.3f);
        Console.WriteLine(a * 3f <= 0.3f);
        PF p = new PF();
        D("pfzero", (double)(p.X + a * b));
        p.X = 1.1f; p.Y = 2.3f;
        D("pf", (double)(p.X * p.Y + a));
        PF q = p;
        D("pfcopy", (double)(q.X * q.Y));
        float[] arr = new float[] { 1.1f, 2.2f, 3.3f };
        D("arr", (double)(arr[0] * arr[1] + arr[2]));
        float acc = 0;
        foreach (float v in arr) acc += v * v;
        P("acc", acc);
        D("gen", (double)(Id<float>(a) * Id<float>(c)));
        D("static", (double)(sf * sf + sf));
        Float32Arith o = new Float32Arith();
        D("inst", (double)(o.inf * o.inf + sf));
        object boxed = a * b;
        Console.WriteLine(boxed);
        Console.WriteLine(((float)boxed).ToString("R"));
        D("unboxed", (double)((float)boxed * c));
        Console.WriteLine((a * b).ToString());
        Console.WriteLine(a * b);
        Console.WriteLine(string.Format("{0} {1}", a * c, (double)(a * c)));
        float big = float.MaxValue;
        P("ovf", big * 2f);
        D("ovfd", (double)(big * 2f) );
        D("ovfmix", big * 2.0);
        float tiny = 1e-30f;
        P("under", tiny * tiny);
        D("underd", (double)(tiny * tiny));
        double dd = 0.1;
        float fromd = (float)dd;
        D("fromd", (double)(fromd * fromd));
        int n = 16777217;
        D("i2f", (double)((float)n + 0f));
        D("i2fmul", (double)(n * 1f));
        long ln = 123456789012L;
        D("l2f", (double)(ln * 1f));
        uint un = 4000000001u;
        D("u2f", (double)(un * 1f));
        float[,] md = new float[2, 2];
        md[0, 0] = 1.3f; md[1, 1] = 1.7f;
        D("md", (double)(md[0, 0] * md[1, 1] + md[0, 1]));
        float w = 1.1f;
        w *= 1.3f;
        D("compound", w);
        D("ternary", (double)(a > b ? a * b : a * c));
        Console.WriteLine(Math.Abs(-a * b).ToString("R"));
        Console.WriteLine(Math.Max(a * b, a * c).ToString("R"));
        Console.WriteLine(Math.Sign(a * b - 0.02f));
        D("absmul", (double)(Math.Abs(-a) * c));
        D("minmul", (double)(Math.Min(a, b) * c));
        D("parse", (double)(float.Parse("0.1") * c));
        D("conv", (double)(Convert.ToSingle(0.1) * c));
        var list = new System.Collections.Generic.List<float> { 1.1f, 1.3f };
        D("list", (double)(list[0] * list[1]));
        Func<float, float, float> mul = (u, v) => u * v;
        D("lambda", (double)(mul(1.1f, 1.3f) + 0.7f));
        float? nf = 1.1f;
        D("nullable", (double)(nf.Value * 1.3f));
        D("nullable2", (double)((nf * 1.3f).Value));
        float cf = 1.1f;
        double dv = 0.1;
        cf += (float)dv;
        cf = (float)(cf + dv);
        D("compounddbl", (double)(cf * cf));
        D("castmul", (double)((float)(a * 0.1) * c));
        float[] farr = new float[2];
        farr[1] += a * c;
        D("elemcompound", (double)(farr[1] * farr[1]));
        D("bits", (double)(BitConverter.ToSingle(BitConverter.GetBytes(0.1f), 0) * c));
    }
}
