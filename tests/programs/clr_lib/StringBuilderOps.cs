using System;
using System.Text;

class StringBuilderOps
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("int=").Append(42).Append(" long=").Append(-9000000000L).Append(" bool=").Append(true)
          .Append(" char=").Append('x').Append(" double=").Append(2.5).Append(" obj=").Append((object)null)
          .Append(new[] { 'h', 'i' }).Append(' ', 2).Append('*', 3).Append((short)7).Append((byte)200);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        sb.Clear();
        Console.WriteLine("[" + sb + "] " + sb.Length);
        sb.Append("Hello World");
        sb.Insert(0, ">> ").Insert(sb.Length, '!').Insert(3, 123).Insert(0, true);
        Console.WriteLine(sb);
        sb.Remove(0, 4);
        Console.WriteLine(sb);
        sb.Replace("World", "There").Replace('l', 'L').Replace("123", "");
        Console.WriteLine(sb);
        sb.Replace("L", "ll", 0, 5);
        Console.WriteLine(sb + " " + sb[3] + sb[sb.Length - 1]);
        sb[0] = '<';
        Console.WriteLine(sb.ToString(0, 5) + "|" + sb.ToString(5, sb.Length - 5));
        sb.Length = 4;
        Console.WriteLine("[" + sb + "]");
        sb.Length = 6;
        Console.WriteLine(sb.Length + " " + (sb[5] == '\0'));
        var lines = new StringBuilder();
        lines.AppendLine("first").AppendLine().AppendLine("third");
        Console.Write(lines);
        var cap = new StringBuilder();
        Console.Write(cap.Capacity);
        for (int i = 0; i < 30; i++)
        {
            cap.Append("abc");
            Console.Write(" " + cap.Capacity);
        }
        Console.WriteLine();
        Console.WriteLine(new StringBuilder("seed").Capacity + " " + new StringBuilder(100).Capacity + " " + new StringBuilder("0123456789012345678901234").Capacity);
        var rev = new StringBuilder("stressed");
        for (int i = 0, j = rev.Length - 1; i < j; i++, j--)
        {
            char t = rev[i];
            rev[i] = rev[j];
            rev[j] = t;
        }
        Console.WriteLine(rev);
        var table = new StringBuilder();
        for (int row = 1; row <= 4; row++)
        {
            for (int col = 1; col <= 4; col++)
                table.Append(row * col).Append(col < 4 ? "\t" : "");
            table.Append('\n');
        }
        Console.Write(table.ToString());
        try
        {
            sb.Remove(2, 100);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Console.WriteLine(sb[100]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            sb.Insert(99, "x");
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine(new StringBuilder("a").Append("b", 0, 1).Append("xyz", 1, 2).Append(new char[] { 'p', 'q', 'r' }, 1, 1));
        var fmt = new StringBuilder();
        fmt.AppendFormat("{0}-{1}", 1, "two").AppendFormat(" [{0,5}]", 42).AppendFormat(" {0}{1}{2}", 'a', 'b', 'c')
           .AppendFormat(" {0} {1} {2} {3}", 1, 2, 3, 4).AppendFormat(" {0:D3}", 7);
        Console.WriteLine(fmt);
        Console.WriteLine(new StringBuilder("abc").Equals(new StringBuilder("abc")) + " " + new StringBuilder("abc").Equals(new StringBuilder("abd")));
    }
}
