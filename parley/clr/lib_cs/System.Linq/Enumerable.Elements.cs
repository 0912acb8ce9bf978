// Parley corlib: Enumerable's element, quantifier and conversion
// operators (First, Last, Single, ElementAt, Count, Any, All, Contains,
// SequenceEqual, Aggregate, ToList, ToArray, ToDictionary, ToHashSet).
using System.Collections;
using System.Collections.Generic;
using Parley.Runtime;

namespace System.Linq
{
    public static partial class Enumerable
    {
        // ---- First / Last / Single ------------------------------------------------------
        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            IList<TSource> list = Seq.AsList(source);
            if (list != null)
            {
                if (list.Count > 0)
                    return list[0];
            }
            else
            {
                foreach (TSource x in source)
                    return x;
            }
            throw new InvalidOperationException(Msg.NoElements);
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            foreach (TSource x in Seq.Of(source))
                if (predicate(x))
                    return x;
            throw new InvalidOperationException(Msg.NoMatch);
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            foreach (TSource x in Seq.Of(source))
                return x;
            return default(TSource);
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            foreach (TSource x in Seq.Of(source))
                if (predicate(x))
                    return x;
            return default(TSource);
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            IList<TSource> list = Seq.AsList(source);
            if (list != null)
            {
                int n = list.Count;
                if (n > 0)
                    return list[n - 1];
                throw new InvalidOperationException(Msg.NoElements);
            }
            bool found = false;
            TSource last = default(TSource);
            foreach (TSource x in source)
            {
                found = true;
                last = x;
            }
            if (!found)
                throw new InvalidOperationException(Msg.NoElements);
            return last;
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            bool found = false;
            TSource last = default(TSource);
            foreach (TSource x in Seq.Of(source))
            {
                if (predicate(x))
                {
                    found = true;
                    last = x;
                }
            }
            if (!found)
                throw new InvalidOperationException(Msg.NoMatch);
            return last;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            TSource last = default(TSource);
            foreach (TSource x in Seq.Of(source))
                last = x;
            return last;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            TSource last = default(TSource);
            foreach (TSource x in Seq.Of(source))
                if (predicate(x))
                    last = x;
            return last;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            IEnumerator<TSource> e = Seq.Of(source).GetEnumerator();
            try
            {
                if (!e.MoveNext())
                    throw new InvalidOperationException(Msg.NoElements);
                TSource r = e.Current;
                if (!e.MoveNext())
                    return r;
            }
            finally
            {
                e.Dispose();
            }
            throw new InvalidOperationException(Msg.MoreThanOne);
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            TSource r = default(TSource);
            long n = 0;
            foreach (TSource x in Seq.Of(source))
            {
                if (predicate(x))
                {
                    r = x;
                    n++;
                    if (n > 1)
                        throw new InvalidOperationException(Msg.MoreThanOneMatch);
                }
            }
            if (n == 0)
                throw new InvalidOperationException(Msg.NoMatch);
            return r;
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            IEnumerator<TSource> e = Seq.Of(source).GetEnumerator();
            try
            {
                if (!e.MoveNext())
                    return default(TSource);
                TSource r = e.Current;
                if (!e.MoveNext())
                    return r;
            }
            finally
            {
                e.Dispose();
            }
            throw new InvalidOperationException(Msg.MoreThanOne);
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            TSource r = default(TSource);
            long n = 0;
            foreach (TSource x in Seq.Of(source))
            {
                if (predicate(x))
                {
                    r = x;
                    n++;
                    if (n > 1)
                        throw new InvalidOperationException(Msg.MoreThanOneMatch);
                }
            }
            return r;
        }

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            if (source == null)
                throw Null("source");
            IList<TSource> list = Seq.AsList(source);
            if (list != null)
            {
                if (index < 0 || index >= list.Count)
                    throw Msg.OutOfRange("index");
                return list[index];
            }
            if (index >= 0)
            {
                foreach (TSource x in source)
                {
                    if (index == 0)
                        return x;
                    index--;
                }
            }
            throw Msg.OutOfRange("index");
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
        {
            if (source == null)
                throw Null("source");
            if (index >= 0)
            {
                foreach (TSource x in Seq.Of(source))
                {
                    if (index == 0)
                        return x;
                    index--;
                }
            }
            return default(TSource);
        }

        // ---- counting and quantifiers ----------------------------------------------------
        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            int n = Seq.KnownCount(source);
            if (n >= 0)
                return n;
            n = 0;
            foreach (TSource x in source)
                n = CheckedAdd(n, 1);
            return n;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            int n = 0;
            foreach (TSource x in Seq.Of(source))
                if (predicate(x))
                    n = CheckedAdd(n, 1);
            return n;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            long n = 0;
            foreach (TSource x in Seq.Of(source))
                n++;
            return n;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            long n = 0;
            foreach (TSource x in Seq.Of(source))
                if (predicate(x))
                    n++;
            return n;
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            int n = Seq.KnownCount(source);
            if (n >= 0)
                return n > 0;
            IEnumerator<TSource> e = source.GetEnumerator();
            try
            {
                return e.MoveNext();
            }
            finally
            {
                e.Dispose();
            }
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            foreach (TSource x in Seq.Of(source))
                if (predicate(x))
                    return true;
            return false;
        }

        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            foreach (TSource x in Seq.Of(source))
                if (!predicate(x))
                    return false;
            return true;
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            if (source == null)
                throw Null("source");
            ICollection<TSource> c = source as ICollection<TSource>;
            if (c != null)
                return c.Contains(value);
            return Contains(source, value, null);
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            if (source == null)
                throw Null("source");
            if (comparer == null)
                comparer = EqualityComparer<TSource>.Default;
            foreach (TSource x in Seq.Of(source))
                if (comparer.Equals(x, value))
                    return true;
            return false;
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return SequenceEqual(first, second, null);
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (first == null)
                throw Null("first");
            if (second == null)
                throw Null("second");
            if (comparer == null)
                comparer = EqualityComparer<TSource>.Default;
            int n1 = Seq.KnownCount(first);
            int n2 = Seq.KnownCount(second);
            if (n1 >= 0 && n2 >= 0 && n1 != n2)
                return false;
            IEnumerator<TSource> e1 = Seq.Of(first).GetEnumerator();
            IEnumerator<TSource> e2 = Seq.Of(second).GetEnumerator();
            try
            {
                while (e1.MoveNext())
                {
                    if (!(e2.MoveNext() && comparer.Equals(e1.Current, e2.Current)))
                        return false;
                }
                return !e2.MoveNext();
            }
            finally
            {
                e2.Dispose();
                e1.Dispose();
            }
        }

        // ---- Aggregate -------------------------------------------------------------------
        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            if (source == null)
                throw Null("source");
            if (func == null)
                throw Null("func");
            IEnumerator<TSource> e = Seq.Of(source).GetEnumerator();
            try
            {
                if (!e.MoveNext())
                    throw new InvalidOperationException(Msg.NoElements);
                TSource acc = e.Current;
                while (e.MoveNext())
                    acc = func(acc, e.Current);
                return acc;
            }
            finally
            {
                e.Dispose();
            }
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            if (source == null)
                throw Null("source");
            if (func == null)
                throw Null("func");
            TAccumulate acc = seed;
            foreach (TSource x in Seq.Of(source))
                acc = func(acc, x);
            return acc;
        }

        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
        {
            if (source == null)
                throw Null("source");
            if (func == null)
                throw Null("func");
            if (resultSelector == null)
                throw Null("resultSelector");
            TAccumulate acc = seed;
            foreach (TSource x in Seq.Of(source))
                acc = func(acc, x);
            return resultSelector(acc);
        }

        // ---- conversions --------------------------------------------------------------------
        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            return new List<TSource>(source);
        }

        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            int n;
            TSource[] a = Seq.ToArray(source, out n);
            if (a.Length == n)
                return a;
            TSource[] r = new TSource[n];
            for (int i = 0; i < n; i++)
                r[i] = a[i];
            return r;
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToDictionary(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            int n = Seq.KnownCount(source);
            Dictionary<TKey, TSource> d = new Dictionary<TKey, TSource>(n > 0 ? n : 0, comparer);
            foreach (TSource x in Seq.Of(source))
                d.Add(keySelector(x), x);
            return d;
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToDictionary(source, keySelector, elementSelector, null);
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            if (elementSelector == null)
                throw Null("elementSelector");
            int n = Seq.KnownCount(source);
            Dictionary<TKey, TElement> d = new Dictionary<TKey, TElement>(n > 0 ? n : 0, comparer);
            foreach (TSource x in Seq.Of(source))
                d.Add(keySelector(x), elementSelector(x));
            return d;
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source)
        {
            return ToHashSet(source, null);
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            if (source == null)
                throw Null("source");
            return new HashSet<TSource>(source, comparer);
        }

        // ---- checked arithmetic without the .ovf instructions ---------------------------------
        static int CheckedAdd(int a, int b)
        {
            int r = a + b;
            if (((a ^ r) & (b ^ r)) < 0)
                throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return r;
        }

        static long CheckedAdd(long a, long b)
        {
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0)
                throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return r;
        }
    }
}
