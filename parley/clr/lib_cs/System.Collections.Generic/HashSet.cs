// Parley corlib: HashSet<T>, slots in parallel arrays (hash code, next,
// value) with a free list, as Mono's: enumeration in slot order, removed
// slots reused most recent first, the set's slots reset when it becomes
// empty; set operations remove in Mono's order.
using Parley.Runtime;

namespace System.Collections.Generic
{
    public class HashSet<T> : ISet<T>, IReadOnlyCollection<T>
    {
        int[] buckets;      // 1-based slot index, 0 = empty
        int[] hashes;       // -1 = free slot
        int[] nexts;        // 0-based, -1 = end
        T[] slots;
        int count;
        int lastIndex;
        int freeList = -1;
        int version;
        IEqualityComparer<T> comparer;

        public HashSet() : this((IEqualityComparer<T>)null)
        {
        }

        public HashSet(IEqualityComparer<T> comparer)
        {
            this.comparer = comparer != null ? comparer : EqualityComparer<T>.Default;
        }

        public HashSet(int capacity) : this(capacity, null)
        {
        }

        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (capacity < 0)
                throw Msg.Range(Msg.ArgRange, "capacity");
            if (capacity > 0)
                Initialize(capacity);
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null)
        {
        }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null)
                throw Msg.NullArg("collection");
            HashSet<T> other = collection as HashSet<T>;
            if (other != null && SameComparer(other))
            {
                CopyFrom(other);
                return;
            }
            ICollection<T> c = collection as ICollection<T>;
            Initialize(c == null ? 0 : c.Count);
            UnionWith(collection);
        }

        bool SameComparer(HashSet<T> other)
        {
            return comparer.Equals(other.comparer);
        }

        void CopyFrom(HashSet<T> source)
        {
            int n = source.count;
            if (n == 0)
                return;
            int capacity = source.buckets.Length;
            if (HashPrimes.ExpandPrime(n + 1) >= capacity)
            {
                buckets = Clone(source.buckets);
                hashes = Clone(source.hashes);
                nexts = Clone(source.nexts);
                slots = new T[source.slots.Length];
                for (int i = 0; i < slots.Length; i++)
                    slots[i] = source.slots[i];
                lastIndex = source.lastIndex;
                freeList = source.freeList;
            }
            else
            {
                Initialize(n);
                int index = 0;
                for (int i = 0; i < source.lastIndex; i++)
                {
                    int h = source.hashes[i];
                    if (h >= 0)
                    {
                        Place(index, h, source.slots[i]);
                        index++;
                    }
                }
                lastIndex = index;
            }
            count = n;
        }

        static int[] Clone(int[] a)
        {
            int[] b = new int[a.Length];
            for (int i = 0; i < a.Length; i++)
                b[i] = a[i];
            return b;
        }

        void Initialize(int capacity)
        {
            int size = HashPrimes.GetPrime(capacity);
            buckets = new int[size];
            hashes = new int[size];
            nexts = new int[size];
            slots = new T[size];
        }

        void Place(int index, int h, T value)
        {
            int b = h % buckets.Length;
            hashes[index] = h;
            slots[index] = value;
            nexts[index] = buckets[b] - 1;
            buckets[b] = index + 1;
        }

        void Resize(int newSize)
        {
            int[] nh = new int[newSize];
            int[] nn = new int[newSize];
            T[] ns = new T[newSize];
            for (int i = 0; i < lastIndex; i++)
            {
                nh[i] = hashes[i];
                ns[i] = slots[i];
            }
            int[] nb = new int[newSize];
            for (int i = 0; i < lastIndex; i++)
            {
                if (nh[i] >= 0)
                {
                    int b = nh[i] % newSize;
                    nn[i] = nb[b] - 1;
                    nb[b] = i + 1;
                }
            }
            buckets = nb;
            hashes = nh;
            nexts = nn;
            slots = ns;
        }

        int HashOf(T item)
        {
            if (item == null)
                return 0;
            return comparer.GetHashCode(item) & 0x7FFFFFFF;
        }

        int Find(T item)
        {
            if (buckets == null)
                return -1;
            int h = HashOf(item);
            for (int i = buckets[h % buckets.Length] - 1; i >= 0; i = nexts[i])
                if (hashes[i] == h && comparer.Equals(slots[i], item))
                    return i;
            return -1;
        }

        // adds item if absent; returns its slot and whether it was added
        int AddOrFind(T item, out bool added)
        {
            if (buckets == null)
                Initialize(0);
            int h = HashOf(item);
            int b = h % buckets.Length;
            for (int i = buckets[b] - 1; i >= 0; i = nexts[i])
            {
                if (hashes[i] == h && comparer.Equals(slots[i], item))
                {
                    added = false;
                    return i;
                }
            }
            int index;
            if (freeList >= 0)
            {
                index = freeList;
                freeList = nexts[index];
            }
            else
            {
                if (lastIndex == slots.Length)
                    Resize(HashPrimes.ExpandPrime(count));
                index = lastIndex;
                lastIndex++;
            }
            Place(index, h, item);
            count++;
            version++;
            added = true;
            return index;
        }

        // ---- ICollection ----------------------------------------------------------
        public int Count
        {
            get { return count; }
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        public IEqualityComparer<T> Comparer
        {
            get { return comparer; }
        }

        public bool Add(T item)
        {
            bool added;
            AddOrFind(item, out added);
            return added;
        }

        void ICollection<T>.Add(T item)
        {
            Add(item);
        }

        public bool Contains(T item)
        {
            return Find(item) >= 0;
        }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = Find(equalValue);
            if (i >= 0)
            {
                actualValue = slots[i];
                return true;
            }
            actualValue = default(T);
            return false;
        }

        public bool Remove(T item)
        {
            if (buckets == null)
                return false;
            int h = HashOf(item);
            int b = h % buckets.Length;
            int last = -1;
            for (int i = buckets[b] - 1; i >= 0; last = i, i = nexts[i])
            {
                if (hashes[i] == h && comparer.Equals(slots[i], item))
                {
                    if (last < 0)
                        buckets[b] = nexts[i] + 1;
                    else
                        nexts[last] = nexts[i];
                    hashes[i] = -1;
                    slots[i] = default(T);
                    nexts[i] = freeList;
                    count--;
                    version++;
                    if (count == 0)
                    {
                        lastIndex = 0;
                        freeList = -1;
                    }
                    else
                        freeList = i;
                    return true;
                }
            }
            return false;
        }

        public void Clear()
        {
            if (lastIndex > 0)
            {
                for (int i = 0; i < lastIndex; i++)
                {
                    hashes[i] = 0;
                    nexts[i] = 0;
                    slots[i] = default(T);
                }
                for (int i = 0; i < buckets.Length; i++)
                    buckets[i] = 0;
                lastIndex = 0;
                count = 0;
                freeList = -1;
            }
            version++;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0, count);
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            CopyTo(array, arrayIndex, count);
        }

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null)
                throw Msg.NullArg("array");
            if (arrayIndex < 0)
                throw Msg.Range(Msg.NonNegative, "arrayIndex");
            if (count < 0)
                throw Msg.Range(Msg.NonNegative, "count");
            if (arrayIndex > array.Length || count > array.Length - arrayIndex)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            int copied = 0;
            for (int i = 0; i < lastIndex && copied < count; i++)
            {
                if (hashes[i] >= 0)
                {
                    array[arrayIndex + copied] = slots[i];
                    copied++;
                }
            }
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null)
                throw Msg.NullArg("match");
            int removed = 0;
            for (int i = 0; i < lastIndex; i++)
            {
                if (hashes[i] >= 0)
                {
                    T value = slots[i];
                    if (match(value) && Remove(value))
                        removed++;
                }
            }
            return removed;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                throw Msg.Range(Msg.NonNegative, "capacity");
            int current = slots == null ? 0 : slots.Length;
            if (current >= capacity)
                return current;
            if (buckets == null)
            {
                Initialize(capacity);
                return slots.Length;
            }
            int size = HashPrimes.GetPrime(capacity);
            Resize(size);
            return size;
        }

        public void TrimExcess()
        {
            if (count == 0)
            {
                buckets = null;
                hashes = null;
                nexts = null;
                slots = null;
                lastIndex = 0;
                freeList = -1;
                version++;
                return;
            }
            int[] oh = hashes;
            T[] os = slots;
            int ol = lastIndex;
            Initialize(count);
            int index = 0;
            for (int i = 0; i < ol; i++)
            {
                if (oh[i] >= 0)
                {
                    Place(index, oh[i], os[i]);
                    index++;
                }
            }
            lastIndex = index;
            freeList = -1;
            version++;
        }

        // ---- set operations ---------------------------------------------------------
        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            foreach (T item in Seq.Of(other))
                Add(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            if (count == 0)
                return;
            ICollection<T> c = other as ICollection<T>;
            if (c != null && c.Count == 0)
            {
                Clear();
                return;
            }
            HashSet<T> hs = other as HashSet<T>;
            if (hs != null && SameComparer(hs))
            {
                for (int i = 0; i < lastIndex; i++)
                {
                    if (hashes[i] >= 0)
                    {
                        T item = slots[i];
                        if (!hs.Contains(item))
                            Remove(item);
                    }
                }
                return;
            }
            int n = lastIndex;
            bool[] keep = new bool[n];
            foreach (T item in Seq.Of(other))
            {
                int i = Find(item);
                if (i >= 0)
                    keep[i] = true;
            }
            for (int i = 0; i < n; i++)
                if (hashes[i] >= 0 && !keep[i])
                    Remove(slots[i]);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            if (count == 0)
                return;
            if ((object)other == (object)this)
            {
                Clear();
                return;
            }
            foreach (T item in Seq.Of(other))
                Remove(item);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            if (count == 0)
            {
                UnionWith(other);
                return;
            }
            if ((object)other == (object)this)
            {
                Clear();
                return;
            }
            HashSet<T> hs = other as HashSet<T>;
            if (hs != null && SameComparer(hs))
            {
                foreach (T item in Seq.Of(hs))
                    if (!Remove(item))
                        Add(item);
                return;
            }
            int original = lastIndex;
            bool[] addedMark = new bool[original];
            bool[] removeMark = new bool[original];
            foreach (T item in Seq.Of(other))
            {
                bool added;
                int at = AddOrFind(item, out added);
                if (at < original)
                {
                    if (added)
                        addedMark[at] = true;
                    else if (!addedMark[at])
                        removeMark[at] = true;
                }
            }
            for (int i = 0; i < original; i++)
                if (removeMark[i])
                    Remove(slots[i]);
        }

        int CountIn(IEnumerable<T> other, out int outside)
        {
            // distinct elements of other that are in this set; outside: whether any is not
            HashSet<T> seen = new HashSet<T>(comparer);
            int inside = 0;
            outside = 0;
            foreach (T item in Seq.Of(other))
            {
                if (Contains(item))
                {
                    if (seen.Add(item))
                        inside++;
                }
                else
                    outside++;
            }
            return inside;
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            if (count == 0)
                return true;
            int outside;
            return CountIn(other, out outside) == count;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            int outside;
            int inside = CountIn(other, out outside);
            return inside == count && outside > 0;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            foreach (T item in Seq.Of(other))
                if (!Contains(item))
                    return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            if (count == 0)
                return false;
            int outside;
            int inside = CountIn(other, out outside);
            return outside == 0 && inside < count;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            if (count == 0)
                return false;
            foreach (T item in Seq.Of(other))
                if (Contains(item))
                    return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null)
                throw Msg.NullArg("other");
            int outside;
            int inside = CountIn(other, out outside);
            return outside == 0 && inside == count;
        }

        // ---- enumeration ------------------------------------------------------------
        public Enumerator GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            return new Iterator(this);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Iterator(this);
        }

        public struct Enumerator : IEnumerator<T>
        {
            HashSet<T> set;
            int index;
            int version;
            T current;

            internal Enumerator(HashSet<T> set)
            {
                this.set = set;
                index = 0;
                version = set.version;
                current = default(T);
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                HashSet<T> s = set;
                if (version != s.version)
                    throw new InvalidOperationException(Msg.Modified);
                while (index < s.lastIndex)
                {
                    int i = index;
                    index++;
                    if (s.hashes[i] >= 0)
                    {
                        current = s.slots[i];
                        return true;
                    }
                }
                index = s.lastIndex + 1;
                current = default(T);
                return false;
            }

            public T Current
            {
                get { return current; }
            }

            object IEnumerator.Current
            {
                get { return current; }
            }

            void IEnumerator.Reset()
            {
                if (version != set.version)
                    throw new InvalidOperationException(Msg.Modified);
                index = 0;
                current = default(T);
            }
        }

        sealed class Iterator : IEnumerator<T>
        {
            readonly HashSet<T> set;
            readonly int version;
            int index;
            T current;

            internal Iterator(HashSet<T> set)
            {
                this.set = set;
                version = set.version;
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                HashSet<T> s = set;
                if (version != s.version)
                    throw new InvalidOperationException(Msg.Modified);
                while (index < s.lastIndex)
                {
                    int i = index;
                    index++;
                    if (s.hashes[i] >= 0)
                    {
                        current = s.slots[i];
                        return true;
                    }
                }
                index = s.lastIndex + 1;
                current = default(T);
                return false;
            }

            public T Current
            {
                get { return current; }
            }

            object IEnumerator.Current
            {
                get { return current; }
            }

            public void Reset()
            {
                index = 0;
            }
        }
    }
}
