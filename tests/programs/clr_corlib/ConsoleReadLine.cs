using System;

class ConsoleReadLine
{
    static void Main()
    {
        Console.Write("Name? ");
        string name = Console.ReadLine();
        Console.WriteLine("Hello, " + name + "!");
        int total = 0;
        string line;
        int lines = 0;
        while ((line = Console.ReadLine()) != null)
        {
            lines++;
            line = line.Trim();
            if (line.Length == 0)
                continue;
            foreach (string part in line.Split(' '))
            {
                int v;
                if (int.TryParse(part, out v))
                    total += v;
                else
                    Console.WriteLine("skip [" + part + "]");
            }
        }
        Console.WriteLine(lines + " lines, total " + total);
        Console.WriteLine(Console.ReadLine() == null);
    }
}
