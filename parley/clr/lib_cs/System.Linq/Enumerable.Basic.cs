// Parley corlib: System.Linq.Enumerable, the lazy operators (Select,
// Where, SelectMany, Skip, Take, Concat, Zip ...).  Arguments are checked
// when the operator is called; the work happens when the result is
// enumerated, as in Mono.
using System.Collections;
using System.Collections.Generic;
using Parley.Runtime;

namespace System.Linq
{
    public static partial class Enumerable
    {
        static Exception Null(string name)
        {
            return Msg.NullArg(name);
        }

        // ---- generation ---------------------------------------------------------------
        public static IEnumerable<int> Range(int start, int count)
        {
            long max = (long)start + count - 1;
            if (count < 0 || max > int.MaxValue)
                throw Msg.OutOfRange("count");
            return new RangeIter(start, count);
        }

        public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
        {
            if (count < 0)
                throw Msg.OutOfRange("count");
            return new RepeatIter<TResult>(element, count);
        }

        public static IEnumerable<TResult> Empty<TResult>()
        {
            return new ArrayView<TResult>(new TResult[0], 0);
        }

        public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source)
        {
            return source;
        }

        // ---- projection and filtering -------------------------------------------------
        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            return new SelectIter<TSource, TResult>(source, selector);
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            return new SelectIndexIter<TSource, TResult>(source, selector);
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            return new WhereIter<TSource>(source, predicate);
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            return new WhereIndexIter<TSource>(source, predicate);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            return new SelectManyIter<TSource, TResult, TResult>(source, selector, null, null);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            if (source == null)
                throw Null("source");
            if (selector == null)
                throw Null("selector");
            return new SelectManyIter<TSource, TResult, TResult>(source, null, selector, null);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            if (source == null)
                throw Null("source");
            if (collectionSelector == null)
                throw Null("collectionSelector");
            if (resultSelector == null)
                throw Null("resultSelector");
            return new SelectManyIter<TSource, TCollection, TResult>(source, collectionSelector, null, resultSelector);
        }

        public static IEnumerable<TResult> Cast<TResult>(this IEnumerable source)
        {
            if (source == null)
                throw Null("source");
            TResult[] arr = source as TResult[];
            if (arr != null)
                return new ArrayView<TResult>(arr, arr.Length);
            IEnumerable<TResult> typed = source as IEnumerable<TResult>;
            if (typed != null)
                return typed;
            return new CastIter<TResult>(source, false);
        }

        public static IEnumerable<TResult> OfType<TResult>(this IEnumerable source)
        {
            if (source == null)
                throw Null("source");
            return new CastIter<TResult>(source, true);
        }

        // ---- partitioning ----------------------------------------------------------------
        public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null)
                throw Null("source");
            return new PartitionIter<TSource>(source, 0, count, null);
        }

        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null)
                throw Null("source");
            return new PartitionIter<TSource>(source, 1, count, null);
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            return new PartitionIter<TSource>(source, 2, 0, predicate);
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            if (source == null)
                throw Null("source");
            if (predicate == null)
                throw Null("predicate");
            return new PartitionIter<TSource>(source, 3, 0, predicate);
        }

        public static IEnumerable<TSource> SkipLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null)
                throw Null("source");
            return new TailIter<TSource>(source, 1, count);
        }

        public static IEnumerable<TSource> TakeLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            if (source == null)
                throw Null("source");
            return new TailIter<TSource>(source, 2, count);
        }

        // ---- combining --------------------------------------------------------------------
        public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            if (first == null)
                throw Null("first");
            if (second == null)
                throw Null("second");
            return new ConcatIter<TSource>(first, second, 0, default(TSource));
        }

        public static IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            if (source == null)
                throw Null("source");
            return new ConcatIter<TSource>(source, null, 1, element);
        }

        public static IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            if (source == null)
                throw Null("source");
            return new ConcatIter<TSource>(source, null, 2, element);
        }

        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            if (first == null)
                throw Null("first");
            if (second == null)
                throw Null("second");
            if (resultSelector == null)
                throw Null("resultSelector");
            return new ZipIter<TFirst, TSecond, TResult>(first, second, resultSelector);
        }

        public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source)
        {
            if (source == null)
                throw Null("source");
            return new TailIter<TSource>(source, 0, 0);
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source)
        {
            return DefaultIfEmpty(source, default(TSource));
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            if (source == null)
                throw Null("source");
            return new DefaultIfEmptyIter<TSource>(source, defaultValue);
        }

        // ---- sets -------------------------------------------------------------------------
        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source)
        {
            return Distinct(source, null);
        }

        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            if (source == null)
                throw Null("source");
            return new SetIter<TSource>(source, null, comparer, 0);
        }

        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return Union(first, second, null);
        }

        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (first == null)
                throw Null("first");
            if (second == null)
                throw Null("second");
            return new SetIter<TSource>(first, second, comparer, 0);
        }

        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return Intersect(first, second, null);
        }

        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (first == null)
                throw Null("first");
            if (second == null)
                throw Null("second");
            return new SetIter<TSource>(first, second, comparer, 1);
        }

        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return Except(first, second, null);
        }

        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (first == null)
                throw Null("first");
            if (second == null)
                throw Null("second");
            return new SetIter<TSource>(first, second, comparer, 2);
        }

        // ---- joins ----------------------------------------------------------------------------
        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
        {
            return Join(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            if (outer == null)
                throw Null("outer");
            if (inner == null)
                throw Null("inner");
            if (outerKeySelector == null)
                throw Null("outerKeySelector");
            if (innerKeySelector == null)
                throw Null("innerKeySelector");
            if (resultSelector == null)
                throw Null("resultSelector");
            return new JoinIter<TOuter, TInner, TKey, TResult>(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null, comparer);
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
        {
            return GroupJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            if (outer == null)
                throw Null("outer");
            if (inner == null)
                throw Null("inner");
            if (outerKeySelector == null)
                throw Null("outerKeySelector");
            if (innerKeySelector == null)
                throw Null("innerKeySelector");
            if (resultSelector == null)
                throw Null("resultSelector");
            return new JoinIter<TOuter, TInner, TKey, TResult>(outer, inner, outerKeySelector, innerKeySelector, null, resultSelector, comparer);
        }

    }
}
