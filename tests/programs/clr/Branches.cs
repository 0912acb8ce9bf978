using System;
class Program {
    static string Classify(int n) {
        if (n < 0) return "negative";
        else if (n == 0) return "zero";
        else if (n % 2 == 0) return "even";
        return "odd";
    }
    static int Sw(int k) {
        switch (k) {
            case 1: return 10;
            case 2: return 20;
            case 3: case 4: return 34;
            default: return -1;
        }
    }
    static void Main() {
        for (int i = -2; i <= 3; i++) Console.WriteLine(i + " " + Classify(i));
        for (int i = 0; i <= 5; i++) Console.Write(Sw(i) + " ");
        Console.WriteLine();
        int n = 0;
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                if (j > i) break;
                n += j;
            }
        }
        Console.WriteLine(n);
        int w = 0; do { w += 3; } while (w < 20);
        Console.WriteLine(w);
        bool flag = n > 100 && w < 30;
        Console.WriteLine(flag);
    }
}
