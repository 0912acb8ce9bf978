// Parley corlib: Enumerable's grouping and ordering operators: GroupBy,
// ToLookup, OrderBy/ThenBy (a stable sort on all keys, computed once per
// element in source order).
using System.Collections;
using System.Collections.Generic;
using Parley.Runtime;

namespace System.Linq
{
    public static partial class Enumerable
    {
        // ---- GroupBy --------------------------------------------------------------------
        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return GroupBy(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            return new GroupByIter<TSource, TKey, TSource, IGrouping<TKey, TSource>>(source, keySelector, null, null, comparer);
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return GroupBy(source, keySelector, elementSelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            if (elementSelector == null)
                throw Null("elementSelector");
            return new GroupByIter<TSource, TKey, TElement, IGrouping<TKey, TElement>>(source, keySelector, elementSelector, null, comparer);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
        {
            return GroupBy(source, keySelector, resultSelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            if (resultSelector == null)
                throw Null("resultSelector");
            return new GroupByIter<TSource, TKey, TSource, TResult>(source, keySelector, null, resultSelector, comparer);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            return GroupBy(source, keySelector, elementSelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            if (elementSelector == null)
                throw Null("elementSelector");
            if (resultSelector == null)
                throw Null("resultSelector");
            return new GroupByIter<TSource, TKey, TElement, TResult>(source, keySelector, elementSelector, resultSelector, comparer);
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToLookup(source, keySelector, (IEqualityComparer<TKey>)null);
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            return Lookup<TKey, TSource>.Build(source, keySelector, comparer, false);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToLookup(source, keySelector, elementSelector, null);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            if (elementSelector == null)
                throw Null("elementSelector");
            return Lookup<TKey, TElement>.Build(source, keySelector, elementSelector, comparer);
        }

        // ---- ordering ---------------------------------------------------------------------
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return OrderBy(source, keySelector, null);
        }

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            return new OrderedEnumerable<TSource, TKey>(source, null, keySelector, comparer, false);
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return OrderByDescending(source, keySelector, null);
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            return new OrderedEnumerable<TSource, TKey>(source, null, keySelector, comparer, true);
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ThenBy(source, keySelector, null);
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            return source.CreateOrderedEnumerable(keySelector, comparer, false);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ThenByDescending(source, keySelector, null);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            if (source == null)
                throw Null("source");
            if (keySelector == null)
                throw Null("keySelector");
            return source.CreateOrderedEnumerable(keySelector, comparer, true);
        }
    }

    /// one sort key of an ordering: its keys for all elements, its comparer
    internal abstract class SortLevel<TElement>
    {
        internal SortLevel<TElement> next;
        internal bool descending;

        internal abstract void ComputeKeys(TElement[] elements, int n);
        internal abstract int CompareAt(int i, int j);

        // all levels, then source position (stability)
        internal int Compare(int i, int j)
        {
            SortLevel<TElement> l = this;
            while (l != null)
            {
                int c = l.CompareAt(i, j);
                if (c != 0)
                    return l.descending != (c > 0) ? 1 : -1;
                l = l.next;
            }
            return i - j;
        }
    }

    internal sealed class KeyLevel<TElement, TKey> : SortLevel<TElement>
    {
        readonly Func<TElement, TKey> keySelector;
        readonly IComparer<TKey> comparer;
        TKey[] keys;

        internal KeyLevel(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, SortLevel<TElement> next)
        {
            this.keySelector = keySelector;
            this.comparer = comparer != null ? comparer : Comparer<TKey>.Default;
            this.descending = descending;
            this.next = next;
        }

        internal override void ComputeKeys(TElement[] elements, int n)
        {
            keys = new TKey[n];
            for (int i = 0; i < n; i++)
                keys[i] = keySelector(elements[i]);
            if (next != null)
                next.ComputeKeys(elements, n);
        }

        internal override int CompareAt(int i, int j)
        {
            return comparer.Compare(keys[i], keys[j]);
        }
    }

    internal abstract class OrderedEnumerable<TElement> : IOrderedEnumerable<TElement>
    {
        internal IEnumerable<TElement> source;
        internal OrderedEnumerable<TElement> parent;

        internal abstract SortLevel<TElement> Levels(SortLevel<TElement> next);

        public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            return new OrderedEnumerable<TElement, TKey>(source, this, keySelector, comparer, descending);
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            return new SortedIter<TElement>(this);
        }

        internal TElement[] Sorted(out int n)
        {
            TElement[] elements = Seq.ToArray(source, out n);
            if (n == 0)
                return elements;
            SortLevel<TElement> levels = Levels(null);
            levels.ComputeKeys(elements, n);
            int[] map = new int[n];
            for (int i = 0; i < n; i++)
                map[i] = i;
            int[] tmp = new int[n];
            MergeSort(map, tmp, 0, n, levels);
            TElement[] r = new TElement[n];
            for (int i = 0; i < n; i++)
                r[i] = elements[map[i]];
            return r;
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        static void MergeSort(int[] a, int[] tmp, int lo, int hi, SortLevel<TElement> levels)
        {
            if (hi - lo < 2)
                return;
            if (hi - lo <= 8)
            {
                for (int i = lo + 1; i < hi; i++)
                {
                    int v = a[i];
                    int j = i - 1;
                    while (j >= lo && levels.Compare(a[j], v) > 0)
                    {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = v;
                }
                return;
            }
            int mid = (lo + hi) >> 1;
            MergeSort(a, tmp, lo, mid, levels);
            MergeSort(a, tmp, mid, hi, levels);
            if (levels.Compare(a[mid - 1], a[mid]) <= 0)
                return;
            int p = lo, q = mid, k = lo;
            while (p < mid && q < hi)
            {
                if (levels.Compare(a[p], a[q]) <= 0)
                    tmp[k++] = a[p++];
                else
                    tmp[k++] = a[q++];
            }
            while (p < mid)
                tmp[k++] = a[p++];
            while (q < hi)
                tmp[k++] = a[q++];
            for (int i = lo; i < hi; i++)
                a[i] = tmp[i];
        }
    }

    /// the enumerator of an ordering: sorts on the first MoveNext
    internal sealed class SortedIter<TElement> : BufferIter<TElement>
    {
        readonly OrderedEnumerable<TElement> ordering;

        internal SortedIter(OrderedEnumerable<TElement> ordering)
        {
            this.ordering = ordering;
            state = 1;
        }

        internal override Iter<TElement> Clone()
        {
            return new SortedIter<TElement>(ordering);
        }

        internal override TElement[] Fill(out int n)
        {
            return ordering.Sorted(out n);
        }
    }

    internal sealed class OrderedEnumerable<TElement, TKey> : OrderedEnumerable<TElement>
    {
        readonly Func<TElement, TKey> keySelector;
        readonly IComparer<TKey> comparer;
        readonly bool descending;

        internal OrderedEnumerable(IEnumerable<TElement> source, OrderedEnumerable<TElement> parent, Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            this.source = source;
            this.parent = parent;
            this.keySelector = keySelector;
            this.comparer = comparer;
            this.descending = descending;
        }

        internal override SortLevel<TElement> Levels(SortLevel<TElement> next)
        {
            SortLevel<TElement> mine = new KeyLevel<TElement, TKey>(keySelector, comparer, descending, next);
            if (parent == null)
                return mine;
            return parent.Levels(mine);
        }
    }
}
