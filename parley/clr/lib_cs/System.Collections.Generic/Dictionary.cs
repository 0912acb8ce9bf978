// Parley corlib: Dictionary<TKey, TValue>, a hash table of chained
// entries in parallel arrays (hash code, next, key, value) with a free
// list, so enumeration follows Mono's order for the same operations:
// entries in index order, removed slots reused most recent first.
using Parley.Runtime;

namespace System.Collections.Generic
{
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        int[] buckets;          // 1-based entry index, 0 = empty
        int[] hashes;           // -1 = free entry
        int[] nexts;            // 0-based next entry index, -1 = end
        TKey[] keys;
        TValue[] values;
        int count;              // entries used (including free ones)
        int freeList = -1;
        int freeCount;
        int version;
        IEqualityComparer<TKey> comparer;
        KeyCollection keyCollection;
        ValueCollection valueCollection;

        public Dictionary() : this(0, null)
        {
        }

        public Dictionary(int capacity) : this(capacity, null)
        {
        }

        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer)
        {
        }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0)
                throw Msg.Range(Msg.ArgRange, "capacity");
            if (capacity > 0)
                Initialize(capacity);
            this.comparer = comparer != null ? comparer : EqualityComparer<TKey>.Default;
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null)
        {
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)
            : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null)
                throw Msg.NullArg("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary)
                Add(kv.Key, kv.Value);
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null)
        {
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this(0, comparer)
        {
            if (collection == null)
                throw Msg.NullArg("collection");
            foreach (KeyValuePair<TKey, TValue> kv in Seq.Of(collection))
                Add(kv.Key, kv.Value);
        }

        void Initialize(int capacity)
        {
            int size = HashPrimes.GetPrime(capacity);
            buckets = new int[size];
            hashes = new int[size];
            nexts = new int[size];
            keys = new TKey[size];
            values = new TValue[size];
            freeList = -1;
        }

        public IEqualityComparer<TKey> Comparer
        {
            get { return comparer; }
        }

        public int Count
        {
            get { return count - freeCount; }
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly
        {
            get { return false; }
        }

        public KeyCollection Keys
        {
            get
            {
                if (keyCollection == null)
                    keyCollection = new KeyCollection(this);
                return keyCollection;
            }
        }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys
        {
            get { return Keys; }
        }

        public ValueCollection Values
        {
            get
            {
                if (valueCollection == null)
                    valueCollection = new ValueCollection(this);
                return valueCollection;
            }
        }

        ICollection<TValue> IDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values
        {
            get { return Values; }
        }

        // ---- lookup ---------------------------------------------------------------
        int FindEntry(TKey key)
        {
            if (key == null)
                throw Msg.NullArg("key");
            if (buckets == null)
                return -1;
            int h = comparer.GetHashCode(key) & 0x7FFFFFFF;
            for (int i = buckets[h % buckets.Length] - 1; i >= 0; i = nexts[i])
            {
                if (hashes[i] == h && comparer.Equals(keys[i], key))
                    return i;
            }
            return -1;
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = FindEntry(key);
                if (i >= 0)
                    return values[i];
                throw new KeyNotFoundException("The given key '" + Str.OfObject(key) + "' was not present in the dictionary.");
            }
            set
            {
                Insert(key, value, false);
            }
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i >= 0)
            {
                value = values[i];
                return true;
            }
            value = default(TValue);
            return false;
        }

        public bool ContainsKey(TKey key)
        {
            return FindEntry(key) >= 0;
        }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> eq = EqualityComparer<TValue>.Default;
            for (int i = 0; i < count; i++)
            {
                if (hashes[i] >= 0 && eq.Equals(values[i], value))
                    return true;
            }
            return false;
        }

        // ---- update -----------------------------------------------------------------
        public void Add(TKey key, TValue value)
        {
            Insert(key, value, true);
        }

        public bool TryAdd(TKey key, TValue value)
        {
            if (key == null)
                throw Msg.NullArg("key");
            if (FindEntry(key) >= 0)
                return false;
            Insert(key, value, true);
            return true;
        }

        void Insert(TKey key, TValue value, bool add)
        {
            if (key == null)
                throw Msg.NullArg("key");
            if (buckets == null)
                Initialize(0);
            int h = comparer.GetHashCode(key) & 0x7FFFFFFF;
            int b = h % buckets.Length;
            for (int i = buckets[b] - 1; i >= 0; i = nexts[i])
            {
                if (hashes[i] == h && comparer.Equals(keys[i], key))
                {
                    if (add)
                        throw Msg.Duplicate(key);
                    values[i] = value;
                    version++;
                    return;
                }
            }
            int index;
            if (freeCount > 0)
            {
                index = freeList;
                freeList = nexts[index];
                freeCount--;
            }
            else
            {
                if (count == hashes.Length)
                {
                    Resize(HashPrimes.ExpandPrime(count));
                    b = h % buckets.Length;
                }
                index = count;
                count++;
            }
            hashes[index] = h;
            nexts[index] = buckets[b] - 1;
            keys[index] = key;
            values[index] = value;
            buckets[b] = index + 1;
            version++;
        }

        void Resize(int newSize)
        {
            int[] nb = new int[newSize];
            int[] nh = new int[newSize];
            int[] nn = new int[newSize];
            TKey[] nk = new TKey[newSize];
            TValue[] nv = new TValue[newSize];
            for (int i = 0; i < count; i++)
            {
                nh[i] = hashes[i];
                nk[i] = keys[i];
                nv[i] = values[i];
            }
            for (int i = 0; i < count; i++)
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
            keys = nk;
            values = nv;
        }

        public bool Remove(TKey key)
        {
            TValue ignored;
            return Remove(key, out ignored);
        }

        public bool Remove(TKey key, out TValue value)
        {
            if (key == null)
                throw Msg.NullArg("key");
            if (buckets != null)
            {
                int h = comparer.GetHashCode(key) & 0x7FFFFFFF;
                int b = h % buckets.Length;
                int last = -1;
                for (int i = buckets[b] - 1; i >= 0; last = i, i = nexts[i])
                {
                    if (hashes[i] == h && comparer.Equals(keys[i], key))
                    {
                        if (last < 0)
                            buckets[b] = nexts[i] + 1;
                        else
                            nexts[last] = nexts[i];
                        value = values[i];
                        hashes[i] = -1;
                        nexts[i] = freeList;
                        keys[i] = default(TKey);
                        values[i] = default(TValue);
                        freeList = i;
                        freeCount++;
                        version++;
                        return true;
                    }
                }
            }
            value = default(TValue);
            return false;
        }

        public void Clear()
        {
            if (count > 0)
            {
                for (int i = 0; i < buckets.Length; i++)
                    buckets[i] = 0;
                for (int i = 0; i < count; i++)
                {
                    hashes[i] = -1;
                    nexts[i] = -1;
                    keys[i] = default(TKey);
                    values[i] = default(TValue);
                }
                count = 0;
                freeList = -1;
                freeCount = 0;
                version++;
            }
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                throw Msg.Range(Msg.NonNegative, "capacity");
            int current = hashes == null ? 0 : hashes.Length;
            if (current >= capacity)
                return current;
            if (buckets == null)
            {
                Initialize(capacity);
                return hashes.Length;
            }
            int size = HashPrimes.GetPrime(capacity);
            Resize(size);
            return size;
        }

        public void TrimExcess()
        {
        }

        // ---- ICollection<KeyValuePair> ------------------------------------------------
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> pair)
        {
            Add(pair.Key, pair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> pair)
        {
            int i = FindEntry(pair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], pair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> pair)
        {
            int i = FindEntry(pair.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], pair.Value))
            {
                Remove(pair.Key);
                return true;
            }
            return false;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null)
                throw Msg.NullArg("array");
            if (index < 0 || index > array.Length)
                throw Msg.Range(Msg.IndexRange, "index");
            if (array.Length - index < Count)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < count; i++)
            {
                if (hashes[i] >= 0)
                    array[index++] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
            }
        }

        // ---- enumeration --------------------------------------------------------------
        // (for the nested collections and enumerators)
        internal int EntryCount { get { return count; } }
        internal int Version { get { return version; } }
        internal bool Used(int i) { return hashes[i] >= 0; }
        internal TKey KeyAt(int i) { return keys[i]; }
        internal TValue ValueAt(int i) { return values[i]; }

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator()
        {
            return new Iterator(this, 0);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Iterator(this, 0);
        }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            Dictionary<TKey, TValue> dict;
            int version;
            int index;
            KeyValuePair<TKey, TValue> current;

            internal Enumerator(Dictionary<TKey, TValue> dict)
            {
                this.dict = dict;
                version = dict.version;
                index = 0;
                current = new KeyValuePair<TKey, TValue>();
            }

            public bool MoveNext()
            {
                Dictionary<TKey, TValue> d = dict;
                if (version != d.version)
                    throw new InvalidOperationException(Msg.Modified);
                while (index < d.count)
                {
                    int i = index;
                    index++;
                    if (d.hashes[i] >= 0)
                    {
                        current = new KeyValuePair<TKey, TValue>(d.keys[i], d.values[i]);
                        return true;
                    }
                }
                index = d.count + 1;
                current = new KeyValuePair<TKey, TValue>();
                return false;
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get { return current; }
            }

            object IEnumerator.Current
            {
                get { return current; }
            }

            void IEnumerator.Reset()
            {
                if (version != dict.version)
                    throw new InvalidOperationException(Msg.Modified);
                index = 0;
                current = new KeyValuePair<TKey, TValue>();
            }

            public void Dispose()
            {
            }
        }

        // the class enumerator behind the interfaces (mode 0: pairs, 1: keys, 2: values)
        internal sealed class Iterator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            readonly Dictionary<TKey, TValue> dict;
            readonly int version;
            readonly int mode;
            int index;
            KeyValuePair<TKey, TValue> current;

            internal Iterator(Dictionary<TKey, TValue> dict, int mode)
            {
                this.dict = dict;
                this.mode = mode;
                version = dict.version;
            }

            public bool MoveNext()
            {
                Dictionary<TKey, TValue> d = dict;
                if (version != d.version)
                    throw new InvalidOperationException(Msg.Modified);
                while (index < d.count)
                {
                    int i = index;
                    index++;
                    if (d.hashes[i] >= 0)
                    {
                        current = new KeyValuePair<TKey, TValue>(d.keys[i], d.values[i]);
                        return true;
                    }
                }
                index = d.count + 1;
                current = new KeyValuePair<TKey, TValue>();
                return false;
            }

            public KeyValuePair<TKey, TValue> Current
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

            public void Dispose()
            {
            }
        }

        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
        {
            readonly Dictionary<TKey, TValue> dict;

            public KeyCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    throw Msg.NullArg("dictionary");
                dict = dictionary;
            }

            public int Count
            {
                get { return dict.Count; }
            }

            bool ICollection<TKey>.IsReadOnly
            {
                get { return true; }
            }

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null)
                    throw Msg.NullArg("array");
                if (index < 0 || index > array.Length)
                    throw Msg.Range(Msg.IndexRange, "index");
                if (array.Length - index < dict.Count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                for (int i = 0; i < dict.count; i++)
                    if (dict.hashes[i] >= 0)
                        array[index++] = dict.keys[i];
            }

            void ICollection<TKey>.Add(TKey item)
            {
                throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            }

            void ICollection<TKey>.Clear()
            {
                throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            }

            bool ICollection<TKey>.Remove(TKey item)
            {
                throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            }

            bool ICollection<TKey>.Contains(TKey item)
            {
                return dict.ContainsKey(item);
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(dict);
            }

            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator()
            {
                return new KeyIterator(dict);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new KeyIterator(dict);
            }

            public struct Enumerator : IEnumerator<TKey>
            {
                Dictionary<TKey, TValue> dict;
                int index;
                int version;
                TKey current;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    dict = dictionary;
                    version = dictionary.version;
                    index = 0;
                    current = default(TKey);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    Dictionary<TKey, TValue> d = dict;
                    if (version != d.version)
                        throw new InvalidOperationException(Msg.Modified);
                    while (index < d.count)
                    {
                        int i = index;
                        index++;
                        if (d.hashes[i] >= 0)
                        {
                            current = d.keys[i];
                            return true;
                        }
                    }
                    index = d.count + 1;
                    current = default(TKey);
                    return false;
                }

                public TKey Current
                {
                    get { return current; }
                }

                object IEnumerator.Current
                {
                    get { return current; }
                }

                void IEnumerator.Reset()
                {
                    index = 0;
                    current = default(TKey);
                }
            }
        }

        internal sealed class KeyIterator : IEnumerator<TKey>
        {
            readonly Dictionary<TKey, TValue> dict;
            readonly int version;
            int index;
            TKey current;

            internal KeyIterator(Dictionary<TKey, TValue> dict)
            {
                this.dict = dict;
                version = dict.version;
            }

            public bool MoveNext()
            {
                Dictionary<TKey, TValue> d = dict;
                if (version != d.version)
                    throw new InvalidOperationException(Msg.Modified);
                while (index < d.count)
                {
                    int i = index;
                    index++;
                    if (d.hashes[i] >= 0)
                    {
                        current = d.keys[i];
                        return true;
                    }
                }
                index = d.count + 1;
                current = default(TKey);
                return false;
            }

            public TKey Current
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

            public void Dispose()
            {
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
        {
            readonly Dictionary<TKey, TValue> dict;

            public ValueCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null)
                    throw Msg.NullArg("dictionary");
                dict = dictionary;
            }

            public int Count
            {
                get { return dict.Count; }
            }

            bool ICollection<TValue>.IsReadOnly
            {
                get { return true; }
            }

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null)
                    throw Msg.NullArg("array");
                if (index < 0 || index > array.Length)
                    throw Msg.Range(Msg.IndexRange, "index");
                if (array.Length - index < dict.Count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                for (int i = 0; i < dict.count; i++)
                    if (dict.hashes[i] >= 0)
                        array[index++] = dict.values[i];
            }

            void ICollection<TValue>.Add(TValue item)
            {
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            }

            void ICollection<TValue>.Clear()
            {
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            }

            bool ICollection<TValue>.Remove(TValue item)
            {
                throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            }

            bool ICollection<TValue>.Contains(TValue item)
            {
                return dict.ContainsValue(item);
            }

            public Enumerator GetEnumerator()
            {
                return new Enumerator(dict);
            }

            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator()
            {
                return new ValueIterator(dict);
            }

            IEnumerator IEnumerable.GetEnumerator()
            {
                return new ValueIterator(dict);
            }

            public struct Enumerator : IEnumerator<TValue>
            {
                Dictionary<TKey, TValue> dict;
                int index;
                int version;
                TValue current;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    dict = dictionary;
                    version = dictionary.version;
                    index = 0;
                    current = default(TValue);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    Dictionary<TKey, TValue> d = dict;
                    if (version != d.version)
                        throw new InvalidOperationException(Msg.Modified);
                    while (index < d.count)
                    {
                        int i = index;
                        index++;
                        if (d.hashes[i] >= 0)
                        {
                            current = d.values[i];
                            return true;
                        }
                    }
                    index = d.count + 1;
                    current = default(TValue);
                    return false;
                }

                public TValue Current
                {
                    get { return current; }
                }

                object IEnumerator.Current
                {
                    get { return current; }
                }

                void IEnumerator.Reset()
                {
                    index = 0;
                    current = default(TValue);
                }
            }
        }

        internal sealed class ValueIterator : IEnumerator<TValue>
        {
            readonly Dictionary<TKey, TValue> dict;
            readonly int version;
            int index;
            TValue current;

            internal ValueIterator(Dictionary<TKey, TValue> dict)
            {
                this.dict = dict;
                version = dict.version;
            }

            public bool MoveNext()
            {
                Dictionary<TKey, TValue> d = dict;
                if (version != d.version)
                    throw new InvalidOperationException(Msg.Modified);
                while (index < d.count)
                {
                    int i = index;
                    index++;
                    if (d.hashes[i] >= 0)
                    {
                        current = d.values[i];
                        return true;
                    }
                }
                index = d.count + 1;
                current = default(TValue);
                return false;
            }

            public TValue Current
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

            public void Dispose()
            {
            }
        }
    }
}

namespace Parley.Runtime
{
    internal static class HashPrimes
    {
        // the bucket sizes Mono's hash tables use (parsed once: an array
        // initializer would need RuntimeHelpers.InitializeArray)
        const string PrimeList = "3,7,11,17,23,29,37,47,59,71,89,107,131,163,197,239,293,353,431,521,631,761,919," +
            "1103,1327,1597,1931,2333,2801,3371,4049,4861,5839,7013,8419,10103,12143,14591," +
            "17519,21023,25229,30293,36353,43627,52361,62851,75431,90523,108631,130363,156437," +
            "187751,225307,270371,324449,389357,467237,560689,672827,807403,968897,1162687,1395263," +
            "1674319,2009191,2411033,2893249,3471899,4166287,4999559,5999471,7199369";

        static readonly int[] primes = ParsePrimes();

        static int[] ParsePrimes()
        {
            int n = 1;
            for (int i = 0; i < PrimeList.Length; i++)
                if (PrimeList[i] == ',')
                    n++;
            int[] r = new int[n];
            int k = 0;
            int v = 0;
            for (int i = 0; i < PrimeList.Length; i++)
            {
                char c = PrimeList[i];
                if (c == ',')
                {
                    r[k++] = v;
                    v = 0;
                }
                else
                    v = v * 10 + (c - '0');
            }
            r[k] = v;
            return r;
        }

        static bool IsPrime(int n)
        {
            if ((n & 1) == 0)
                return n == 2;
            for (int d = 3; d * d <= n; d += 2)
                if (n % d == 0)
                    return false;
            return true;
        }

        public static int GetPrime(int min)
        {
            for (int i = 0; i < primes.Length; i++)
                if (primes[i] >= min)
                    return primes[i];
            for (int n = min | 1; n < int.MaxValue; n += 2)
                if (IsPrime(n) && (n - 1) % 101 != 0)
                    return n;
            return min;
        }

        public static int ExpandPrime(int oldSize)
        {
            int n = 2 * oldSize;
            if ((uint)n > 0x7FEFFFFD && 0x7FEFFFFD > oldSize)
                return 0x7FEFFFFD;
            return GetPrime(n);
        }
    }
}
