// Explicit numeric conversions, checked and unchecked, from every integer
// type and from double/float to every integer type, and integer to
// floating point (conv.r.un for the unsigned types).
using System;

class Conversions {
    static void Show(string label, Func<object> f) {
        try {
            Console.WriteLine(label + " = " + f());
        } catch (Exception e) {
            Console.WriteLine(label + " ! " + e.GetType().Name);
        }
    }

    static void FromLong(string src, long v) {
        string l = src + " " + v;
        Show(l + " sbyte", () => checked((sbyte)v));
        Show(l + " byte", () => checked((byte)v));
        Show(l + " short", () => checked((short)v));
        Show(l + " ushort", () => checked((ushort)v));
        Show(l + " char", () => (int)checked((char)v));
        Show(l + " int", () => checked((int)v));
        Show(l + " uint", () => checked((uint)v));
        Show(l + " ulong", () => checked((ulong)v));
        Show(l + " u-sbyte", () => unchecked((sbyte)v));
        Show(l + " u-byte", () => unchecked((byte)v));
        Show(l + " u-short", () => unchecked((short)v));
        Show(l + " u-ushort", () => unchecked((ushort)v));
        Show(l + " u-int", () => unchecked((int)v));
        Show(l + " u-uint", () => unchecked((uint)v));
        Show(l + " u-ulong", () => unchecked((ulong)v));
        Show(l + " double", () => (double)v);
        Show(l + " float", () => (double)(float)v);
    }

    static void FromULong(ulong v) {
        string l = "ulong " + v;
        Show(l + " sbyte", () => checked((sbyte)v));
        Show(l + " byte", () => checked((byte)v));
        Show(l + " short", () => checked((short)v));
        Show(l + " ushort", () => checked((ushort)v));
        Show(l + " int", () => checked((int)v));
        Show(l + " uint", () => checked((uint)v));
        Show(l + " long", () => checked((long)v));
        Show(l + " u-int", () => unchecked((int)v));
        Show(l + " u-long", () => unchecked((long)v));
        Show(l + " double", () => (double)v);
        Show(l + " float", () => (double)(float)v);
    }

    static void FromUInt(uint v) {
        string l = "uint " + v;
        Show(l + " sbyte", () => checked((sbyte)v));
        Show(l + " short", () => checked((short)v));
        Show(l + " int", () => checked((int)v));
        Show(l + " long", () => (long)v);
        Show(l + " ulong", () => (ulong)v);
        Show(l + " u-int", () => unchecked((int)v));
        Show(l + " double", () => (double)v);
        Show(l + " float", () => (double)(float)v);
    }

    static void FromDouble(double v) {
        string l = "double " + v;
        Show(l + " sbyte", () => checked((sbyte)v));
        Show(l + " byte", () => checked((byte)v));
        Show(l + " short", () => checked((short)v));
        Show(l + " ushort", () => checked((ushort)v));
        Show(l + " int", () => checked((int)v));
        Show(l + " uint", () => checked((uint)v));
        Show(l + " long", () => checked((long)v));
        Show(l + " ulong", () => checked((ulong)v));
        Show(l + " u-sbyte", () => unchecked((sbyte)v));
        Show(l + " u-byte", () => unchecked((byte)v));
        Show(l + " u-short", () => unchecked((short)v));
        Show(l + " u-char", () => (int)unchecked((char)v));
        Show(l + " u-int", () => unchecked((int)v));
        Show(l + " u-uint", () => unchecked((uint)v));
        Show(l + " u-long", () => unchecked((long)v));
        Show(l + " u-ulong", () => unchecked((ulong)v));
        float f = (float)v;
        Show(l + " f-int", () => checked((int)f));
        Show(l + " f-uint", () => checked((uint)f));
        Show(l + " f-long", () => checked((long)f));
        Show(l + " f-u-int", () => unchecked((int)f));
    }

    static void Main() {
        foreach (int v in new int[] { 0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768,
                                      -32768, -32769, 65535, 65536, int.MaxValue, int.MinValue })
            FromLong("int", v);
        foreach (long v in new long[] { 4294967295L, 4294967296L, -2147483649L, long.MaxValue,
                                        long.MinValue, 9007199254740993L, -9007199254740993L,
                                        0x7FFFFF7FFFFFFFFFL, 0x20000020000001L })
            FromLong("long", v);
        foreach (ulong v in new ulong[] { 0, 127, 255, 65535, 2147483647, 2147483648, 4294967295,
                                          9223372036854775807, 9223372036854775808,
                                          ulong.MaxValue, 18446744073709549568 })
            FromULong(v);
        foreach (uint v in new uint[] { 0, 127, 128, 32768, 2147483647, 2147483648, uint.MaxValue })
            FromUInt(v);
        foreach (double v in new double[] { 0.0, -0.0, 0.5, -0.5, -0.99, -1.0, 1.5, 127.9, 128.0,
                                            -128.9, -129.0, 255.5, 256.0, 65535.9, 65536.0,
                                            2147483647.5, 2147483648.0, -2147483648.5,
                                            -2147483649.0, 4294967295.5, 4294967296.0,
                                            1e15, -1e15, 9.2e18, 9.3e18, -9.3e18, 1.8e19, 2e19,
                                            double.NaN, double.PositiveInfinity,
                                            double.NegativeInfinity, double.MaxValue, double.Epsilon })
            FromDouble(v);
    }
}
