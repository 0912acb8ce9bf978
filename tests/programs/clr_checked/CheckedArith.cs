// checked/unchecked arithmetic on int, long, uint, ulong: add.ovf, sub.ovf,
// mul.ovf and their .un forms, unsigned division, and the exceptions.
using System;

class CheckedArith {
    delegate long Op();

    static void Show(string label, Func<object> f) {
        try {
            Console.WriteLine(label + " = " + f());
        } catch (Exception e) {
            Console.WriteLine(label + " ! " + e.GetType().Name + ": " + e.Message);
        }
    }

    static int[] ints = { 0, 1, -1, 2, -2, 46341, -46341, 65536, int.MaxValue, int.MinValue, int.MaxValue - 1, int.MinValue + 1 };
    static long[] longs = { 0, 1, -1, 3037000500L, -3037000500L, 4294967296L, long.MaxValue, long.MinValue, long.MaxValue - 1 };
    static uint[] uints = { 0, 1, 2, 65536, 2147483648u, uint.MaxValue, uint.MaxValue - 1 };
    static ulong[] ulongs = { 0, 1, 2, 4294967296UL, 9223372036854775808UL, ulong.MaxValue, ulong.MaxValue - 1 };

    static void Main() {
        foreach (int a in ints) {
            foreach (int b in ints) {
                string ab = a + "," + b;
                Show("int+ " + ab, () => checked(a + b));
                Show("int- " + ab, () => checked(a - b));
                Show("int* " + ab, () => checked(a * b));
                Show("int/ " + ab, () => a / b);
                Show("int% " + ab, () => a % b);
                Show("uint+ " + ab, () => unchecked(a + b));
                Show("uint* " + ab, () => unchecked(a * b));
            }
            Show("neg " + a, () => checked(-a));
            Show("uneg " + a, () => unchecked(-a));
            int x = a;
            Show("inc " + a, () => { checked { x++; } return x; });
            int y = a;
            Show("dec " + a, () => { checked { y--; } return y; });
            Show("abs-ish " + a, () => checked(a < 0 ? -a : a));
        }
        foreach (long a in longs) {
            foreach (long b in longs) {
                string ab = a + "," + b;
                Show("long+ " + ab, () => checked(a + b));
                Show("long- " + ab, () => checked(a - b));
                Show("long* " + ab, () => checked(a * b));
                Show("long/ " + ab, () => a / b);
                Show("long% " + ab, () => a % b);
                Show("ulong* " + ab, () => unchecked(a * b));
            }
            Show("lneg " + a, () => checked(-a));
            long z = a;
            Show("linc " + a, () => { checked { z += 1; } return z; });
        }
        foreach (uint a in uints) {
            foreach (uint b in uints) {
                string ab = a + "," + b;
                Show("u+ " + ab, () => checked(a + b));
                Show("u- " + ab, () => checked(a - b));
                Show("u* " + ab, () => checked(a * b));
                Show("u/ " + ab, () => a / b);
                Show("u% " + ab, () => a % b);
                Show("u+w " + ab, () => unchecked(a + b));
                Show("u-w " + ab, () => unchecked(a - b));
                Show("u>> " + ab, () => a >> (int)b);
                Show("u< " + ab, () => a < b);
                Show("u>= " + ab, () => a >= b);
            }
            Show("uneg " + a, () => checked(-a));
        }
        foreach (ulong a in ulongs) {
            foreach (ulong b in ulongs) {
                string ab = a + "," + b;
                Show("ul+ " + ab, () => checked(a + b));
                Show("ul- " + ab, () => checked(a - b));
                Show("ul* " + ab, () => checked(a * b));
                Show("ul/ " + ab, () => a / b);
                Show("ul% " + ab, () => a % b);
                Show("ul-w " + ab, () => unchecked(a - b));
                Show("ul>> " + ab, () => a >> (int)b);
                Show("ul> " + ab, () => a > b);
                Show("ul<= " + ab, () => a <= b);
            }
        }
        // mixed signed/unsigned checked operations
        foreach (int a in ints) {
            foreach (uint b in uints) {
                string ab = a + "," + b;
                Show("i+u " + ab, () => checked(a + b));
                Show("u-i " + ab, () => checked(b - (long)a));
            }
        }
        // shifts by counts beyond the width (masked)
        foreach (int s in new int[] { 0, 1, 31, 32, 33, 63, 64, 65, -1 }) {
            Show("ishl " + s, () => 0x40000001 << s);
            Show("ishr " + s, () => -12345 >> s);
            Show("lshl " + s, () => 0x4000000000000001L << s);
            Show("lshr " + s, () => -1234567890123L >> s);
            Show("ulshr " + s, () => 0xF000000000000001UL >> s);
        }
    }
}
