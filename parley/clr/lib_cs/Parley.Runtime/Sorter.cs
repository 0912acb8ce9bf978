// Parley corlib: the array sort List<T>.Sort and Array-style sorts use: an
// introspective sort (quicksort with median-of-three pivots, insertion sort
// for partitions of at most 16 elements, heapsort past a depth limit) that
// orders equal elements as Mono's does.  A comparer that throws is
// reported as InvalidOperationException, as Mono does.
using System;
using System.Collections.Generic;

namespace Parley.Runtime
{
    internal static class Sorter<T>
    {
        public static void Sort(T[] keys, int index, int length, IComparer<T> comparer)
        {
            if (length < 2)
                return;
            if (comparer == null)
                comparer = Comparer<T>.Default;
            try
            {
                int depth = 0;
                for (int n = length; n >= 1; n = n / 2)
                    depth++;
                IntroSort(keys, index, index + length - 1, 2 * depth, comparer);
            }
            catch (IndexOutOfRangeException)
            {
                throw new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. IComparer: '" + comparer.ToString() + "'.");
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(Msg.CompareFailed, e);
            }
        }

        static void SwapIfGreater(T[] keys, IComparer<T> c, int i, int j)
        {
            if (i != j && c.Compare(keys[i], keys[j]) > 0)
            {
                T t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
        }

        static void Swap(T[] keys, int i, int j)
        {
            T t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
        }

        static void IntroSort(T[] keys, int lo, int hi, int depthLimit, IComparer<T> c)
        {
            while (hi > lo)
            {
                int size = hi - lo + 1;
                if (size <= 16)
                {
                    if (size == 2)
                    {
                        SwapIfGreater(keys, c, lo, hi);
                        return;
                    }
                    if (size == 3)
                    {
                        SwapIfGreater(keys, c, lo, hi - 1);
                        SwapIfGreater(keys, c, lo, hi);
                        SwapIfGreater(keys, c, hi - 1, hi);
                        return;
                    }
                    InsertionSort(keys, lo, hi, c);
                    return;
                }
                if (depthLimit == 0)
                {
                    HeapSort(keys, lo, hi, c);
                    return;
                }
                depthLimit--;
                int p = Partition(keys, lo, hi, c);
                IntroSort(keys, p + 1, hi, depthLimit, c);
                hi = p - 1;
            }
        }

        static int Partition(T[] keys, int lo, int hi, IComparer<T> c)
        {
            int mid = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, c, lo, mid);
            SwapIfGreater(keys, c, lo, hi);
            SwapIfGreater(keys, c, mid, hi);
            T pivot = keys[mid];
            Swap(keys, mid, hi - 1);
            int left = lo;
            int right = hi - 1;
            while (left < right)
            {
                while (c.Compare(keys[++left], pivot) < 0)
                {
                }
                while (c.Compare(pivot, keys[--right]) < 0)
                {
                }
                if (left >= right)
                    break;
                Swap(keys, left, right);
            }
            if (left != hi - 1)
                Swap(keys, left, hi - 1);
            return left;
        }

        static void InsertionSort(T[] keys, int lo, int hi, IComparer<T> c)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                T t = keys[i + 1];
                while (j >= lo && c.Compare(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = t;
            }
        }

        static void HeapSort(T[] keys, int lo, int hi, IComparer<T> c)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--)
                DownHeap(keys, i, n, lo, c);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, lo, lo + i - 1);
                DownHeap(keys, 1, i - 1, lo, c);
            }
        }

        static void DownHeap(T[] keys, int i, int n, int lo, IComparer<T> c)
        {
            T d = keys[lo + i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && c.Compare(keys[lo + child - 1], keys[lo + child]) < 0)
                    child++;
                if (!(c.Compare(d, keys[lo + child - 1]) < 0))
                    break;
                keys[lo + i - 1] = keys[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = d;
        }
    }
}
