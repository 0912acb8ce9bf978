// Parley corlib: LinkedList<T>, a circular doubly linked list of
// LinkedListNode<T> (head = First).
using Parley.Runtime;

namespace System.Collections.Generic
{
    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> list;
        internal LinkedListNode<T> next;
        internal LinkedListNode<T> prev;
        internal T item;

        public LinkedListNode(T value)
        {
            item = value;
        }

        internal LinkedListNode(LinkedList<T> list, T value)
        {
            this.list = list;
            item = value;
        }

        public LinkedList<T> List
        {
            get { return list; }
        }

        public LinkedListNode<T> Next
        {
            get { return next == null || next == list.head ? null : next; }
        }

        public LinkedListNode<T> Previous
        {
            get { return prev == null || this == list.head ? null : prev; }
        }

        public T Value
        {
            get { return item; }
            set { item = value; }
        }

        internal void Invalidate()
        {
            list = null;
            next = null;
            prev = null;
        }
    }

    public class LinkedList<T> : ICollection<T>, IReadOnlyCollection<T>
    {
        internal LinkedListNode<T> head;
        int count;
        int version;

        public LinkedList()
        {
        }

        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null)
                throw Msg.NullArg("collection");
            foreach (T x in Seq.Of(collection))
                AddLast(x);
        }

        public int Count
        {
            get { return count; }
        }

        public LinkedListNode<T> First
        {
            get { return head; }
        }

        public LinkedListNode<T> Last
        {
            get { return head == null ? null : head.prev; }
        }

        bool ICollection<T>.IsReadOnly
        {
            get { return false; }
        }

        void ICollection<T>.Add(T value)
        {
            AddLast(value);
        }

        void ValidateNode(LinkedListNode<T> node)
        {
            if (node == null)
                throw Msg.NullArg("node");
            if (node.list != this)
                throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }

        void ValidateNewNode(LinkedListNode<T> node)
        {
            if (node == null)
                throw Msg.NullArg("node");
            if (node.list != null)
                throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }

        void InsertBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            newNode.next = node;
            newNode.prev = node.prev;
            node.prev.next = newNode;
            node.prev = newNode;
            version++;
            count++;
        }

        void InsertFirst(LinkedListNode<T> newNode)
        {
            newNode.next = newNode;
            newNode.prev = newNode;
            head = newNode;
            version++;
            count++;
        }

        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            LinkedListNode<T> n = new LinkedListNode<T>(node.list, value);
            InsertBefore(node.next, n);
            return n;
        }

        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InsertBefore(node.next, newNode);
            newNode.list = this;
        }

        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            LinkedListNode<T> n = new LinkedListNode<T>(node.list, value);
            InsertBefore(node, n);
            if (node == head)
                head = n;
            return n;
        }

        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InsertBefore(node, newNode);
            newNode.list = this;
            if (node == head)
                head = newNode;
        }

        public LinkedListNode<T> AddFirst(T value)
        {
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            if (head == null)
                InsertFirst(n);
            else
            {
                InsertBefore(head, n);
                head = n;
            }
            return n;
        }

        public void AddFirst(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            if (head == null)
                InsertFirst(node);
            else
            {
                InsertBefore(head, node);
                head = node;
            }
            node.list = this;
        }

        public LinkedListNode<T> AddLast(T value)
        {
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            if (head == null)
                InsertFirst(n);
            else
                InsertBefore(head, n);
            return n;
        }

        public void AddLast(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            if (head == null)
                InsertFirst(node);
            else
                InsertBefore(head, node);
            node.list = this;
        }

        public void Clear()
        {
            LinkedListNode<T> n = head;
            while (n != null)
            {
                LinkedListNode<T> t = n;
                n = n.Next;
                t.Invalidate();
            }
            head = null;
            count = 0;
            version++;
        }

        public bool Contains(T value)
        {
            return Find(value) != null;
        }

        public void CopyTo(T[] array, int index)
        {
            if (array == null)
                throw Msg.NullArg("array");
            if (index < 0)
                throw Msg.Range(Msg.NonNegative, "index");
            if (index > array.Length)
                throw Msg.Range("Must be less than or equal to the size of the collection.", "index");
            if (array.Length - index < count)
                throw new ArgumentException("Insufficient space in the target location to copy the information.");
            LinkedListNode<T> n = head;
            if (n != null)
            {
                do
                {
                    array[index++] = n.item;
                    n = n.next;
                } while (n != head);
            }
        }

        public LinkedListNode<T> Find(T value)
        {
            LinkedListNode<T> n = head;
            EqualityComparer<T> eq = EqualityComparer<T>.Default;
            if (n != null)
            {
                do
                {
                    if (eq.Equals(n.item, value))
                        return n;
                    n = n.next;
                } while (n != head);
            }
            return null;
        }

        public LinkedListNode<T> FindLast(T value)
        {
            if (head == null)
                return null;
            LinkedListNode<T> last = head.prev;
            LinkedListNode<T> n = last;
            EqualityComparer<T> eq = EqualityComparer<T>.Default;
            do
            {
                if (eq.Equals(n.item, value))
                    return n;
                n = n.prev;
            } while (n != last);
            return null;
        }

        public bool Remove(T value)
        {
            LinkedListNode<T> n = Find(value);
            if (n != null)
            {
                RemoveNode(n);
                return true;
            }
            return false;
        }

        public void Remove(LinkedListNode<T> node)
        {
            ValidateNode(node);
            RemoveNode(node);
        }

        public void RemoveFirst()
        {
            if (head == null)
                throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(head);
        }

        public void RemoveLast()
        {
            if (head == null)
                throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(head.prev);
        }

        void RemoveNode(LinkedListNode<T> node)
        {
            if (node.next == node)
                head = null;
            else
            {
                node.next.prev = node.prev;
                node.prev.next = node.next;
                if (head == node)
                    head = node.next;
            }
            node.Invalidate();
            count--;
            version++;
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
            LinkedList<T> list;
            LinkedListNode<T> node;
            int version;
            T current;
            int index;

            internal Enumerator(LinkedList<T> list)
            {
                this.list = list;
                version = list.version;
                node = list.head;
                current = default(T);
                index = 0;
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                if (version != list.version)
                    throw new InvalidOperationException(Msg.Modified);
                if (node == null)
                {
                    index = list.count + 1;
                    return false;
                }
                index++;
                current = node.item;
                node = node.next;
                if (node == list.head)
                    node = null;
                return true;
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
                current = default(T);
                node = list.head;
                index = 0;
            }
        }

        sealed class Iterator : IEnumerator<T>
        {
            readonly LinkedList<T> list;
            readonly int version;
            LinkedListNode<T> node;
            T current;

            internal Iterator(LinkedList<T> list)
            {
                this.list = list;
                version = list.version;
                node = list.head;
            }

            public void Dispose()
            {
            }

            public bool MoveNext()
            {
                if (version != list.version)
                    throw new InvalidOperationException(Msg.Modified);
                if (node == null)
                    return false;
                current = node.item;
                node = node.next;
                if (node == list.head)
                    node = null;
                return true;
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
                node = list.head;
            }
        }
    }
}
