// Parley corlib: System.Tuple (reference tuples, ToString "(1, 2)").
using System.Collections.Generic;

namespace System
{
    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1)
        {
            return new Tuple<T1>(item1);
        }

        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2)
        {
            return new Tuple<T1, T2>(item1, item2);
        }

        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3)
        {
            return new Tuple<T1, T2, T3>(item1, item2, item3);
        }

        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            return new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        }

        internal static string Show(object o)
        {
            return o == null ? "" : o.ToString();
        }

        internal static int Combine(int h1, int h2)
        {
            return ((h1 << 5) + h1) ^ h2;
        }
    }

    public class Tuple<T1> : IComparable
    {
        readonly T1 m_Item1;

        public Tuple(T1 item1)
        {
            m_Item1 = item1;
        }

        public T1 Item1 { get { return m_Item1; } }

        public override bool Equals(object obj)
        {
            Tuple<T1> t = obj as Tuple<T1>;
            return t != null && EqualityComparer<T1>.Default.Equals(m_Item1, t.m_Item1);
        }

        public override int GetHashCode()
        {
            return EqualityComparer<T1>.Default.GetHashCode(m_Item1);
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1> t = obj as Tuple<T1>;
            if (t == null)
                throw new ArgumentException("Argument must be of type Tuple`1.", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, t.m_Item1);
            if (c != 0)
                return c;
            return 0;
        }

        public override string ToString()
        {
            return "(" + Tuple.Show(m_Item1) + ")";
        }
    }

    public class Tuple<T1, T2> : IComparable
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;

        public Tuple(T1 item1, T2 item2)
        {
            m_Item1 = item1;
            m_Item2 = item2;
        }

        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2> t = obj as Tuple<T1, T2>;
            return t != null && EqualityComparer<T1>.Default.Equals(m_Item1, t.m_Item1)
                && EqualityComparer<T2>.Default.Equals(m_Item2, t.m_Item2);
        }

        public override int GetHashCode()
        {
            return Tuple.Combine(EqualityComparer<T1>.Default.GetHashCode(m_Item1),
                                 EqualityComparer<T2>.Default.GetHashCode(m_Item2));
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2> t = obj as Tuple<T1, T2>;
            if (t == null)
                throw new ArgumentException("Argument must be of type Tuple`2.", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, t.m_Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(m_Item2, t.m_Item2);
            if (c != 0)
                return c;
            return 0;
        }

        public override string ToString()
        {
            return "(" + Tuple.Show(m_Item1) + ", " + Tuple.Show(m_Item2) + ")";
        }
    }

    public class Tuple<T1, T2, T3> : IComparable
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;
        readonly T3 m_Item3;

        public Tuple(T1 item1, T2 item2, T3 item3)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
        }

        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3> t = obj as Tuple<T1, T2, T3>;
            return t != null && EqualityComparer<T1>.Default.Equals(m_Item1, t.m_Item1)
                && EqualityComparer<T2>.Default.Equals(m_Item2, t.m_Item2)
                && EqualityComparer<T3>.Default.Equals(m_Item3, t.m_Item3);
        }

        public override int GetHashCode()
        {
            return Tuple.Combine(Tuple.Combine(EqualityComparer<T1>.Default.GetHashCode(m_Item1),
                                               EqualityComparer<T2>.Default.GetHashCode(m_Item2)),
                                 EqualityComparer<T3>.Default.GetHashCode(m_Item3));
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2, T3> t = obj as Tuple<T1, T2, T3>;
            if (t == null)
                throw new ArgumentException("Argument must be of type Tuple`3.", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, t.m_Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(m_Item2, t.m_Item2);
            if (c != 0)
                return c;
            c = Comparer<T3>.Default.Compare(m_Item3, t.m_Item3);
            if (c != 0)
                return c;
            return 0;
        }

        public override string ToString()
        {
            return "(" + Tuple.Show(m_Item1) + ", " + Tuple.Show(m_Item2) + ", " + Tuple.Show(m_Item3) + ")";
        }
    }

    public class Tuple<T1, T2, T3, T4> : IComparable
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;
        readonly T3 m_Item3;
        readonly T4 m_Item4;

        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
        }

        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }
        public T4 Item4 { get { return m_Item4; } }

        public override bool Equals(object obj)
        {
            Tuple<T1, T2, T3, T4> t = obj as Tuple<T1, T2, T3, T4>;
            return t != null && EqualityComparer<T1>.Default.Equals(m_Item1, t.m_Item1)
                && EqualityComparer<T2>.Default.Equals(m_Item2, t.m_Item2)
                && EqualityComparer<T3>.Default.Equals(m_Item3, t.m_Item3)
                && EqualityComparer<T4>.Default.Equals(m_Item4, t.m_Item4);
        }

        public override int GetHashCode()
        {
            return Tuple.Combine(Tuple.Combine(EqualityComparer<T1>.Default.GetHashCode(m_Item1),
                                               EqualityComparer<T2>.Default.GetHashCode(m_Item2)),
                                 Tuple.Combine(EqualityComparer<T3>.Default.GetHashCode(m_Item3),
                                               EqualityComparer<T4>.Default.GetHashCode(m_Item4)));
        }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null)
                return 1;
            Tuple<T1, T2, T3, T4> t = obj as Tuple<T1, T2, T3, T4>;
            if (t == null)
                throw new ArgumentException("Argument must be of type Tuple`4.", "other");
            int c;
            c = Comparer<T1>.Default.Compare(m_Item1, t.m_Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(m_Item2, t.m_Item2);
            if (c != 0)
                return c;
            c = Comparer<T3>.Default.Compare(m_Item3, t.m_Item3);
            if (c != 0)
                return c;
            c = Comparer<T4>.Default.Compare(m_Item4, t.m_Item4);
            if (c != 0)
                return c;
            return 0;
        }

        public override string ToString()
        {
            return "(" + Tuple.Show(m_Item1) + ", " + Tuple.Show(m_Item2) + ", " + Tuple.Show(m_Item3) + ", " + Tuple.Show(m_Item4) + ")";
        }
    }
}
