using System;

class Money : IFormattable
{
    double amount;
    public Money(double a) { amount = a; }
    public string ToString(string format, IFormatProvider provider)
    {
        if (format == null || format == "")
            return "M" + amount.ToString("F2");
        if (format == "short")
            return "$" + Math.Floor(amount);
        return "M(" + format + ")" + amount.ToString(format);
    }
    public override string ToString() { return "Money:" + amount; }
}

struct Temp : IFormattable
{
    public double Degrees;
    public string ToString(string format, IFormatProvider p)
    {
        return format == "F" ? (Degrees * 9 / 5 + 32).ToString("0.0") + "F" : Degrees.ToString("0.0") + "C";
    }
}

class FormattableUser
{
    static void Main()
    {
        Money m = new Money(12.345);
        Console.WriteLine(m);
        Console.WriteLine(m.ToString());
        Console.WriteLine(string.Format("{0}", m));
        Console.WriteLine(string.Format("{0:short}", m));
        Console.WriteLine(string.Format("[{0,12:N3}]", m));
        Console.WriteLine("{0:E2} and {1}", m, 5);
        Temp t = new Temp();
        t.Degrees = 21.5;
        Console.WriteLine(string.Format("{0} {0:F} {0:C}", t));
        IFormattable f = 3.14159;
        Console.WriteLine(f.ToString("F2", null));
        Console.WriteLine(string.Concat(m, " ", t));
    }
}
