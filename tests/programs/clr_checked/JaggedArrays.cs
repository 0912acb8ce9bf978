// Jagged arrays (arrays of arrays), and arrays of multi-dimensional
// arrays and the other way round.
using System;

class JaggedArrays {
    static void Main() {
        int[][] tri = new int[5][];
        for (int i = 0; i < tri.Length; i++) {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++)
                tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        foreach (int[] row in tri) {
            string line = "";
            foreach (int x in row) line += x + " ";
            Console.WriteLine(line);
        }
        string[][] words = { new string[] { "a", "b" }, new string[0], new string[] { "c" } };
        int n = 0;
        foreach (string[] w in words) n += w.Length;
        Console.WriteLine(n + " " + words[2][0]);
        long[][][] cube = new long[2][][];
        cube[1] = new long[3][];
        cube[1][2] = new long[] { 1L << 50 };
        Console.WriteLine(cube[1][2][0] + " " + (cube[0] == null) + " " + (cube[1][0] == null));
        int[][,] mixed = new int[2][,];
        mixed[1] = new int[2, 3];
        mixed[1][1, 2] = 9;
        Console.WriteLine(mixed[1][1, 2] + " " + (mixed[0] == null));
        int[,][] other = new int[2, 2][];
        other[1, 0] = new int[] { 4, 5, 6 };
        other[1, 0][2]++;
        Console.WriteLine(other[1, 0][2] + " " + other[1, 0].Length + " " + (other[0, 0] == null));
        int[,][,] both = new int[1, 2][,];
        both[0, 1] = new int[,] { { 1, 2 }, { 3, 4 } };
        Console.WriteLine(both[0, 1][1, 0]);
        try {
            Console.WriteLine(tri[2][5]);
        } catch (IndexOutOfRangeException e) {
            Console.WriteLine(e.GetType().Name);
        }
        try {
            Console.WriteLine(tri[1].Length + words[1][0]);
        } catch (IndexOutOfRangeException e) {
            Console.WriteLine(e.GetType().Name);
        }
        Console.WriteLine(mixed.GetType() + " " + other.GetType() + " " + both.GetType());
    }
}
