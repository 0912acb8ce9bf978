// System.Array members on multi-dimensional arrays: Length, Rank,
// GetLength, GetLowerBound/GetUpperBound, and foreach (which mcs compiles
// to nested loops over GetLength).
using System;

class MdArrayMembers {
    static void Describe(Array a) {
        Console.Write(a.GetType() + ": rank " + a.Rank + ", length " + a.Length + ", dims");
        for (int d = 0; d < a.Rank; d++)
            Console.Write(" " + a.GetLength(d) + "[" + a.GetLowerBound(d) + ".." + a.GetUpperBound(d) + "]");
        Console.WriteLine();
    }

    static void Main() {
        int[,] a = new int[3, 5];
        int k = 0;
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++)
                a[i, j] = k++;
        int sum = 0;
        foreach (int x in a) sum += x;
        Console.WriteLine(sum + " " + a.Length + " " + a.Rank);
        Describe(a);
        Describe(new string[2, 0, 4]);
        Describe(new double[1, 1, 1, 1]);
        Describe(new int[7]);
        string[,] names = { { "a", "b" }, { "c", "d" } };
        foreach (string n in names) Console.Write(n);
        Console.WriteLine();
        try {
            Console.WriteLine(a.GetLength(2));
        } catch (IndexOutOfRangeException) {
            Console.WriteLine("no dimension 2");
        }
    }
}
