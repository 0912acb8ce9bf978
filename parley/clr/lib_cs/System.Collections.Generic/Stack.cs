// Parley corlib: Stack<T>, an array (0, 4, 8, 16 ...), enumerated from
// the top.
using Parley.Runtime;

namespace System.Collections.Generic
{
    public class Stack<T> : IEnumerable<T>, IReadOnlyCollection<T>
    {
        T[] array;
        int size;
        int version;

        public Stack()
        {
            array = new T[0];
        }

        public Stack(int capacity)
        {
            if (capacity < 0)
                throw Msg.Range(Msg.NonNegative, "capacity", capacity);
            array = new T[capacity];
        }

        public Stack(IEnumerable<T> collection)
        {
            if (collection == null)
                throw Msg.NullArg("collection");
            array = new T[0];
            foreach (T x in Seq.Of(collection))
                Push(x);
        }

        public int Count
        {
            get { return size; }
        }

        public void Clear()
        {
            for (int i = 0; i < size; i++)
                array[i] = default(T);
            size = 0;
            version++;
        }

        public void Push(T item)
        {
            if (size == array.Length)
            {
                T[] a = new T[array.Length == 0 ? 4 : 2 * array.Length];
                for (int i = 0; i < size; i++)
                    a[i] = array[i];
                array = a;
            }
            array[size] = item;
            size++;
            version++;
        }

        public T Pop()
        {
            if (size == 0)
                throw new InvalidOperationException("Stack empty.");
            size--;
            T r = array[size];
            array[size] = default(T);
            version++;
            return r;
        }

        public bool TryPop(out T result)
        {
            if (size == 0)
            {
                result = default(T);
                return false;
            }
            result = Pop();
            return true;
        }

        public T Peek()
        {
            if (size == 0)
                throw new InvalidOperationException("Stack empty.");
            return array[size - 1];
        }

        public bool TryPeek(out T result)
        {
            if (size == 0)
            {
                result = default(T);
                return false;
            }
            result = array[size - 1];
            return true;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> eq = EqualityComparer<T>.Default;
            for (int i = size - 1; i >= 0; i--)
                if (eq.Equals(array[i], item))
                    return true;
            return false;
        }

        public T[] ToArray()
        {
            T[] r = new T[size];
            for (int i = 0; i < size; i++)
                r[i] = array[size - 1 - i];
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
                array[arrayIndex + i] = this.array[size - 1 - i];
        }

        public void TrimExcess()
        {
            int threshold = (int)(array.Length * 0.9);
            if (size < threshold)
            {
                T[] a = new T[size];
                for (int i = 0; i < size; i++)
                    a[i] = array[i];
                array = a;
                version++;
            }
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
            Stack<T> stack;
            int index;      // -2: not started, -1: ended
            int version;
            T current;

            internal Enumerator(Stack<T> stack)
            {
                this.stack = stack;
                version = stack.version;
                index = -2;
                current = default(T);
            }

            public void Dispose()
            {
                index = -1;
            }

            public bool MoveNext()
            {
                if (version != stack.version)
                    throw new InvalidOperationException(Msg.Modified);
                if (index == -2)
                {
                    index = stack.size - 1;
                    if (index >= 0)
                    {
                        current = stack.array[index];
                        return true;
                    }
                    return false;
                }
                if (index == -1)
                    return false;
                index--;
                if (index >= 0)
                {
                    current = stack.array[index];
                    return true;
                }
                current = default(T);
                return false;
            }

            public T Current
            {
                get
                {
                    if (index < 0)
                        throw new InvalidOperationException(index == -2 ? Msg.EnumNotStarted : Msg.EnumEnded);
                    return current;
                }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            void IEnumerator.Reset()
            {
                index = -2;
                current = default(T);
            }
        }

        sealed class Iterator : IEnumerator<T>
        {
            readonly Stack<T> stack;
            readonly int version;
            int index = -2;
            T current;

            internal Iterator(Stack<T> stack)
            {
                this.stack = stack;
                version = stack.version;
            }

            public void Dispose()
            {
                index = -1;
            }

            public bool MoveNext()
            {
                if (version != stack.version)
                    throw new InvalidOperationException(Msg.Modified);
                if (index == -2)
                    index = stack.size;
                else if (index == -1)
                    return false;
                index--;
                if (index >= 0)
                {
                    current = stack.array[index];
                    return true;
                }
                current = default(T);
                return false;
            }

            public T Current
            {
                get
                {
                    if (index < 0)
                        throw new InvalidOperationException(index == -2 ? Msg.EnumNotStarted : Msg.EnumEnded);
                    return current;
                }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            public void Reset()
            {
                index = -2;
            }
        }
    }
}
