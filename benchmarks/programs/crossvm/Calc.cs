// C# library called from Java (CrossLoop.java) on Parley.  Build: Calc.dll
public static class Calc {
    public static int Add(int a, int b) {
        return a + b;
    }
}
