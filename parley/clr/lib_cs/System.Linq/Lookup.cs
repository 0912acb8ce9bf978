// Parley corlib: the groups of GroupBy/ToLookup/Join: groupings in the
// order their keys first occur, elements in source order.
using System.Collections;
using System.Collections.Generic;
using Parley.Runtime;

namespace System.Linq
{
    internal sealed class Grouping<TKey, TElement> : IGrouping<TKey, TElement>, IList<TElement>
    {
        internal readonly TKey key;
        internal TElement[] elements = new TElement[1];
        internal int count;

        internal Grouping(TKey key)
        {
            this.key = key;
        }

        internal void Add(TElement e)
        {
            if (count == elements.Length)
            {
                TElement[] a = new TElement[count * 2];
                for (int i = 0; i < count; i++)
                    a[i] = elements[i];
                elements = a;
            }
            elements[count++] = e;
        }

        public TKey Key { get { return key; } }
        public int Count { get { return count; } }
        public bool IsReadOnly { get { return true; } }

        public TElement this[int index]
        {
            get
            {
                if (index < 0 || index >= count)
                    throw Msg.OutOfRange("index");
                return elements[index];
            }
            set { throw new NotSupportedException("Specified method is not supported."); }
        }

        public int IndexOf(TElement item)
        {
            EqualityComparer<TElement> eq = EqualityComparer<TElement>.Default;
            for (int i = 0; i < count; i++)
                if (eq.Equals(elements[i], item))
                    return i;
            return -1;
        }

        public bool Contains(TElement item) { return IndexOf(item) >= 0; }

        public void CopyTo(TElement[] array, int arrayIndex)
        {
            for (int i = 0; i < count; i++)
                array[arrayIndex + i] = elements[i];
        }

        void ICollection<TElement>.Add(TElement item) { throw new NotSupportedException("Specified method is not supported."); }
        void ICollection<TElement>.Clear() { throw new NotSupportedException("Specified method is not supported."); }
        bool ICollection<TElement>.Remove(TElement item) { throw new NotSupportedException("Specified method is not supported."); }
        void IList<TElement>.Insert(int index, TElement item) { throw new NotSupportedException("Specified method is not supported."); }
        void IList<TElement>.RemoveAt(int index) { throw new NotSupportedException("Specified method is not supported."); }

        public IEnumerator<TElement> GetEnumerator() { return new ArrayIterator<TElement>(elements, count); }
        IEnumerator IEnumerable.GetEnumerator() { return new ArrayIterator<TElement>(elements, count); }
    }

    public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        readonly Dictionary<TKey, Grouping<TKey, TElement>> byKey;
        Grouping<TKey, TElement> nullGroup;
        readonly List<Grouping<TKey, TElement>> groups = new List<Grouping<TKey, TElement>>();

        internal Lookup(IEqualityComparer<TKey> comparer)
        {
            byKey = new Dictionary<TKey, Grouping<TKey, TElement>>(comparer);
        }

        internal Grouping<TKey, TElement> Find(TKey key)
        {
            if (key == null)
                return nullGroup;
            Grouping<TKey, TElement> g;
            if (byKey.TryGetValue(key, out g))
                return g;
            return null;
        }

        internal Grouping<TKey, TElement> GetOrAdd(TKey key)
        {
            Grouping<TKey, TElement> g = Find(key);
            if (g == null)
            {
                g = new Grouping<TKey, TElement>(key);
                if (key == null)
                    nullGroup = g;
                else
                    byKey.Add(key, g);
                groups.Add(g);
            }
            return g;
        }

        // elements are the source's own (skipNullKeys: as Join does)
        internal static Lookup<TKey, TElement> Build(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IEqualityComparer<TKey> comparer, bool skipNullKeys)
        {
            Lookup<TKey, TElement> l = new Lookup<TKey, TElement>(comparer);
            foreach (TElement x in Seq.Of(source))
            {
                TKey k = keySelector(x);
                if (skipNullKeys && k == null)
                    continue;
                l.GetOrAdd(k).Add(x);
            }
            return l;
        }

        internal static Lookup<TKey, TElement> Build<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> l = new Lookup<TKey, TElement>(comparer);
            foreach (TSource x in Seq.Of(source))
                l.GetOrAdd(keySelector(x)).Add(elementSelector(x));
            return l;
        }

        internal List<Grouping<TKey, TElement>> Groups
        {
            get { return groups; }
        }

        public int Count
        {
            get { return groups.Count; }
        }

        public IEnumerable<TElement> this[TKey key]
        {
            get
            {
                Grouping<TKey, TElement> g = Find(key);
                if (g != null)
                    return g;
                return new ArrayView<TElement>(new TElement[0], 0);
            }
        }

        public bool Contains(TKey key)
        {
            return Find(key) != null;
        }

        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator()
        {
            int n = groups.Count;
            IGrouping<TKey, TElement>[] a = new IGrouping<TKey, TElement>[n];
            for (int i = 0; i < n; i++)
                a[i] = groups[i];
            return new ArrayIterator<IGrouping<TKey, TElement>>(a, n);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }
    }
}
