// Parley corlib: List<T>, an array and a count; capacity grows 0, 4, 8,
// 16 ... as Mono's; enumerators check the version (modifications during
// enumeration throw InvalidOperationException).
using Parley.Runtime;

namespace System.Collections.Generic
{
    public class List<T> : IList<T>, IReadOnlyList<T>
    {
        T[] items;
        int size;
        int version;

        public List()
        {
            items = new T[0];
        }

        public List(int capacity)
        {
            if (capacity < 0)
                throw Msg.Range(Msg.NonNegative, "capacity");
            items = new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null)
                throw Msg.NullArg("collection");
            object o = collection;
            if (o is T[] || collection is ICollection<T>)
            {
                int n;
                items = Seq.ToArray(collection, out n);
                size = n;
            }
            else
            {
                items = new T[0];
                foreach (T x in Seq.Of(collection))
                    Add(x);
            }
        }

        // ---- size -------------------------------------------------------------
        public int Count
        {
            get { return size; }
        }

        public int Capacity
        {
            get { return items.Length; }
            set
            {
                if (value < size)
                    throw Msg.Range("capacity was less than the current size.", "value");
                if (value != items.Length)
                {
                    T[] a = new T[value];
                    for (int i = 0; i < size; i++)
                        a[i] = items[i];
                    items = a;
                }
            }
        }

        void EnsureCapacity(int min)
        {
            if (items.Length < min)
            {
                int n = items.Length == 0 ? 4 : items.Length * 2;
                if (n < min)
                    n = min;
                Capacity = n;
            }
        }

        public void TrimExcess()
        {
            int threshold = (int)(items.Length * 0.9);
            if (size < threshold)
                Capacity = size;
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        // ---- elements -----------------------------------------------------------
        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)size)
                    throw Msg.Index("index");
                return items[index];
            }
            set
            {
                if ((uint)index >= (uint)size)
                    throw Msg.Index("index");
                items[index] = value;
                version++;
            }
        }

        public void Add(T item)
        {
            if (size == items.Length)
                EnsureCapacity(size + 1);
            items[size] = item;
            size++;
            version++;
        }

        public void AddRange(IEnumerable<T> collection)
        {
            InsertRange(size, collection);
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)size)
                throw Msg.Range("Index must be within the bounds of the List.", "index");
            if (size == items.Length)
                EnsureCapacity(size + 1);
            for (int i = size; i > index; i--)
                items[i] = items[i - 1];
            items[index] = item;
            size++;
            version++;
        }

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null)
                throw Msg.NullArg("collection");
            if ((uint)index > (uint)size)
                throw Msg.Index("index");
            object o = collection;
            if (o is T[] || collection is ICollection<T>)
            {
                int n;
                T[] tmp = Seq.ToArray(collection, out n);
                if (n > 0)
                {
                    EnsureCapacity(size + n);
                    for (int i = size - 1; i >= index; i--)
                        items[i + n] = items[i];
                    for (int i = 0; i < n; i++)
                        items[index + i] = tmp[i];
                    size += n;
                }
                version++;
            }
            else
            {
                foreach (T x in Seq.Of(collection))
                    Insert(index++, x);
            }
        }

        public bool Remove(T item)
        {
            int i = IndexOf(item);
            if (i < 0)
                return false;
            RemoveAt(i);
            return true;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)size)
                throw Msg.Index("index");
            size--;
            for (int i = index; i < size; i++)
                items[i] = items[i + 1];
            items[size] = default(T);
            version++;
        }

        public void RemoveRange(int index, int count)
        {
            if (index < 0)
                throw Msg.Range(Msg.NonNegative, "index");
            if (count < 0)
                throw Msg.Range(Msg.NonNegative, "count");
            if (size - index < count)
                throw new ArgumentException(Msg.OffLen);
            if (count > 0)
            {
                size -= count;
                for (int i = index; i < size; i++)
                    items[i] = items[i + count];
                for (int i = size; i < size + count; i++)
                    items[i] = default(T);
                version++;
            }
        }

        public int RemoveAll(Predicate<T> match)
        {
            if (match == null)
                throw Msg.NullArg("match");
            int free = 0;
            while (free < size && !match(items[free]))
                free++;
            if (free >= size)
                return 0;
            int current = free + 1;
            while (current < size)
            {
                while (current < size && match(items[current]))
                    current++;
                if (current < size)
                    items[free++] = items[current++];
            }
            for (int i = free; i < size; i++)
                items[i] = default(T);
            int removed = size - free;
            size = free;
            version++;
            return removed;
        }

        public void Clear()
        {
            for (int i = 0; i < size; i++)
                items[i] = default(T);
            size = 0;
            version++;
        }

        // ---- searching ------------------------------------------------------------
        public bool Contains(T item)
        {
            return size != 0 && IndexOf(item) != -1;
        }

        public int IndexOf(T item)
        {
            return IndexOf(item, 0, size);
        }

        public int IndexOf(T item, int index)
        {
            if (index > size)
                throw Msg.Range(Msg.IndexRange, "index");
            return IndexOf(item, index, size - index);
        }

        public int IndexOf(T item, int index, int count)
        {
            if (index > size)
                throw Msg.Range(Msg.IndexRange, "index");
            if (count < 0 || index > size - count)
                throw Msg.Range("ArgumentOutOfRange_Count", "count");
            EqualityComparer<T> eq = EqualityComparer<T>.Default;
            int end = index + count;
            for (int i = index; i < end; i++)
                if (eq.Equals(items[i], item))
                    return i;
            return -1;
        }

        public int LastIndexOf(T item)
        {
            if (size == 0)
                return -1;
            return LastIndexOf(item, size - 1, size);
        }

        public int LastIndexOf(T item, int index)
        {
            if (index >= size)
                throw Msg.Range(Msg.IndexRange, "index");
            return LastIndexOf(item, index, index + 1);
        }

        public int LastIndexOf(T item, int index, int count)
        {
            if (size == 0)
                return -1;
            if (index < 0 || index >= size)
                throw Msg.Range(Msg.IndexRange, "index");
            if (count < 0 || index - count + 1 < 0)
                throw Msg.Range("ArgumentOutOfRange_Count", "count");
            EqualityComparer<T> eq = EqualityComparer<T>.Default;
            int stop = index - count + 1;
            for (int i = index; i >= stop; i--)
                if (eq.Equals(items[i], item))
                    return i;
            return -1;
        }

        public bool Exists(Predicate<T> match)
        {
            return FindIndex(0, size, match) != -1;
        }

        public T Find(Predicate<T> match)
        {
            if (match == null)
                throw Msg.NullArg("match");
            for (int i = 0; i < size; i++)
                if (match(items[i]))
                    return items[i];
            return default(T);
        }

        public T FindLast(Predicate<T> match)
        {
            if (match == null)
                throw Msg.NullArg("match");
            for (int i = size - 1; i >= 0; i--)
                if (match(items[i]))
                    return items[i];
            return default(T);
        }

        public List<T> FindAll(Predicate<T> match)
        {
            if (match == null)
                throw Msg.NullArg("match");
            List<T> r = new List<T>();
            for (int i = 0; i < size; i++)
                if (match(items[i]))
                    r.Add(items[i]);
            return r;
        }

        public int FindIndex(Predicate<T> match)
        {
            return FindIndex(0, size, match);
        }

        public int FindIndex(int startIndex, Predicate<T> match)
        {
            return FindIndex(startIndex, size - startIndex, match);
        }

        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)size)
                throw Msg.Range("ArgumentOutOfRange_Index", "startIndex");
            if (count < 0 || startIndex > size - count)
                throw Msg.Range("ArgumentOutOfRange_Count", "count");
            if (match == null)
                throw Msg.NullArg("match");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
                if (match(items[i]))
                    return i;
            return -1;
        }

        public int FindLastIndex(Predicate<T> match)
        {
            return FindLastIndex(size - 1, size, match);
        }

        public int FindLastIndex(int startIndex, Predicate<T> match)
        {
            return FindLastIndex(startIndex, startIndex + 1, match);
        }

        public int FindLastIndex(int startIndex, int count, Predicate<T> match)
        {
            if (match == null)
                throw Msg.NullArg("match");
            if (size == 0)
            {
                if (startIndex != -1)
                    throw Msg.Range("ArgumentOutOfRange_Index", "startIndex");
            }
            else if ((uint)startIndex >= (uint)size)
                throw Msg.Range("ArgumentOutOfRange_Index", "startIndex");
            if (count < 0 || startIndex - count + 1 < 0)
                throw Msg.Range("ArgumentOutOfRange_Count", "count");
            int stop = startIndex - count;
            for (int i = startIndex; i > stop; i--)
                if (match(items[i]))
                    return i;
            return -1;
        }

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null)
                throw Msg.NullArg("match");
            for (int i = 0; i < size; i++)
                if (!match(items[i]))
                    return false;
            return true;
        }

        public int BinarySearch(T item)
        {
            return BinarySearch(0, size, item, null);
        }

        public int BinarySearch(T item, IComparer<T> comparer)
        {
            return BinarySearch(0, size, item, comparer);
        }

        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            if (index < 0)
                throw Msg.Range(Msg.NonNegative, "index");
            if (count < 0)
                throw Msg.Range(Msg.NonNegative, "count");
            if (size - index < count)
                throw new ArgumentException(Msg.OffLen);
            if (comparer == null)
                comparer = Comparer<T>.Default;
            int lo = index;
            int hi = index + count - 1;
            try
            {
                while (lo <= hi)
                {
                    int mid = lo + ((hi - lo) >> 1);
                    int c = comparer.Compare(items[mid], item);
                    if (c == 0)
                        return mid;
                    if (c < 0)
                        lo = mid + 1;
                    else
                        hi = mid - 1;
                }
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(Msg.CompareFailed, e);
            }
            return ~lo;
        }

        // ---- whole-list operations ---------------------------------------------------
        public void ForEach(Action<T> action)
        {
            if (action == null)
                throw Msg.NullArg("action");
            int v = version;
            for (int i = 0; i < size; i++)
            {
                if (v != version)
                    break;
                action(items[i]);
            }
            if (v != version)
                throw new InvalidOperationException(Msg.Modified);
        }

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null)
                throw Msg.NullArg("converter");
            List<TOutput> r = new List<TOutput>(size);
            for (int i = 0; i < size; i++)
                r.Add(converter(items[i]));
            return r;
        }

        public List<T> GetRange(int index, int count)
        {
            if (index < 0)
                throw Msg.Range(Msg.NonNegative, "index");
            if (count < 0)
                throw Msg.Range(Msg.NonNegative, "count");
            if (size - index < count)
                throw new ArgumentException(Msg.OffLen);
            List<T> r = new List<T>(count);
            for (int i = 0; i < count; i++)
                r.items[i] = items[index + i];
            r.size = count;
            return r;
        }

        public void Reverse()
        {
            Reverse(0, size);
        }

        public void Reverse(int index, int count)
        {
            if (index < 0)
                throw Msg.Range(Msg.NonNegative, "index");
            if (count < 0)
                throw Msg.Range(Msg.NonNegative, "count");
            if (size - index < count)
                throw new ArgumentException(Msg.OffLen);
            int i = index;
            int j = index + count - 1;
            while (i < j)
            {
                T t = items[i];
                items[i] = items[j];
                items[j] = t;
                i++;
                j--;
            }
            version++;
        }

        public void Sort()
        {
            Sort(0, size, null);
        }

        public void Sort(IComparer<T> comparer)
        {
            Sort(0, size, comparer);
        }

        public void Sort(int index, int count, IComparer<T> comparer)
        {
            if (index < 0)
                throw Msg.Range(Msg.NonNegative, "index");
            if (count < 0)
                throw Msg.Range(Msg.NonNegative, "count");
            if (size - index < count)
                throw new ArgumentException(Msg.OffLen);
            Sorter<T>.Sort(items, index, count, comparer);
            version++;
        }

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null)
                throw Msg.NullArg("comparison");
            if (size > 1)
                Sorter<T>.Sort(items, 0, size, new ComparisonComparer<T>(comparison));
            version++;
        }

        public T[] ToArray()
        {
            T[] a = new T[size];
            for (int i = 0; i < size; i++)
                a[i] = items[i];
            return a;
        }

        public void CopyTo(T[] array)
        {
            CopyTo(array, 0);
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null)
                throw Msg.NullArg("destinationArray");
            if (arrayIndex < 0)
                throw Msg.Range("Number was less than the array's lower bound in the first dimension.", "destinationIndex");
            if (array.Length - arrayIndex < size)
                throw Msg.Arg(Msg.DestTooShort, "destinationArray");
            for (int i = 0; i < size; i++)
                array[arrayIndex + i] = items[i];
        }

        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            if (size - index < count)
                throw new ArgumentException(Msg.OffLen);
            if (array == null)
                throw Msg.NullArg("destinationArray");
            if (array.Length - arrayIndex < count)
                throw Msg.Arg(Msg.DestTooShort, "destinationArray");
            for (int i = 0; i < count; i++)
                array[arrayIndex + i] = items[index + i];
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

        internal T[] Items
        {
            get { return items; }
        }

        public struct Enumerator : IEnumerator<T>
        {
            List<T> list;
            int index;
            int version;
            T current;

            internal Enumerator(List<T> list)
            {
                this.list = list;
                index = 0;
                version = list.version;
                current = default(T);
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                List<T> l = list;
                if (version == l.version && index < l.size)
                {
                    current = l.items[index];
                    index++;
                    return true;
                }
                if (version != l.version)
                    throw new InvalidOperationException(Msg.Modified);
                index = l.size + 1;
                current = default(T);
                return false;
            }

            public T Current
            {
                get { return current; }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (index == 0 || index == list.size + 1)
                        throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
                    return current;
                }
            }

            void IEnumerator.Reset()
            {
                if (version != list.version)
                    throw new InvalidOperationException(Msg.Modified);
                index = 0;
                current = default(T);
            }
        }

        // what the interface GetEnumerator returns: a class, so no boxed
        // struct is needed on the IEnumerable<T> path (LINQ, foreach over an
        // interface)
        sealed class Iterator : IEnumerator<T>
        {
            readonly List<T> list;
            int index;
            readonly int version;
            T current;

            internal Iterator(List<T> list)
            {
                this.list = list;
                version = list.version;
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                List<T> l = list;
                if (version == l.version && index < l.size)
                {
                    current = l.items[index];
                    index++;
                    return true;
                }
                if (version != l.version)
                    throw new InvalidOperationException(Msg.Modified);
                index = l.size + 1;
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
                current = default(T);
            }
        }
    }
}
