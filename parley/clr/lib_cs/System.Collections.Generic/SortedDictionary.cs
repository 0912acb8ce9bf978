// Parley corlib: SortedDictionary<TKey, TValue>, an AVL tree ordered by
// the comparer (Comparer<TKey>.Default unless given), enumerated in key
// order.
using Parley.Runtime;

namespace System.Collections.Generic
{
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        internal sealed class Node
        {
            public TKey key;
            public TValue value;
            public Node left;
            public Node right;
            public int height;

            public Node(TKey key, TValue value)
            {
                this.key = key;
                this.value = value;
                height = 1;
            }
        }

        Node root;
        int count;
        internal int version;
        readonly IComparer<TKey> comparer;
        KeyCollection keyCollection;
        ValueCollection valueCollection;

        public SortedDictionary() : this((IComparer<TKey>)null)
        {
        }

        public SortedDictionary(IComparer<TKey> comparer)
        {
            this.comparer = comparer != null ? comparer : Comparer<TKey>.Default;
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null)
        {
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer)
        {
            if (dictionary == null)
                throw Msg.NullArg("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary)
                Add(kv.Key, kv.Value);
        }

        public IComparer<TKey> Comparer
        {
            get { return comparer; }
        }

        public int Count
        {
            get { return count; }
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly
        {
            get { return false; }
        }

        internal Node Root
        {
            get { return root; }
        }

        // ---- the tree -------------------------------------------------------------
        static int H(Node n)
        {
            return n == null ? 0 : n.height;
        }

        static void Fix(Node n)
        {
            int l = H(n.left), r = H(n.right);
            n.height = (l > r ? l : r) + 1;
        }

        static Node RotateRight(Node n)
        {
            Node l = n.left;
            n.left = l.right;
            l.right = n;
            Fix(n);
            Fix(l);
            return l;
        }

        static Node RotateLeft(Node n)
        {
            Node r = n.right;
            n.right = r.left;
            r.left = n;
            Fix(n);
            Fix(r);
            return r;
        }

        static Node Balance(Node n)
        {
            Fix(n);
            int b = H(n.left) - H(n.right);
            if (b > 1)
            {
                if (H(n.left.left) < H(n.left.right))
                    n.left = RotateLeft(n.left);
                return RotateRight(n);
            }
            if (b < -1)
            {
                if (H(n.right.right) < H(n.right.left))
                    n.right = RotateRight(n.right);
                return RotateLeft(n);
            }
            return n;
        }

        Node FindNode(TKey key)
        {
            if (key == null)
                throw Msg.NullArg("key");
            Node n = root;
            while (n != null)
            {
                int c = comparer.Compare(key, n.key);
                if (c == 0)
                    return n;
                n = c < 0 ? n.left : n.right;
            }
            return null;
        }

        // inserts or (replace) updates; returns the new subtree root
        Node Insert(Node n, TKey key, TValue value, bool replace)
        {
            if (n == null)
            {
                count++;
                return new Node(key, value);
            }
            int c = comparer.Compare(key, n.key);
            if (c == 0)
            {
                if (!replace)
                    throw Msg.Duplicate(new KeyValuePair<TKey, TValue>(key, value));
                n.value = value;
                return n;
            }
            if (c < 0)
                n.left = Insert(n.left, key, value, replace);
            else
                n.right = Insert(n.right, key, value, replace);
            return Balance(n);
        }

        static Node RemoveMin(Node n, out Node min)
        {
            if (n.left == null)
            {
                min = n;
                return n.right;
            }
            n.left = RemoveMin(n.left, out min);
            return Balance(n);
        }

        Node Delete(Node n, TKey key, ref bool found)
        {
            if (n == null)
                return null;
            int c = comparer.Compare(key, n.key);
            if (c < 0)
                n.left = Delete(n.left, key, ref found);
            else if (c > 0)
                n.right = Delete(n.right, key, ref found);
            else
            {
                found = true;
                if (n.left == null)
                    return n.right;
                if (n.right == null)
                    return n.left;
                Node min;
                Node rest = RemoveMin(n.right, out min);
                min.right = rest;
                min.left = n.left;
                n = min;
            }
            return Balance(n);
        }

        // ---- dictionary -------------------------------------------------------------
        public TValue this[TKey key]
        {
            get
            {
                Node n = FindNode(key);
                if (n == null)
                    throw new KeyNotFoundException("The given key '" + Str.OfObject(key) + "' was not present in the dictionary.");
                return n.value;
            }
            set
            {
                if (key == null)
                    throw Msg.NullArg("key");
                root = Insert(root, key, value, true);
                version++;
            }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null)
                throw Msg.NullArg("key");
            root = Insert(root, key, value, false);
            version++;
        }

        public bool ContainsKey(TKey key)
        {
            return FindNode(key) != null;
        }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> eq = EqualityComparer<TValue>.Default;
            Walker w = new Walker(this);
            while (w.Next())
                if (eq.Equals(w.Node.value, value))
                    return true;
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            Node n = FindNode(key);
            if (n == null)
            {
                value = default(TValue);
                return false;
            }
            value = n.value;
            return true;
        }

        public bool Remove(TKey key)
        {
            if (key == null)
                throw Msg.NullArg("key");
            bool found = false;
            root = Delete(root, key, ref found);
            if (found)
            {
                count--;
                version++;
            }
            return found;
        }

        public void Clear()
        {
            root = null;
            count = 0;
            version++;
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null)
                throw Msg.NullArg("array");
            if (index < 0 || index > array.Length)
                throw Msg.Range(Msg.IndexRange, "index");
            if (array.Length - index < count)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            Walker w = new Walker(this);
            while (w.Next())
                array[index++] = new KeyValuePair<TKey, TValue>(w.Node.key, w.Node.value);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> pair)
        {
            Add(pair.Key, pair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> pair)
        {
            Node n = FindNode(pair.Key);
            return n != null && EqualityComparer<TValue>.Default.Equals(n.value, pair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> pair)
        {
            Node n = FindNode(pair.Key);
            if (n != null && EqualityComparer<TValue>.Default.Equals(n.value, pair.Value))
                return Remove(pair.Key);
            return false;
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

        // ---- enumeration --------------------------------------------------------------
        // an in-order walk with an explicit stack, checking the version
        internal sealed class Walker
        {
            readonly SortedDictionary<TKey, TValue> dict;
            readonly int version;
            Node[] stack;
            int depth;
            public Node Node;
            public bool Started;
            public bool Ended;

            public Walker(SortedDictionary<TKey, TValue> dict)
            {
                this.dict = dict;
                version = dict.version;
                stack = new Node[2 * H(dict.root) + 2];
                PushLeft(dict.root);
            }

            void PushLeft(Node n)
            {
                while (n != null)
                {
                    stack[depth++] = n;
                    n = n.left;
                }
            }

            public bool Next()
            {
                if (version != dict.version)
                    throw new InvalidOperationException(Msg.Modified);
                Started = true;
                if (depth == 0)
                {
                    Node = null;
                    Ended = true;
                    return false;
                }
                Node n = stack[--depth];
                PushLeft(n.right);
                Node = n;
                return true;
            }

            public void Reset()
            {
                if (version != dict.version)
                    throw new InvalidOperationException(Msg.Modified);
                depth = 0;
                Node = null;
                Started = false;
                Ended = false;
                PushLeft(dict.root);
            }
        }

        public Enumerator GetEnumerator()
        {
            return new Enumerator(this);
        }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator()
        {
            return new Iterator(this);
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return new Iterator(this);
        }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            Walker walker;

            internal Enumerator(SortedDictionary<TKey, TValue> dict)
            {
                walker = new Walker(dict);
            }

            public bool MoveNext()
            {
                return walker.Next();
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get
                {
                    Node n = walker.Node;
                    if (n == null)
                        return new KeyValuePair<TKey, TValue>();
                    return new KeyValuePair<TKey, TValue>(n.key, n.value);
                }
            }

            object IEnumerator.Current
            {
                get
                {
                    if (walker.Node == null)
                        throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                walker.Reset();
            }

            public void Dispose()
            {
            }
        }

        sealed class Iterator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            readonly Walker walker;

            internal Iterator(SortedDictionary<TKey, TValue> dict)
            {
                walker = new Walker(dict);
            }

            public bool MoveNext()
            {
                return walker.Next();
            }

            public KeyValuePair<TKey, TValue> Current
            {
                get
                {
                    Node n = walker.Node;
                    if (n == null)
                        return new KeyValuePair<TKey, TValue>();
                    return new KeyValuePair<TKey, TValue>(n.key, n.value);
                }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            public void Reset()
            {
                walker.Reset();
            }

            public void Dispose()
            {
            }
        }

        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
        {
            readonly SortedDictionary<TKey, TValue> dict;

            public KeyCollection(SortedDictionary<TKey, TValue> dictionary)
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
                if (index < 0)
                    throw Msg.Range(Msg.NonNegative, "index");
                if (array.Length - index < dict.Count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Walker w = new Walker(dict);
                while (w.Next())
                    array[index++] = w.Node.key;
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
                Walker walker;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    walker = new Walker(dictionary);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    return walker.Next();
                }

                public TKey Current
                {
                    get { return walker.Node == null ? default(TKey) : walker.Node.key; }
                }

                object IEnumerator.Current
                {
                    get { return Current; }
                }

                void IEnumerator.Reset()
                {
                    walker.Reset();
                }
            }
        }

        internal sealed class KeyIterator : IEnumerator<TKey>
        {
            readonly Walker walker;

            internal KeyIterator(SortedDictionary<TKey, TValue> dict)
            {
                walker = new Walker(dict);
            }

            public bool MoveNext()
            {
                return walker.Next();
            }

            public TKey Current
            {
                get { return walker.Node == null ? default(TKey) : walker.Node.key; }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            public void Reset()
            {
                walker.Reset();
            }

            public void Dispose()
            {
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
        {
            readonly SortedDictionary<TKey, TValue> dict;

            public ValueCollection(SortedDictionary<TKey, TValue> dictionary)
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
                if (index < 0)
                    throw Msg.Range(Msg.NonNegative, "index");
                if (array.Length - index < dict.Count)
                    throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Walker w = new Walker(dict);
                while (w.Next())
                    array[index++] = w.Node.value;
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
                Walker walker;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    walker = new Walker(dictionary);
                }

                public void Dispose()
                {
                }

                public bool MoveNext()
                {
                    return walker.Next();
                }

                public TValue Current
                {
                    get { return walker.Node == null ? default(TValue) : walker.Node.value; }
                }

                object IEnumerator.Current
                {
                    get { return Current; }
                }

                void IEnumerator.Reset()
                {
                    walker.Reset();
                }
            }
        }

        internal sealed class ValueIterator : IEnumerator<TValue>
        {
            readonly Walker walker;

            internal ValueIterator(SortedDictionary<TKey, TValue> dict)
            {
                walker = new Walker(dict);
            }

            public bool MoveNext()
            {
                return walker.Next();
            }

            public TValue Current
            {
                get { return walker.Node == null ? default(TValue) : walker.Node.value; }
            }

            object IEnumerator.Current
            {
                get { return Current; }
            }

            public void Reset()
            {
                walker.Reset();
            }

            public void Dispose()
            {
            }
        }
    }
}
