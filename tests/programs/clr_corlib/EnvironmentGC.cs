using System;

class EnvironmentGC
{
    static int Main()
    {
        Console.Write("line1" + Environment.NewLine + "line2" + Environment.NewLine);
        Console.WriteLine(Environment.NewLine.Length);
        int t1 = Environment.TickCount;
        int t2 = Environment.TickCount;
        Console.WriteLine(t2 - t1 >= 0 && t2 - t1 < 60000);
        GC.Collect();
        GC.Collect(0);
        GC.WaitForPendingFinalizers();
        Console.WriteLine(GC.GetTotalMemory(false) > 0);
        Console.WriteLine(GC.MaxGeneration >= 0);
        object keep = new object();
        GC.KeepAlive(keep);
        Console.WriteLine(Environment.ProcessorCount > 0);
        Console.WriteLine("exiting");
        Environment.Exit(3);
        Console.WriteLine("not reached");
        return 0;
    }
}
