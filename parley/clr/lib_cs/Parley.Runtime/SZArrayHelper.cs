// Parley corlib: what an array does as the collection interfaces a CLR
// array implements (IEnumerable<T>, ICollection<T>, IList<T>,
// IReadOnlyCollection<T>, IReadOnlyList<T>, non-generic IEnumerable).
// Each interface member is a static method here named as the member, taking
// the array first; the CLR interpreter can dispatch an interface call on an
// array receiver to the method of the same name, instantiated with the
// array's element type (as the CLR's own SZArrayHelper).
using System;
using System.Collections;
using System.Collections.Generic;

namespace Parley.Runtime
{
    internal static class SZArrayHelper
    {
        const string FixedSize = "Collection is of a fixed size";

        public static IEnumerator<T> GetEnumerator<T>(T[] array)
        {
            return new ArrayIterator<T>(array, array.Length);
        }

        /// IEnumerable.GetEnumerator of any array (its elements boxed)
        public static IEnumerator GetEnumerator(object array)
        {
            object[] elements = array as object[];
            if (elements == null)
                elements = Seq.Boxed(array);
            if (elements == null)
                throw new InvalidCastException();
            return new ArrayIterator<object>(elements, elements.Length);
        }

        public static int get_Count<T>(T[] array)
        {
            return array.Length;
        }

        public static bool get_IsReadOnly<T>(T[] array)
        {
            return true;
        }

        public static T get_Item<T>(T[] array, int index)
        {
            if ((uint)index >= (uint)array.Length)
                throw Msg.Index("index");
            return array[index];
        }

        public static void set_Item<T>(T[] array, int index, T value)
        {
            if ((uint)index >= (uint)array.Length)
                throw Msg.Index("index");
            array[index] = value;
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            EqualityComparer<T> eq = EqualityComparer<T>.Default;
            for (int i = 0; i < array.Length; i++)
                if (eq.Equals(array[i], value))
                    return i;
            return -1;
        }

        public static bool Contains<T>(T[] array, T value)
        {
            return IndexOf(array, value) >= 0;
        }

        public static void CopyTo<T>(T[] array, T[] destination, int index)
        {
            if (destination == null)
                throw Msg.NullArg("destinationArray");
            if (index < 0)
                throw Msg.Range("Number was less than the array's lower bound in the first dimension.", "destinationIndex");
            if (destination.Length - index < array.Length)
                throw Msg.Arg(Msg.DestTooShort, "destinationArray");
            for (int i = 0; i < array.Length; i++)
                destination[index + i] = array[i];
        }

        public static void Add<T>(T[] array, T value)
        {
            throw new NotSupportedException(FixedSize);
        }

        public static void Insert<T>(T[] array, int index, T value)
        {
            throw new NotSupportedException(FixedSize);
        }

        public static bool Remove<T>(T[] array, T value)
        {
            throw new NotSupportedException(FixedSize);
        }

        public static void RemoveAt<T>(T[] array, int index)
        {
            throw new NotSupportedException(FixedSize);
        }

        public static void Clear<T>(T[] array)
        {
            throw new NotSupportedException(FixedSize);
        }
    }
}
