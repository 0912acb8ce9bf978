// Parley corlib: System.ValueTuple (what C# 7 tuple syntax compiles to):
// public fields Item1..., ToString "(1, a)".
using System.Collections.Generic;

namespace System
{
    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IComparable<ValueTuple<T1, T2>>
    {
        public T1 Item1;
        public T2 Item2;

        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }

        public bool Equals(ValueTuple<T1, T2> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2> && Equals((ValueTuple<T1, T2>)obj);
        }

        public override int GetHashCode()
        {
            return Tuple.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1),
                                 EqualityComparer<T2>.Default.GetHashCode(Item2));
        }

        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            return Comparer<T2>.Default.Compare(Item2, other.Item2);
        }

        public override string ToString()
        {
            return "(" + Tuple.Show(Item1) + ", " + Tuple.Show(Item2) + ")";
        }
    }

    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IComparable<ValueTuple<T1, T2, T3>>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;

        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }

        public bool Equals(ValueTuple<T1, T2, T3> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3> && Equals((ValueTuple<T1, T2, T3>)obj);
        }

        public override int GetHashCode()
        {
            return Tuple.Combine(Tuple.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1),
                                               EqualityComparer<T2>.Default.GetHashCode(Item2)),
                                 EqualityComparer<T3>.Default.GetHashCode(Item3));
        }

        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0)
                return c;
            return Comparer<T3>.Default.Compare(Item3, other.Item3);
        }

        public override string ToString()
        {
            return "(" + Tuple.Show(Item1) + ", " + Tuple.Show(Item2) + ", " + Tuple.Show(Item3) + ")";
        }
    }

    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IComparable<ValueTuple<T1, T2, T3, T4>>
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;

        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }

        public bool Equals(ValueTuple<T1, T2, T3, T4> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1)
                && EqualityComparer<T2>.Default.Equals(Item2, other.Item2)
                && EqualityComparer<T3>.Default.Equals(Item3, other.Item3)
                && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        }

        public override bool Equals(object obj)
        {
            return obj is ValueTuple<T1, T2, T3, T4> && Equals((ValueTuple<T1, T2, T3, T4>)obj);
        }

        public override int GetHashCode()
        {
            return Tuple.Combine(Tuple.Combine(EqualityComparer<T1>.Default.GetHashCode(Item1),
                                               EqualityComparer<T2>.Default.GetHashCode(Item2)),
                                 Tuple.Combine(EqualityComparer<T3>.Default.GetHashCode(Item3),
                                               EqualityComparer<T4>.Default.GetHashCode(Item4)));
        }

        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c = Comparer<T1>.Default.Compare(Item1, other.Item1);
            if (c != 0)
                return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2);
            if (c != 0)
                return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3);
            if (c != 0)
                return c;
            return Comparer<T4>.Default.Compare(Item4, other.Item4);
        }

        public override string ToString()
        {
            return "(" + Tuple.Show(Item1) + ", " + Tuple.Show(Item2) + ", " + Tuple.Show(Item3) + ", " + Tuple.Show(Item4) + ")";
        }
    }
}
