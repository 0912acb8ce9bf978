// Parley corlib: the enumerables LINQ's lazy operators return.  (mcs
// builds `yield` iterators only for mscorlib's own IEnumerable<T>, so these
// are written out as classes.)  An operator's result is its own first
// enumerator, as in Mono; enumerating it again starts a fresh copy.
using System.Collections;
using System.Collections.Generic;
using Parley.Runtime;

namespace System.Linq
{
    internal abstract class Iter<T> : IEnumerable<T>, IEnumerator<T>
    {
        // 0: fresh, 1: enumerator handed out, 2 and up: running (operator's own), -1: finished
        internal int state;
        internal T current;

        public T Current
        {
            get { return current; }
        }

        object IEnumerator.Current
        {
            get { return current; }
        }

        internal abstract Iter<T> Clone();

        public abstract bool MoveNext();

        public virtual void Dispose()
        {
            current = default(T);
            state = -1;
        }

        public IEnumerator<T> GetEnumerator()
        {
            Iter<T> e = state == 0 ? this : Clone();
            e.state = 1;
            return e;
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public void Reset()
        {
            throw new NotSupportedException("Specified method is not supported.");
        }
    }

    /// an operator that computes all its elements on the first MoveNext
    internal abstract class BufferIter<T> : Iter<T>
    {
        T[] items;
        int n;
        int index;

        internal abstract T[] Fill(out int count);

        public override bool MoveNext()
        {
            if (state == 1)
            {
                items = Fill(out n);
                index = 0;
                state = 2;
            }
            if (state == 2)
            {
                if (index < n)
                {
                    current = items[index++];
                    return true;
                }
                Dispose();
            }
            return false;
        }
    }

    /// an operator over one source, element by element
    internal abstract class SourceIter<TSource, TResult> : Iter<TResult>
    {
        internal readonly IEnumerable<TSource> source;
        internal IEnumerator<TSource> e;

        internal SourceIter(IEnumerable<TSource> source)
        {
            this.source = source;
        }

        /// the next result from the source's elements; false at its end
        internal abstract bool Step();

        public override bool MoveNext()
        {
            if (state == 1)
            {
                e = Seq.Of(source).GetEnumerator();
                state = 2;
                Start();
            }
            if (state == 2)
            {
                if (Step())
                    return true;
                Dispose();
            }
            return false;
        }

        internal virtual void Start()
        {
        }

        public override void Dispose()
        {
            if (e != null)
            {
                e.Dispose();
                e = null;
            }
            base.Dispose();
        }
    }

    internal sealed class RangeIter : Iter<int>
    {
        readonly int start;
        readonly int count;
        int i;

        internal RangeIter(int start, int count)
        {
            this.start = start;
            this.count = count;
        }

        internal override Iter<int> Clone()
        {
            return new RangeIter(start, count);
        }

        public override bool MoveNext()
        {
            if (state == 1)
            {
                i = 0;
                state = 2;
            }
            if (state == 2)
            {
                if (i < count)
                {
                    current = start + i;
                    i++;
                    return true;
                }
                Dispose();
            }
            return false;
        }
    }

    internal sealed class RepeatIter<T> : Iter<T>
    {
        readonly T element;
        readonly int count;
        int i;

        internal RepeatIter(T element, int count)
        {
            this.element = element;
            this.count = count;
        }

        internal override Iter<T> Clone()
        {
            return new RepeatIter<T>(element, count);
        }

        public override bool MoveNext()
        {
            if (state == 1)
            {
                i = 0;
                state = 2;
            }
            if (state == 2)
            {
                if (i < count)
                {
                    current = element;
                    i++;
                    return true;
                }
                Dispose();
            }
            return false;
        }
    }

    internal sealed class SelectIter<TSource, TResult> : SourceIter<TSource, TResult>
    {
        readonly Func<TSource, TResult> selector;

        internal SelectIter(IEnumerable<TSource> source, Func<TSource, TResult> selector) : base(source)
        {
            this.selector = selector;
        }

        internal override Iter<TResult> Clone()
        {
            return new SelectIter<TSource, TResult>(source, selector);
        }

        internal override bool Step()
        {
            if (e.MoveNext())
            {
                current = selector(e.Current);
                return true;
            }
            return false;
        }
    }

    internal sealed class SelectIndexIter<TSource, TResult> : SourceIter<TSource, TResult>
    {
        readonly Func<TSource, int, TResult> selector;
        int index;

        internal SelectIndexIter(IEnumerable<TSource> source, Func<TSource, int, TResult> selector) : base(source)
        {
            this.selector = selector;
        }

        internal override Iter<TResult> Clone()
        {
            return new SelectIndexIter<TSource, TResult>(source, selector);
        }

        internal override bool Step()
        {
            if (e.MoveNext())
            {
                current = selector(e.Current, index++);
                return true;
            }
            return false;
        }
    }

    internal sealed class WhereIter<TSource> : SourceIter<TSource, TSource>
    {
        readonly Func<TSource, bool> predicate;

        internal WhereIter(IEnumerable<TSource> source, Func<TSource, bool> predicate) : base(source)
        {
            this.predicate = predicate;
        }

        internal override Iter<TSource> Clone()
        {
            return new WhereIter<TSource>(source, predicate);
        }

        internal override bool Step()
        {
            while (e.MoveNext())
            {
                TSource x = e.Current;
                if (predicate(x))
                {
                    current = x;
                    return true;
                }
            }
            return false;
        }
    }

    internal sealed class WhereIndexIter<TSource> : SourceIter<TSource, TSource>
    {
        readonly Func<TSource, int, bool> predicate;
        int index;

        internal WhereIndexIter(IEnumerable<TSource> source, Func<TSource, int, bool> predicate) : base(source)
        {
            this.predicate = predicate;
        }

        internal override Iter<TSource> Clone()
        {
            return new WhereIndexIter<TSource>(source, predicate);
        }

        internal override bool Step()
        {
            while (e.MoveNext())
            {
                TSource x = e.Current;
                if (predicate(x, index++))
                {
                    current = x;
                    return true;
                }
            }
            return false;
        }
    }

    /// SelectMany: the source's elements each give a collection (and, with
    /// a result selector, each pair gives the result)
    internal sealed class SelectManyIter<TSource, TCollection, TResult> : SourceIter<TSource, TResult>
    {
        readonly Func<TSource, IEnumerable<TCollection>> collectionSelector;
        readonly Func<TSource, int, IEnumerable<TCollection>> indexedSelector;
        readonly Func<TSource, TCollection, TResult> resultSelector;
        IEnumerator<TCollection> inner;
        TSource outer;
        int index;

        internal SelectManyIter(IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector,
                                Func<TSource, int, IEnumerable<TCollection>> indexedSelector,
                                Func<TSource, TCollection, TResult> resultSelector) : base(source)
        {
            this.collectionSelector = collectionSelector;
            this.indexedSelector = indexedSelector;
            this.resultSelector = resultSelector;
        }

        internal override Iter<TResult> Clone()
        {
            return new SelectManyIter<TSource, TCollection, TResult>(source, collectionSelector, indexedSelector, resultSelector);
        }

        internal override bool Step()
        {
            while (true)
            {
                if (inner != null)
                {
                    if (inner.MoveNext())
                    {
                        TCollection y = inner.Current;
                        if (resultSelector != null)
                            current = resultSelector(outer, y);
                        else
                            current = (TResult)(object)y;
                        return true;
                    }
                    inner.Dispose();
                    inner = null;
                }
                if (!e.MoveNext())
                    return false;
                outer = e.Current;
                IEnumerable<TCollection> c = indexedSelector != null ? indexedSelector(outer, index++) : collectionSelector(outer);
                inner = Seq.Of(c).GetEnumerator();
            }
        }

        public override void Dispose()
        {
            if (inner != null)
            {
                inner.Dispose();
                inner = null;
            }
            base.Dispose();
        }
    }

    internal sealed class CastIter<TResult> : Iter<TResult>
    {
        readonly IEnumerable source;
        readonly bool filter;   // OfType: skip what is not a TResult
        IEnumerator e;

        internal CastIter(IEnumerable source, bool filter)
        {
            this.source = source;
            this.filter = filter;
        }

        internal override Iter<TResult> Clone()
        {
            return new CastIter<TResult>(source, filter);
        }

        public override bool MoveNext()
        {
            if (state == 1)
            {
                e = Seq.Untyped(source);
                state = 2;
            }
            if (state == 2)
            {
                while (e.MoveNext())
                {
                    object o = e.Current;
                    if (filter && !(o is TResult))
                        continue;
                    current = (TResult)o;
                    return true;
                }
                Dispose();
            }
            return false;
        }
    }

    /// Skip (count >= 0), Take (count >= 0), SkipWhile/TakeWhile (predicate)
    internal sealed class PartitionIter<TSource> : SourceIter<TSource, TSource>
    {
        readonly int kind;      // 0 Skip, 1 Take, 2 SkipWhile, 3 TakeWhile
        readonly int count;
        readonly Func<TSource, bool> predicate;
        int seen;
        bool passed;

        internal PartitionIter(IEnumerable<TSource> source, int kind, int count, Func<TSource, bool> predicate) : base(source)
        {
            this.kind = kind;
            this.count = count;
            this.predicate = predicate;
        }

        internal override Iter<TSource> Clone()
        {
            return new PartitionIter<TSource>(source, kind, count, predicate);
        }

        internal override bool Step()
        {
            if (kind == 0)
            {
                while (seen < count)
                {
                    if (!e.MoveNext())
                        return false;
                    seen++;
                }
                if (e.MoveNext())
                {
                    current = e.Current;
                    return true;
                }
                return false;
            }
            if (kind == 1)
            {
                if (seen >= count || !e.MoveNext())
                    return false;
                seen++;
                current = e.Current;
                return true;
            }
            if (kind == 2)
            {
                while (e.MoveNext())
                {
                    TSource x = e.Current;
                    if (!passed && predicate(x))
                        continue;
                    passed = true;
                    current = x;
                    return true;
                }
                return false;
            }
            if (e.MoveNext())
            {
                TSource x = e.Current;
                if (predicate(x))
                {
                    current = x;
                    return true;
                }
            }
            return false;
        }
    }

    /// Concat, Append (second is one element), Prepend
    internal sealed class ConcatIter<TSource> : Iter<TSource>
    {
        readonly IEnumerable<TSource> first;
        readonly IEnumerable<TSource> second;
        readonly int kind;          // 0 Concat, 1 Append, 2 Prepend
        readonly TSource element;
        IEnumerator<TSource> e;
        int part;

        internal ConcatIter(IEnumerable<TSource> first, IEnumerable<TSource> second, int kind, TSource element)
        {
            this.first = first;
            this.second = second;
            this.kind = kind;
            this.element = element;
        }

        internal override Iter<TSource> Clone()
        {
            return new ConcatIter<TSource>(first, second, kind, element);
        }

        public override bool MoveNext()
        {
            if (state == 1)
            {
                state = 2;
                part = 0;
                if (kind == 2)
                {
                    current = element;
                    part = 1;
                    return true;
                }
            }
            if (state != 2)
                return false;
            while (true)
            {
                if (e == null)
                {
                    if (part == 0 || (part == 1 && kind == 2))
                        e = Seq.Of(first).GetEnumerator();
                    else if (part == 1 && kind == 0)
                        e = Seq.Of(second).GetEnumerator();
                    else if (part == 1 && kind == 1)
                    {
                        current = element;
                        part = 2;
                        return true;
                    }
                    else
                    {
                        Dispose();
                        return false;
                    }
                }
                if (e.MoveNext())
                {
                    current = e.Current;
                    return true;
                }
                e.Dispose();
                e = null;
                part = kind == 2 ? 2 : part + 1;
            }
        }

        public override void Dispose()
        {
            if (e != null)
            {
                e.Dispose();
                e = null;
            }
            base.Dispose();
        }
    }

    internal sealed class ZipIter<TFirst, TSecond, TResult> : Iter<TResult>
    {
        readonly IEnumerable<TFirst> first;
        readonly IEnumerable<TSecond> second;
        readonly Func<TFirst, TSecond, TResult> resultSelector;
        IEnumerator<TFirst> e1;
        IEnumerator<TSecond> e2;

        internal ZipIter(IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            this.first = first;
            this.second = second;
            this.resultSelector = resultSelector;
        }

        internal override Iter<TResult> Clone()
        {
            return new ZipIter<TFirst, TSecond, TResult>(first, second, resultSelector);
        }

        public override bool MoveNext()
        {
            if (state == 1)
            {
                e1 = Seq.Of(first).GetEnumerator();
                e2 = Seq.Of(second).GetEnumerator();
                state = 2;
            }
            if (state == 2)
            {
                if (e1.MoveNext() && e2.MoveNext())
                {
                    current = resultSelector(e1.Current, e2.Current);
                    return true;
                }
                Dispose();
            }
            return false;
        }

        public override void Dispose()
        {
            if (e1 != null)
            {
                e1.Dispose();
                e1 = null;
            }
            if (e2 != null)
            {
                e2.Dispose();
                e2 = null;
            }
            base.Dispose();
        }
    }

    /// Distinct (second null), Union, Intersect (mode 1), Except (mode 2)
    internal sealed class SetIter<TSource> : Iter<TSource>
    {
        readonly IEnumerable<TSource> first;
        readonly IEnumerable<TSource> second;
        readonly IEqualityComparer<TSource> comparer;
        readonly int mode;      // 0 Distinct/Union, 1 Intersect, 2 Except
        HashSet<TSource> set;
        IEnumerator<TSource> e;
        bool onSecond;

        internal SetIter(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer, int mode)
        {
            this.first = first;
            this.second = second;
            this.comparer = comparer;
            this.mode = mode;
        }

        internal override Iter<TSource> Clone()
        {
            return new SetIter<TSource>(first, second, comparer, mode);
        }

        public override bool MoveNext()
        {
            if (state == 1)
            {
                if (mode == 0)
                    set = new HashSet<TSource>(comparer);
                else
                    set = new HashSet<TSource>(second, comparer);
                e = Seq.Of(first).GetEnumerator();
                state = 2;
            }
            if (state != 2)
                return false;
            while (true)
            {
                while (e.MoveNext())
                {
                    TSource x = e.Current;
                    bool take = mode == 1 ? set.Remove(x) : set.Add(x);
                    if (take)
                    {
                        current = x;
                        return true;
                    }
                }
                if (mode == 0 && second != null && !onSecond)
                {
                    e.Dispose();
                    e = Seq.Of(second).GetEnumerator();
                    onSecond = true;
                    continue;
                }
                Dispose();
                return false;
            }
        }

        public override void Dispose()
        {
            if (e != null)
            {
                e.Dispose();
                e = null;
            }
            set = null;
            base.Dispose();
        }
    }

    internal sealed class DefaultIfEmptyIter<TSource> : SourceIter<TSource, TSource>
    {
        readonly TSource defaultValue;
        bool any;

        internal DefaultIfEmptyIter(IEnumerable<TSource> source, TSource defaultValue) : base(source)
        {
            this.defaultValue = defaultValue;
        }

        internal override Iter<TSource> Clone()
        {
            return new DefaultIfEmptyIter<TSource>(source, defaultValue);
        }

        internal override bool Step()
        {
            if (e.MoveNext())
            {
                any = true;
                current = e.Current;
                return true;
            }
            if (!any)
            {
                any = true;
                current = defaultValue;
                return true;
            }
            return false;
        }
    }

    /// Reverse, SkipLast, TakeLast: all the source's elements first
    internal sealed class TailIter<TSource> : BufferIter<TSource>
    {
        readonly IEnumerable<TSource> source;
        readonly int kind;      // 0 Reverse, 1 SkipLast, 2 TakeLast
        readonly int count;

        internal TailIter(IEnumerable<TSource> source, int kind, int count)
        {
            this.source = source;
            this.kind = kind;
            this.count = count;
        }

        internal override Iter<TSource> Clone()
        {
            return new TailIter<TSource>(source, kind, count);
        }

        internal override TSource[] Fill(out int n)
        {
            int total;
            TSource[] all = Seq.ToArray(source, out total);
            if (kind == 0)
            {
                TSource[] r = new TSource[total];
                for (int i = 0; i < total; i++)
                    r[i] = all[total - 1 - i];
                n = total;
                return r;
            }
            if (kind == 1)
            {
                n = total - count;
                if (n < 0)
                    n = 0;
                return all;
            }
            int k = count < 0 ? 0 : (count > total ? total : count);
            TSource[] t = new TSource[k];
            for (int i = 0; i < k; i++)
                t[i] = all[total - k + i];
            n = k;
            return t;
        }
    }

    internal sealed class JoinIter<TOuter, TInner, TKey, TResult> : SourceIter<TOuter, TResult>
    {
        readonly IEnumerable<TInner> inner;
        readonly Func<TOuter, TKey> outerKeySelector;
        readonly Func<TInner, TKey> innerKeySelector;
        readonly Func<TOuter, TInner, TResult> resultSelector;
        readonly Func<TOuter, IEnumerable<TInner>, TResult> groupResultSelector;
        readonly IEqualityComparer<TKey> comparer;
        Lookup<TKey, TInner> lookup;
        Grouping<TKey, TInner> group;
        TOuter outer;
        int index;

        internal JoinIter(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector,
                          Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector,
                          Func<TOuter, IEnumerable<TInner>, TResult> groupResultSelector,
                          IEqualityComparer<TKey> comparer) : base(outer)
        {
            this.inner = inner;
            this.outerKeySelector = outerKeySelector;
            this.innerKeySelector = innerKeySelector;
            this.resultSelector = resultSelector;
            this.groupResultSelector = groupResultSelector;
            this.comparer = comparer;
        }

        internal override Iter<TResult> Clone()
        {
            return new JoinIter<TOuter, TInner, TKey, TResult>(source, inner, outerKeySelector, innerKeySelector,
                                                               resultSelector, groupResultSelector, comparer);
        }

        internal override void Start()
        {
            lookup = Lookup<TKey, TInner>.Build(inner, innerKeySelector, comparer, true);
        }

        internal override bool Step()
        {
            while (true)
            {
                if (group != null && index < group.count)
                {
                    current = resultSelector(outer, group.elements[index++]);
                    return true;
                }
                if (!e.MoveNext())
                    return false;
                outer = e.Current;
                group = lookup.Find(outerKeySelector(outer));
                index = 0;
                if (groupResultSelector != null)
                {
                    IEnumerable<TInner> g = group;
                    if (group == null)
                        g = new ArrayView<TInner>(new TInner[0], 0);
                    group = null;
                    current = groupResultSelector(outer, g);
                    return true;
                }
            }
        }
    }

    /// GroupBy: the groups (or what a result selector makes of each)
    internal sealed class GroupByIter<TSource, TKey, TElement, TResult> : BufferIter<TResult>
    {
        readonly IEnumerable<TSource> source;
        readonly Func<TSource, TKey> keySelector;
        readonly Func<TSource, TElement> elementSelector;       // null: the elements themselves
        readonly Func<TKey, IEnumerable<TElement>, TResult> resultSelector;     // null: the groupings
        readonly IEqualityComparer<TKey> comparer;

        internal GroupByIter(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector,
                             Func<TKey, IEnumerable<TElement>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            this.source = source;
            this.keySelector = keySelector;
            this.elementSelector = elementSelector;
            this.resultSelector = resultSelector;
            this.comparer = comparer;
        }

        internal override Iter<TResult> Clone()
        {
            return new GroupByIter<TSource, TKey, TElement, TResult>(source, keySelector, elementSelector, resultSelector, comparer);
        }

        internal override TResult[] Fill(out int n)
        {
            Lookup<TKey, TElement> l;
            if (elementSelector == null)
                l = Lookup<TKey, TElement>.Build((IEnumerable<TElement>)(object)Seq.Of(source), (Func<TElement, TKey>)(object)keySelector, comparer, false);
            else
                l = Lookup<TKey, TElement>.Build(source, keySelector, elementSelector, comparer);
            List<Grouping<TKey, TElement>> groups = l.Groups;
            n = groups.Count;
            TResult[] r = new TResult[n];
            for (int i = 0; i < n; i++)
            {
                Grouping<TKey, TElement> g = groups[i];
                if (resultSelector == null)
                    r[i] = (TResult)(object)g;
                else
                    r[i] = resultSelector(g.key, g);
            }
            return r;
        }
    }
}
