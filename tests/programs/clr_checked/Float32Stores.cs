// Stores into float32 locations round to single precision (ECMA-335
// I.12.1.3, conv.r4): locals, arguments, fields, statics, array elements,
// struct fields and locations reached through `ref`.  Every operation's
// result is stored (or passed, or returned) before the next one, so float32
// arithmetic (Mono's default on x86-64) and F arithmetic (Parley's, and
// `mono -O=-float32`) agree.
using System;

struct Vec { public float X; public float Y; }

class Holder { public float F; public static float S; public Vec V; }

class Float32Stores {
    static string D(float f) { return ((double)f).ToString("R"); }

    static void Bump(ref float r, float by) { r += by; }

    static float Third(float x) { x /= 3f; return x; }

    static float Add(float a, float b) { return a + b; }

    static double Widen(float x) { return x; }

    static float Generic<T>(T[] a, int i, T v) { a[i] = v; return 0f; }

    static void Main() {
        float local = 0f;
        for (int i = 0; i < 10; i++)
            local += 0.1f;
        Console.WriteLine("local " + D(local));

        Holder h = new Holder();
        for (int i = 0; i < 7; i++)
            h.F += 0.3f;
        Console.WriteLine("field " + D(h.F));

        for (int i = 0; i < 9; i++)
            Holder.S += 0.7f;
        Console.WriteLine("static " + D(Holder.S));

        float[] arr = new float[3];
        for (int i = 0; i < 5; i++) {
            arr[0] += 0.1f;
            arr[1] = arr[1] + 1f / 3f;
        }
        arr[2] = arr[0];
        arr[2] /= 7f;
        Console.WriteLine("array " + D(arr[0]) + " " + D(arr[1]) + " " + D(arr[2]));

        Vec v = new Vec();
        for (int i = 0; i < 6; i++) {
            v.X += 0.1f;
            v.Y -= 0.3f;
        }
        Console.WriteLine("struct " + D(v.X) + " " + D(v.Y));
        h.V.X = 1f;
        h.V.X /= 3f;
        Console.WriteLine("struct field " + D(h.V.X));

        float r = 1f;
        for (int i = 0; i < 4; i++)
            Bump(ref r, 0.1f);
        Bump(ref arr[1], 0.2f);
        Bump(ref h.F, 0.2f);
        Bump(ref Holder.S, 0.2f);
        Console.WriteLine("ref " + D(r) + " " + D(arr[1]) + " " + D(h.F) + " " + D(Holder.S));

        Console.WriteLine("arg " + D(Third(1f)) + " " + D(Third(0.1f)));
        float a = 0.1f, c = 1f / 3f;
        Console.WriteLine("return " + D(Add(a, c)) + " " + Widen(a + c).ToString("R"));

        float[] g = new float[1];
        Generic<float>(g, 0, 0.1f);
        g[0] *= 3f;
        Console.WriteLine("generic " + D(g[0]));

        double d = 0.1;
        float fromDouble = (float)d;
        float big = 16777216f;
        big += 1f;
        Console.WriteLine("conv " + D(fromDouble) + " " + D(big));
        float[] fs = { 1f / 3f, 2f / 3f };
        float sum = 0f;
        foreach (float f in fs) sum += f;
        Console.WriteLine("sum " + D(sum) + " " + (sum == 1f));
    }
}
