// Parley corlib: Queue<T>, a circular array (grows to twice its size, at
// least 4 more), enumerated from head to tail.
using Parley.Runtime;

namespace System.Collections.Generic
{
    public class Queue<T> : IEnumerable<T>, IReadOnlyCollection<T>
    {
        T[] array;
        int head;
        int tail;
        int size;
        int version;

        public Queue()
        {
            array = new T[0];
        }

        public Queue(int capacity)
        {
            if (capacity < 0)
                throw Msg.Range(Msg.NonNegative, "capacity", capacity);
            array = new T[capacity];
        }

        public Queue(IEnumerable<T> collection)
        {
            if (collection == null)
                throw Msg.NullArg("collection");
            array = new T[4];
            foreach (T x in Seq.Of(collection))
                Enqueue(x);
        }

        public int Count
        {
            get { return size; }
        }

        public void Clear()
        {
            for (int i = 0; i < array.Length; i++)
                array[i] = default(T);
            head = 0;
            tail = 0;
            size = 0;
            version++;
        }

        void SetCapacity(int capacity)
        {
            T[] a = new T[capacity];
            for (int i = 0; i < size; i++)
                a[i] = array[(head + i) % array.Length];
            array = a;
            head = 0;
            tail = size == capacity ? 0 : size;
            version++;
        }

        public void Enqueue(T item)
        {
            if (size == array.Length)
            {
                int n = (int)((long)array.Length * 2);
                if (n < array.Length + 4)
                    n = array.Length + 4;
                SetCapacity(n);
            }
            array[tail] = item;
            tail = (tail + 1) % array.Length;
            size++;
            version++;
        }

        public T Dequeue()
        {
            if (size == 0)
                throw new InvalidOperationException("Queue empty.");
            T r = array[head];
            array[head] = default(T);
            head = (head + 1) % array.Length;
            size--;
            version++;
            return r;
        }

        public bool TryDequeue(out T result)
        {
            if (size == 0)
            {
                result = default(T);
                return false;
            }
            result = Dequeue();
            return true;
        }

        public T Peek()
        {
            if (size == 0)
                throw new InvalidOperationException("Queue empty.");
            return array[head];
        }

        public bool TryPeek(out T result)
        {
            if (size == 0)
            {
                result = default(T);
                return false;
            }
            result = array[head];
            return true;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> eq = EqualityComparer<T>.Default;
            for (int i = 0; i < size; i++)
                if (eq.Equals(array[(head + i) % array.Length], item))
                    return true;
            return false;
        }

        public T[] ToArray()
        {
            T[] r = new T[size];
            for (int i = 0; i < size; i++)
                r[i] = array[(head + i) % array.Length];
            return r;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null)
                throw Msg.NullArg("array");
            if (arrayIndex < 0 || arrayIndex > array.Length)
                throw Msg.Range(Msg.IndexRange, "arrayIndex");
            if (array.Length - arrayIndex < size)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < size; i++)
                array[arrayIndex + i] = this.array[(head + i) % this.array.Length];
        }

        public void TrimExcess()
        {
            int threshold = (int)(array.Length * 0.9);
            if (size < threshold)
                SetCapacity(size);
        }

        internal T At(int i)
        {
            return array[(head + i) % array.Length];
        }

        internal int Version
        {
            get { return version; }
        }

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
            Queue<T> q;
            int index;      // -1: not started, -2: ended
            int version;
            T current;

            internal Enumerator(Queue<T> q)
            {
                this.q = q;
                version = q.version;
                index = -1;
                current = default(T);
            }

            public void Dispose()
            {
                index = -2;
                current = default(T);
            }

            public bool MoveNext()
            {
                if (version != q.version)
                    throw new InvalidOperationException(Msg.Modified);
                if (index == -2)
                    return false;
                index++;
                if (index == q.size)
                {
                    index = -2;
                    current = default(T);
                    return false;
                }
                current = q.At(index);
                return true;
            }

            public T Current
            {
                get
                {
                    if (index < 0)
                        throw new InvalidOperationException(index == -1 ? Msg.EnumNotStarted : Msg.EnumEnded);
                    return current;
                }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            void IEnumerator.Reset()
            {
                index = -1;
                current = default(T);
            }
        }

        sealed class Iterator : IEnumerator<T>
        {
            readonly Queue<T> q;
            readonly int version;
            int index = -1;
            T current;

            internal Iterator(Queue<T> q)
            {
                this.q = q;
                version = q.version;
            }

            public void Dispose()
            {
                index = -2;
            }

            public bool MoveNext()
            {
                if (version != q.version)
                    throw new InvalidOperationException(Msg.Modified);
                if (index == -2)
                    return false;
                index++;
                if (index == q.size)
                {
                    index = -2;
                    current = default(T);
                    return false;
                }
                current = q.At(index);
                return true;
            }

            public T Current
            {
                get
                {
                    if (index < 0)
                        throw new InvalidOperationException(index == -1 ? Msg.EnumNotStarted : Msg.EnumEnded);
                    return current;
                }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            public void Reset()
            {
                index = -1;
            }
        }
    }
}
