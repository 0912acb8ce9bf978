// Parley corlib: how the library consumes an IEnumerable<T>.  Arrays and
// strings are IEnumerable<T> in the CLR; Parley's arrays and strings are
// the objects both VMs share, so the library reads them directly (by index)
// rather than through interface calls.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Parley.Runtime
{
    internal static class Seq
    {
        /// source, or an enumerable view of it when it is an array or a string
        public static IEnumerable<T> Of<T>(IEnumerable<T> source)
        {
            object o = source;
            T[] a = o as T[];
            if (a != null)
                return new ArrayView<T>(a, a.Length);
            string s = o as string;
            if (s != null)
                return (IEnumerable<T>)(object)new StringView(s);
            return source;
        }

        /// a non-generic enumerator of source (an object array's elements directly)
        public static IEnumerator Untyped(IEnumerable source)
        {
            object[] a = source as object[];
            if (a != null)
                return new ArrayIterator<object>(a, a.Length);
            object o = source;
            object[] boxed = Boxed(o);
            if (boxed != null)
                return new ArrayIterator<object>(boxed, boxed.Length);
            string s = o as string;
            if (s != null)
                return new StringIterator(s);
            return source.GetEnumerator();
        }

        /// the elements of an array of a primitive type, boxed; else null
        public static object[] Boxed(object o)
        {
            if (o == null)
                return null;
            // uint[] is an int[] too (and byte[] an sbyte[]): the typed
            // loops only for exactly these types, GetValue boxes the rest as
            // their element type
            Type t = o.GetType();
            int[] ia = t == typeof(int[]) ? (int[])o : null;
            if (ia != null)
            {
                object[] r = new object[ia.Length];
                for (int i = 0; i < ia.Length; i++)
                    r[i] = ia[i];
                return r;
            }
            long[] la = t == typeof(long[]) ? (long[])o : null;
            if (la != null)
            {
                object[] r = new object[la.Length];
                for (int i = 0; i < la.Length; i++)
                    r[i] = la[i];
                return r;
            }
            double[] da = o as double[];
            if (da != null)
            {
                object[] r = new object[da.Length];
                for (int i = 0; i < da.Length; i++)
                    r[i] = da[i];
                return r;
            }
            char[] ca = o as char[];
            if (ca != null)
            {
                object[] r = new object[ca.Length];
                for (int i = 0; i < ca.Length; i++)
                    r[i] = ca[i];
                return r;
            }
            bool[] ba = o as bool[];
            if (ba != null)
            {
                object[] r = new object[ba.Length];
                for (int i = 0; i < ba.Length; i++)
                    r[i] = ba[i];
                return r;
            }
            Array arr = o as Array;
            if (arr != null)
            {
                object[] r = new object[arr.Length];
                for (int i = 0; i < r.Length; i++)
                    r[i] = arr.GetValue(i);
                return r;
            }
            return null;
        }

        /// the number of elements when it is known without enumerating, else -1
        public static int KnownCount<T>(IEnumerable<T> source)
        {
            object o = source;
            T[] a = o as T[];
            if (a != null)
                return a.Length;
            string s = o as string;
            if (s != null)
                return s.Length;
            ICollection<T> c = source as ICollection<T>;
            if (c != null)
                return c.Count;
            return -1;
        }

        /// the elements in a fresh array of exactly their number
        public static T[] ToArray<T>(IEnumerable<T> source, out int count)
        {
            object o = source;
            T[] a = o as T[];
            if (a != null)
            {
                T[] r = new T[a.Length];
                for (int i = 0; i < a.Length; i++)
                    r[i] = a[i];
                count = a.Length;
                return r;
            }
            ICollection<T> c = source as ICollection<T>;
            if (c != null)
            {
                int n = c.Count;
                T[] r = new T[n];
                c.CopyTo(r, 0);
                count = n;
                return r;
            }
            T[] buf = new T[4];
            int k = 0;
            foreach (T x in Of(source))
            {
                if (k == buf.Length)
                {
                    T[] nb = new T[k * 2];
                    for (int i = 0; i < k; i++)
                        nb[i] = buf[i];
                    buf = nb;
                }
                buf[k++] = x;
            }
            count = k;
            return buf;
        }

        /// an IList<T> view when source is indexable (array, string, IList<T>), else null
        public static IList<T> AsList<T>(IEnumerable<T> source)
        {
            object o = source;
            T[] a = o as T[];
            if (a != null)
                return new ArrayView<T>(a, a.Length);
            string s = o as string;
            if (s != null)
                return (IList<T>)(object)new StringView(s);
            return source as IList<T>;
        }
    }

    /// an array's first n elements as a read-only IList<T>
    internal sealed class ArrayView<T> : IList<T>, IReadOnlyList<T>
    {
        readonly T[] items;
        readonly int n;

        public ArrayView(T[] items, int n)
        {
            this.items = items;
            this.n = n;
        }

        public int Count { get { return n; } }
        public bool IsReadOnly { get { return true; } }

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)n)
                    throw new IndexOutOfRangeException();
                return items[index];
            }
            set { throw new NotSupportedException("Collection is read-only."); }
        }

        public int IndexOf(T item)
        {
            EqualityComparer<T> eq = EqualityComparer<T>.Default;
            for (int i = 0; i < n; i++)
                if (eq.Equals(items[i], item))
                    return i;
            return -1;
        }

        public bool Contains(T item) { return IndexOf(item) >= 0; }

        public void CopyTo(T[] array, int arrayIndex)
        {
            for (int i = 0; i < n; i++)
                array[arrayIndex + i] = items[i];
        }

        public void Add(T item) { throw new NotSupportedException("Collection is read-only."); }
        public void Clear() { throw new NotSupportedException("Collection is read-only."); }
        public bool Remove(T item) { throw new NotSupportedException("Collection is read-only."); }
        public void Insert(int index, T item) { throw new NotSupportedException("Collection is read-only."); }
        public void RemoveAt(int index) { throw new NotSupportedException("Collection is read-only."); }

        public IEnumerator<T> GetEnumerator() { return new ArrayIterator<T>(items, n); }
        IEnumerator IEnumerable.GetEnumerator() { return new ArrayIterator<T>(items, n); }
    }

    internal sealed class ArrayIterator<T> : IEnumerator<T>
    {
        readonly T[] items;
        readonly int n;
        int index = -1;

        public ArrayIterator(T[] items, int n)
        {
            this.items = items;
            this.n = n;
        }

        public bool MoveNext()
        {
            if (index < n)
                index++;
            return index < n;
        }

        public T Current
        {
            get
            {
                if (index < 0)
                    throw new InvalidOperationException(Msg.EnumNotStarted);
                if (index >= n)
                    throw new InvalidOperationException(Msg.EnumEnded);
                return items[index];
            }
        }

        object IEnumerator.Current { get { return Current; } }

        public void Reset() { index = -1; }
        public void Dispose() { }
    }

    /// a string's characters as a read-only IList<char>
    internal sealed class StringView : IList<char>, IReadOnlyList<char>
    {
        readonly string s;

        public StringView(string s)
        {
            this.s = s;
        }

        public int Count { get { return s.Length; } }
        public bool IsReadOnly { get { return true; } }

        public char this[int index]
        {
            get { return s[index]; }
            set { throw new NotSupportedException("Collection is read-only."); }
        }

        public int IndexOf(char item)
        {
            for (int i = 0; i < s.Length; i++)
                if (s[i] == item)
                    return i;
            return -1;
        }

        public bool Contains(char item) { return IndexOf(item) >= 0; }

        public void CopyTo(char[] array, int arrayIndex)
        {
            for (int i = 0; i < s.Length; i++)
                array[arrayIndex + i] = s[i];
        }

        public void Add(char item) { throw new NotSupportedException("Collection is read-only."); }
        public void Clear() { throw new NotSupportedException("Collection is read-only."); }
        public bool Remove(char item) { throw new NotSupportedException("Collection is read-only."); }
        public void Insert(int index, char item) { throw new NotSupportedException("Collection is read-only."); }
        public void RemoveAt(int index) { throw new NotSupportedException("Collection is read-only."); }

        public IEnumerator<char> GetEnumerator() { return new StringIterator(s); }
        IEnumerator IEnumerable.GetEnumerator() { return new StringIterator(s); }
    }

    internal sealed class StringIterator : IEnumerator<char>
    {
        readonly string s;
        int index = -1;

        public StringIterator(string s)
        {
            this.s = s;
        }

        public bool MoveNext()
        {
            if (index < s.Length)
                index++;
            return index < s.Length;
        }

        public char Current
        {
            get
            {
                if (index < 0)
                    throw new InvalidOperationException(Msg.EnumNotStarted);
                if (index >= s.Length)
                    throw new InvalidOperationException(Msg.EnumEnded);
                return s[index];
            }
        }

        object IEnumerator.Current { get { return Current; } }

        public void Reset() { index = -1; }
        public void Dispose() { }
    }
}
