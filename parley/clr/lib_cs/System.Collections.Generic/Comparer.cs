// Parley corlib: Comparer<T> and EqualityComparer<T> with their Default
// instances: IComparable<T>, the primitive types and strings (culture-style
// order, as Mono's invariant culture), then IComparable; IEquatable<T>,
// then Object.Equals.  null is smaller than everything.
using Parley.Runtime;

namespace System.Collections.Generic
{
    public abstract class Comparer<T> : IComparer<T>
    {
        protected Comparer()
        {
        }

        static Comparer<T> defaultComparer;

        public static Comparer<T> Default
        {
            get
            {
                Comparer<T> c = defaultComparer;
                if (c == null)
                {
                    c = new DefaultComparer<T>();
                    defaultComparer = c;
                }
                return c;
            }
        }

        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null)
                throw Msg.NullArg("comparison");
            return new ComparisonComparer<T>(comparison);
        }

        public abstract int Compare(T x, T y);
    }

    internal sealed class DefaultComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y)
        {
            if (x == null)
                return y == null ? 0 : -1;
            if (y == null)
                return 1;
            IComparable<T> c = x as IComparable<T>;
            if (c != null)
                return c.CompareTo(y);
            return Comparisons.CompareObjects(x, y);
        }

        public override bool Equals(object obj)
        {
            return obj is DefaultComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x2a1f3c;
        }
    }

    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        readonly Comparison<T> comparison;

        public ComparisonComparer(Comparison<T> comparison)
        {
            this.comparison = comparison;
        }

        public override int Compare(T x, T y)
        {
            return comparison(x, y);
        }
    }

    public abstract class EqualityComparer<T> : IEqualityComparer<T>
    {
        protected EqualityComparer()
        {
        }

        static EqualityComparer<T> defaultComparer;

        public static EqualityComparer<T> Default
        {
            get
            {
                EqualityComparer<T> c = defaultComparer;
                if (c == null)
                {
                    c = new DefaultEqualityComparer<T>();
                    defaultComparer = c;
                }
                return c;
            }
        }

        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);
    }

    internal sealed class DefaultEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x == null)
                return y == null;
            if (y == null)
                return false;
            IEquatable<T> e = x as IEquatable<T>;
            if (e != null)
                return e.Equals(y);
            return x.Equals(y);
        }

        public override int GetHashCode(T obj)
        {
            if (obj == null)
                return 0;
            return obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            return obj is DefaultEqualityComparer<T>;
        }

        public override int GetHashCode()
        {
            return 0x2a1f3d;
        }
    }
}

namespace Parley.Runtime
{
    using System;

    internal static class Comparisons
    {
        public static int Sign(int a, int b)
        {
            return a < b ? -1 : (a > b ? 1 : 0);
        }

        public static int CompareDoubles(double a, double b)
        {
            if (a < b)
                return -1;
            if (a > b)
                return 1;
            if (a == b)
                return 0;
            // at least one NaN: NaN is smaller than everything else
            if (a != a)
                return b != b ? 0 : -1;
            return 1;
        }

        /// Compare two non-null values the way their CompareTo would.
        public static int CompareObjects(object a, object b)
        {
            string sa = a as string;
            if (sa != null)
            {
                string sb = b as string;
                if (sb == null)
                    throw new ArgumentException("Object must be of type String.");
                return sa.CompareTo(sb);    // culture order (native String.CompareTo)
            }
            if (a is int && b is int)
                return Sign((int)a, (int)b);
            if (a is long && b is long)
            {
                long x = (long)a, y = (long)b;
                return x < y ? -1 : (x > y ? 1 : 0);
            }
            if (a is double && b is double)
                return CompareDoubles((double)a, (double)b);
            if (a is char && b is char)
                return (char)a - (char)b;
            if (a is bool && b is bool)
            {
                bool x = (bool)a, y = (bool)b;
                return x == y ? 0 : (x ? 1 : -1);
            }
            if (a is float && b is float)
                return CompareDoubles((float)a, (float)b);
            if (a is short && b is short)
                return (short)a - (short)b;
            if (a is byte && b is byte)
                return (byte)a - (byte)b;
            if (a is sbyte && b is sbyte)
                return (sbyte)a - (sbyte)b;
            if (a is ushort && b is ushort)
                return (ushort)a - (ushort)b;
            if (a is uint && b is uint)
            {
                uint x = (uint)a, y = (uint)b;
                return x < y ? -1 : (x > y ? 1 : 0);
            }
            if (a is ulong && b is ulong)
            {
                ulong x = (ulong)a, y = (ulong)b;
                return x < y ? -1 : (x > y ? 1 : 0);
            }
            IComparable c = a as IComparable;
            if (c != null)
                return c.CompareTo(b);
            // enums are IComparable in Mono's corlib (System.Enum, whose
            // CompareTo is native here)
            Enum e = a as Enum;
            if (e != null)
                return e.CompareTo(b);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }
}
