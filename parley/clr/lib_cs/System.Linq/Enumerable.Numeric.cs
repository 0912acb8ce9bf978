// Parley corlib: Enumerable's numeric aggregates (Sum, Min, Max, Average).
//
// Parley names a method by its name and a descriptor in which the type
// arguments of a generic type in a signature are erased, so Average over
// int, long and double elements (and with Func<T,int>/Func<T,long>/
// Func<T,double> selectors) are one method each here: the elements are read
// boxed through the non-generic IEnumerator (arrays directly), a selector's
// result is converted with conv.r8, which in Parley converts an int, a long
// or a double alike.
using System.Collections;
using System.Collections.Generic;
using Parley.Runtime;

namespace System.Linq
{
    public static partial class Enumerable
    {
        // ---- Sum -------------------------------------------------------------------------
        public static int Sum(this IEnumerable<int> source)
        {
            if (source == null)
                throw Null("source");
            int sum = 0;
            foreach (int x in Seq.Of(source))
                sum = CheckedAdd(sum, x);
            return sum;
        }

        public static long Sum(this IEnumerable<long> source)
        {
            if (source == null)
                throw Null("source");
            long sum = 0;
            foreach (long x in Seq.Of(source))
                sum = CheckedAdd(sum, x);
            return sum;
        }

        public static double Sum(this IEnumerable<double> source)
        {
            if (source == null)
                throw Null("source");
            double sum = 0;
            foreach (double x in Seq.Of(source))
                sum += x;
            return sum;
        }

        public static float Sum(this IEnumerable<float> source)
        {
            if (source == null)
                throw Null("source");
            double sum = 0;
            foreach (float x in Seq.Of(source))
                sum += x;
            return (float)sum;
        }

        public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            int sum = 0;
            foreach (TSource x in Seq.Of(source))
                sum = CheckedAdd(sum, selector(x));
            return sum;
        }

        public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            long sum = 0;
            foreach (TSource x in Seq.Of(source))
                sum = CheckedAdd(sum, selector(x));
            return sum;
        }

        public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            double sum = 0;
            foreach (TSource x in Seq.Of(source))
                sum += selector(x);
            return sum;
        }

        public static float Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            double sum = 0;
            foreach (TSource x in Seq.Of(source))
                sum += selector(x);
            return (float)sum;
        }

        // ---- Average -----------------------------------------------------------------------
        /// Average of int, long or double elements (one descriptor in Parley).
        public static double Average(this IEnumerable<long> source)
        {
            if (source == null)
                throw Null("source");
            object o = source;
            double sum = 0;
            long n = 0;
            int[] ia = o as int[];
            double[] da = o as double[];
            if (ia != null)
            {
                for (int i = 0; i < ia.Length; i++)
                    sum += ia[i];
                n = ia.Length;
            }
            else if (da != null)
            {
                for (int i = 0; i < da.Length; i++)
                    sum += da[i];
                n = da.Length;
            }
            else
            {
                long[] la = o as long[];
                if (la != null)
                {
                    for (int i = 0; i < la.Length; i++)
                        sum += la[i];
                    n = la.Length;
                }
                else
                {
                    // the elements boxed, through the non-generic IEnumerator
                    IEnumerator e = ((IEnumerable)source).GetEnumerator();
                    while (e.MoveNext())
                    {
                        object v = e.Current;
                        if (v is int)
                            sum += (int)v;
                        else if (v is long)
                            sum += (long)v;
                        else
                            sum += (double)v;
                        n++;
                    }
                }
            }
            if (n == 0)
                throw new InvalidOperationException(Msg.NoElements);
            return sum / n;
        }

#if PARLEY_CHK
        // (only when the library is checked on Mono itself, where these
        // overloads are distinct methods)
        public static double Average(this IEnumerable<int> source)
        {
            return Average(Select(source, x => (long)x));
        }

        public static double Average(this IEnumerable<double> source)
        {
            if (source == null)
                throw Null("source");
            double sum = 0;
            long n = 0;
            foreach (double x in Seq.Of(source))
            {
                sum += x;
                n++;
            }
            if (n == 0)
                throw new InvalidOperationException(Msg.NoElements);
            return sum / n;
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            return Average(Select(source, selector));
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            return Average(Select(source, selector));
        }
#endif

        public static float Average(this IEnumerable<float> source)
        {
            if (source == null)
                throw Null("source");
            double sum = 0;
            long n = 0;
            foreach (float x in Seq.Of(source))
            {
                sum += x;
                n++;
            }
            if (n == 0)
                throw new InvalidOperationException(Msg.NoElements);
            return (float)(sum / n);
        }

        /// Average with an int, long or double selector (one descriptor in Parley).
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            double sum = 0;
            long n = 0;
            foreach (TSource x in Seq.Of(source))
            {
                sum += (double)selector(x);
                n++;
            }
            if (n == 0)
                throw new InvalidOperationException(Msg.NoElements);
            return sum / n;
        }

        public static float Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            double sum = 0;
            long n = 0;
            foreach (TSource x in Seq.Of(source))
            {
                sum += selector(x);
                n++;
            }
            if (n == 0)
                throw new InvalidOperationException(Msg.NoElements);
            return (float)(sum / n);
        }

        // ---- Min / Max of the primitive types ------------------------------------------------
        public static int Min(this IEnumerable<int> source)
        {
            if (source == null)
                throw Null("source");
            bool any = false;
            int m = 0;
            foreach (int x in Seq.Of(source))
            {
                if (!any || x < m)
                    m = x;
                any = true;
            }
            if (!any)
                throw new InvalidOperationException(Msg.NoElements);
            return m;
        }

        public static int Max(this IEnumerable<int> source)
        {
            if (source == null)
                throw Null("source");
            bool any = false;
            int m = 0;
            foreach (int x in Seq.Of(source))
            {
                if (!any || x > m)
                    m = x;
                any = true;
            }
            if (!any)
                throw new InvalidOperationException(Msg.NoElements);
            return m;
        }

        public static long Min(this IEnumerable<long> source)
        {
            if (source == null)
                throw Null("source");
            bool any = false;
            long m = 0;
            foreach (long x in Seq.Of(source))
            {
                if (!any || x < m)
                    m = x;
                any = true;
            }
            if (!any)
                throw new InvalidOperationException(Msg.NoElements);
            return m;
        }

        public static long Max(this IEnumerable<long> source)
        {
            if (source == null)
                throw Null("source");
            bool any = false;
            long m = 0;
            foreach (long x in Seq.Of(source))
            {
                if (!any || x > m)
                    m = x;
                any = true;
            }
            if (!any)
                throw new InvalidOperationException(Msg.NoElements);
            return m;
        }

        public static double Min(this IEnumerable<double> source)
        {
            if (source == null)
                throw Null("source");
            bool any = false;
            double m = 0;
            foreach (double x in Seq.Of(source))
            {
                if (x != x)
                    return x;       // NaN is the minimum
                if (!any || x < m)
                    m = x;
                any = true;
            }
            if (!any)
                throw new InvalidOperationException(Msg.NoElements);
            return m;
        }

        public static double Max(this IEnumerable<double> source)
        {
            if (source == null)
                throw Null("source");
            bool any = false;
            double m = 0;
            foreach (double x in Seq.Of(source))
            {
                // NaN only when every element is NaN
                if (!any || x > m || m != m)
                    m = x;
                any = true;
            }
            if (!any)
                throw new InvalidOperationException(Msg.NoElements);
            return m;
        }

        public static float Min(this IEnumerable<float> source)
        {
            if (source == null)
                throw Null("source");
            bool any = false;
            float m = 0;
            foreach (float x in Seq.Of(source))
            {
                if (x != x)
                    return x;
                if (!any || x < m)
                    m = x;
                any = true;
            }
            if (!any)
                throw new InvalidOperationException(Msg.NoElements);
            return m;
        }

        public static float Max(this IEnumerable<float> source)
        {
            if (source == null)
                throw Null("source");
            bool any = false;
            float m = 0;
            foreach (float x in Seq.Of(source))
            {
                if (!any || x > m || m != m)
                    m = x;
                any = true;
            }
            if (!any)
                throw new InvalidOperationException(Msg.NoElements);
            return m;
        }

        // ---- Min / Max with a selector ---------------------------------------------------------
        public static int Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            return Min(Select(source, selector));
        }

        public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector)
        {
            return Max(Select(source, selector));
        }

        public static long Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            return Min(Select(source, selector));
        }

        public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector)
        {
            return Max(Select(source, selector));
        }

        public static double Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            return Min(Select(source, selector));
        }

        public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector)
        {
            return Max(Select(source, selector));
        }

        public static float Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            return Min(Select(source, selector));
        }

        public static float Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector)
        {
            return Max(Select(source, selector));
        }

        public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            return Min(Select(source, selector));
        }

        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            return Max(Select(source, selector));
        }

        // ---- Min / Max of any comparable type ------------------------------------------------
        public static TSource Min<TSource>(this IEnumerable<TSource> source)
        {
            return Extreme(source, -1);
        }

        public static TSource Max<TSource>(this IEnumerable<TSource> source)
        {
            return Extreme(source, 1);
        }

        // sign -1: the minimum, 1: the maximum; nulls are skipped, and a
        // sequence of a reference type may be empty (null), as in Mono
        static TSource Extreme<TSource>(IEnumerable<TSource> source, int sign)
        {
            if (source == null)
                throw Null("source");
            Comparer<TSource> comparer = Comparer<TSource>.Default;
            TSource value = default(TSource);
            if (value == null)
            {
                foreach (TSource x in Seq.Of(source))
                {
                    if (x != null && (value == null || comparer.Compare(x, value) * sign > 0))
                        value = x;
                }
                return value;
            }
            bool any = false;
            foreach (TSource x in Seq.Of(source))
            {
                if (!any || comparer.Compare(x, value) * sign > 0)
                    value = x;
                any = true;
            }
            if (!any)
                throw new InvalidOperationException(Msg.NoElements);
            return value;
        }
    }
}
