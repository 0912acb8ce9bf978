// Parley's System.Text.StringBuilder: one flat char buffer.  Capacity is
// reported as Mono's chunked builder reports it (16 by default; when full,
// grows by the larger of what is needed and the current length, at most
// 8000 at a time).
using System;
using Parley.Runtime;

namespace System.Text
{
    public sealed class StringBuilder
    {
        const int DefaultCapacity = 16;
        const int MaxChunk = 8000;

        char[] buf;
        int len;
        int cap;        // the capacity Mono would report

        public StringBuilder()
        {
            buf = new char[DefaultCapacity];
            cap = DefaultCapacity;
        }

        public StringBuilder(int capacity)
        {
            if (capacity < 0)
                throw Msg.Range("'capacity' must be greater than zero.", "capacity");
            if (capacity == 0)
                capacity = DefaultCapacity;
            buf = new char[capacity];
            cap = capacity;
        }

        public StringBuilder(string value) : this(value, DefaultCapacity)
        {
        }

        public StringBuilder(string value, int capacity)
        {
            if (capacity < 0)
                throw Msg.Range("'capacity' must be greater than zero.", "capacity");
            if (capacity == 0)
                capacity = DefaultCapacity;
            int n = value == null ? 0 : value.Length;
            if (n > capacity)
                capacity = n;
            buf = new char[capacity];
            cap = capacity;
            if (n > 0)
                Append(value);
        }

        public StringBuilder(int capacity, int maxCapacity) : this(capacity)
        {
        }

        public StringBuilder(string value, int startIndex, int length, int capacity) : this(capacity)
        {
            Append(value, startIndex, length);
        }

        // ---- size -------------------------------------------------------------
        void Grow(int needed)
        {
            if (needed > cap)
            {
                int step = cap < MaxChunk ? cap : MaxChunk;
                if (needed - cap > step)
                    step = needed - cap;
                cap = cap + step;
            }
            if (needed > buf.Length)
            {
                int n = buf.Length * 2;
                if (n < needed)
                    n = needed;
                char[] nb = new char[n];
                for (int i = 0; i < len; i++)
                    nb[i] = buf[i];
                buf = nb;
            }
        }

        public int Length
        {
            get { return len; }
            set
            {
                if (value < 0)
                    throw Msg.Range("Length cannot be less than zero.", "value");
                if (value > len)
                {
                    Grow(value);
                    for (int i = len; i < value; i++)
                        buf[i] = '\0';
                }
                len = value;
            }
        }

        public int Capacity
        {
            get { return cap; }
            set
            {
                if (value < len)
                    throw Msg.Range("Capacity is less than this StringBuilder's current length.", "value");
                cap = value;
                if (value > buf.Length)
                    Grow(value);
            }
        }

        public int MaxCapacity
        {
            get { return int.MaxValue; }
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0)
                throw Msg.Range("'capacity' must be greater than zero.", "capacity");
            if (cap < capacity)
                Capacity = capacity;
            return cap;
        }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if (index < 0 || index >= len)
                    throw new IndexOutOfRangeException();
                return buf[index];
            }
            set
            {
                if (index < 0 || index >= len)
                    throw Msg.Range(Msg.IndexRange, "index");
                buf[index] = value;
            }
        }

        public StringBuilder Clear()
        {
            len = 0;
            return this;
        }

        // ---- Append -----------------------------------------------------------
        public StringBuilder Append(string value)
        {
            if (value == null)
                return this;
            int n = value.Length;
            Grow(len + n);
            for (int i = 0; i < n; i++)
                buf[len + i] = value[i];
            len += n;
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (startIndex < 0)
                throw Msg.Range("StartIndex cannot be less than zero.", "startIndex");
            if (count < 0)
                throw Msg.Range("Count cannot be less than zero.", "count");
            if (value == null)
            {
                if (startIndex == 0 && count == 0)
                    return this;
                throw Msg.NullArg("value");
            }
            if (startIndex > value.Length - count)
                throw Msg.Range(Msg.IndexRange, "count");
            Grow(len + count);
            for (int i = 0; i < count; i++)
                buf[len + i] = value[startIndex + i];
            len += count;
            return this;
        }

        public StringBuilder Append(char value)
        {
            if (len == buf.Length || len == cap)
                Grow(len + 1);
            buf[len] = value;
            len++;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0)
                throw Msg.Range("Count cannot be less than zero.", "repeatCount");
            Grow(len + repeatCount);
            for (int i = 0; i < repeatCount; i++)
                buf[len + i] = value;
            len += repeatCount;
            return this;
        }

        public StringBuilder Append(char[] value)
        {
            if (value == null)
                return this;
            int n = value.Length;
            Grow(len + n);
            for (int i = 0; i < n; i++)
                buf[len + i] = value[i];
            len += n;
            return this;
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (startIndex < 0)
                throw Msg.Range("StartIndex cannot be less than zero.", "startIndex");
            if (charCount < 0)
                throw Msg.Range("Value must be positive.", "charCount");
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0)
                    return this;
                throw Msg.NullArg("value");
            }
            if (charCount > value.Length - startIndex)
                throw Msg.Range(Msg.IndexRange, "charCount");
            Grow(len + charCount);
            for (int i = 0; i < charCount; i++)
                buf[len + i] = value[startIndex + i];
            len += charCount;
            return this;
        }

        public StringBuilder Append(StringBuilder value)
        {
            if (value == null)
                return this;
            int n = value.len;
            Grow(len + n);
            char[] src = value.buf;
            for (int i = 0; i < n; i++)
                buf[len + i] = src[i];
            len += n;
            return this;
        }

        public StringBuilder Append(StringBuilder value, int startIndex, int count)
        {
            if (value == null)
                return this;
            return Append(value.ToString(), startIndex, count);
        }

        public StringBuilder Append(object value)
        {
            if (value == null)
                return this;
            return Append(value.ToString());
        }

        public StringBuilder Append(bool value) { return Append(value ? "True" : "False"); }
        public StringBuilder Append(int value) { return Append(Str.Of(value)); }
        public StringBuilder Append(long value) { return Append(Str.Of(value)); }
        public StringBuilder Append(short value) { return Append(Str.Of((int)value)); }
        public StringBuilder Append(byte value) { return Append(Str.Of((int)value)); }
        public StringBuilder Append(sbyte value) { return Append(Str.Of((int)value)); }
        public StringBuilder Append(ushort value) { return Append(Str.Of((int)value)); }
        public StringBuilder Append(uint value) { return Append(Str.Of((long)value)); }
        public StringBuilder Append(ulong value) { return Append(string.Concat((object)value)); }
        public StringBuilder Append(double value) { return Append(Str.Of(value)); }
        public StringBuilder Append(float value) { return Append(Str.Of(value)); }

        public StringBuilder AppendLine()
        {
            return Append('\n');
        }

        public StringBuilder AppendLine(string value)
        {
            Append(value);
            return Append('\n');
        }

        // ---- AppendFormat (composite formatting: the native String.Format) ------
        public StringBuilder AppendFormat(string format, object arg0)
        {
            return Append(string.Format(format, arg0));
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1)
        {
            return Append(string.Format(format, arg0, arg1));
        }

        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2)
        {
            return Append(string.Format(format, arg0, arg1, arg2));
        }

        public StringBuilder AppendFormat(string format, params object[] args)
        {
            return Append(string.Format(format, args));
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0)
        {
            return Append(string.Format(provider, format, arg0));
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1)
        {
            return Append(string.Format(provider, format, arg0, arg1));
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2)
        {
            return Append(string.Format(provider, format, arg0, arg1, arg2));
        }

        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args)
        {
            return Append(string.Format(provider, format, args));
        }

        // ---- Insert -----------------------------------------------------------
        void CheckInsertIndex(int index)
        {
            if (index < 0 || index > len)
                throw Msg.Range(Msg.IndexRange, "index");
        }

        void InsertChars(int index, string value, int times)
        {
            int n = value.Length * times;
            if (n == 0)
                return;
            Grow(len + n);
            for (int i = len - 1; i >= index; i--)
                buf[i + n] = buf[i];
            int p = index;
            for (int t = 0; t < times; t++)
                for (int i = 0; i < value.Length; i++)
                    buf[p++] = value[i];
            len += n;
        }

        public StringBuilder Insert(int index, string value)
        {
            CheckInsertIndex(index);
            if (value != null)
                InsertChars(index, value, 1);
            return this;
        }

        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0)
                throw Msg.Range("Non-negative number required.", "count");
            CheckInsertIndex(index);
            if (value != null)
                InsertChars(index, value, count);
            return this;
        }

        public StringBuilder Insert(int index, char value)
        {
            CheckInsertIndex(index);
            char[] one = new char[1];
            one[0] = value;
            InsertChars(index, new string(one), 1);
            return this;
        }

        public StringBuilder Insert(int index, char[] value)
        {
            CheckInsertIndex(index);
            if (value != null)
                InsertChars(index, new string(value), 1);
            return this;
        }

        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount)
        {
            CheckInsertIndex(index);
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0)
                    return this;
                throw Msg.NullArg("value");
            }
            if (startIndex < 0)
                throw Msg.Range("StartIndex cannot be less than zero.", "startIndex");
            if (charCount < 0)
                throw Msg.Range("Value must be positive.", "charCount");
            if (startIndex > value.Length - charCount)
                throw Msg.Range(Msg.IndexRange, "startIndex");
            InsertChars(index, new string(value, startIndex, charCount), 1);
            return this;
        }

        public StringBuilder Insert(int index, object value)
        {
            CheckInsertIndex(index);
            if (value != null)
                InsertChars(index, value.ToString(), 1);
            return this;
        }

        public StringBuilder Insert(int index, bool value) { return Insert(index, value ? "True" : "False"); }
        public StringBuilder Insert(int index, int value) { return Insert(index, Str.Of(value)); }
        public StringBuilder Insert(int index, long value) { return Insert(index, Str.Of(value)); }
        public StringBuilder Insert(int index, short value) { return Insert(index, Str.Of((int)value)); }
        public StringBuilder Insert(int index, byte value) { return Insert(index, Str.Of((int)value)); }
        public StringBuilder Insert(int index, double value) { return Insert(index, Str.Of(value)); }
        public StringBuilder Insert(int index, float value) { return Insert(index, Str.Of(value)); }

        // ---- Remove, Replace ----------------------------------------------------
        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0)
                throw Msg.Range("Length cannot be less than zero.", "length");
            if (startIndex < 0)
                throw Msg.Range("StartIndex cannot be less than zero.", "startIndex");
            if (length > len - startIndex)
                throw Msg.Range(Msg.IndexRange, "length");
            for (int i = startIndex + length; i < len; i++)
                buf[i - length] = buf[i];
            len -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar)
        {
            for (int i = 0; i < len; i++)
                if (buf[i] == oldChar)
                    buf[i] = newChar;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if (startIndex < 0 || startIndex > len)
                throw Msg.Range(Msg.IndexRange, "startIndex");
            if (count < 0 || startIndex > len - count)
                throw Msg.Range(Msg.IndexRange, "count");
            for (int i = startIndex; i < startIndex + count; i++)
                if (buf[i] == oldChar)
                    buf[i] = newChar;
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue)
        {
            return Replace(oldValue, newValue, 0, len);
        }

        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if (startIndex < 0 || startIndex > len)
                throw Msg.Range(Msg.IndexRange, "startIndex");
            if (count < 0 || startIndex > len - count)
                throw Msg.Range(Msg.IndexRange, "count");
            if (oldValue == null)
                throw Msg.NullArg("oldValue");
            int m = oldValue.Length;
            if (m == 0)
                throw Msg.Arg("Empty name is not legal.", "oldValue");
            if (newValue == null)
                newValue = "";
            int end = startIndex + count;
            char[] nb = new char[len + 16];
            int nl = 0;
            int i = 0;
            while (i < len)
            {
                bool hit = false;
                if (i >= startIndex && i + m <= end)
                {
                    hit = true;
                    for (int j = 0; j < m; j++)
                    {
                        if (buf[i + j] != oldValue[j])
                        {
                            hit = false;
                            break;
                        }
                    }
                }
                if (hit)
                {
                    nb = Ensure(nb, nl + newValue.Length);
                    for (int j = 0; j < newValue.Length; j++)
                        nb[nl++] = newValue[j];
                    i += m;
                }
                else
                {
                    nb = Ensure(nb, nl + 1);
                    nb[nl++] = buf[i];
                    i++;
                }
            }
            Grow(nl);
            if (nb.Length >= buf.Length)
                buf = nb;
            else
                for (int k = 0; k < nl; k++)
                    buf[k] = nb[k];
            len = nl;
            return this;
        }

        static char[] Ensure(char[] a, int n)
        {
            if (n <= a.Length)
                return a;
            int size = a.Length * 2;
            if (size < n)
                size = n;
            char[] b = new char[size];
            for (int i = 0; i < a.Length; i++)
                b[i] = a[i];
            return b;
        }

        // ---- out --------------------------------------------------------------
        public override string ToString()
        {
            return new string(buf, 0, len);
        }

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0)
                throw Msg.Range("StartIndex cannot be less than zero.", "startIndex");
            if (startIndex > len)
                throw Msg.Range("startIndex cannot be larger than length of string.", "startIndex");
            if (length < 0)
                throw Msg.Range("Length cannot be less than zero.", "length");
            if (startIndex > len - length)
                throw Msg.Range("Index and length must refer to a location within the string.", "length");
            return new string(buf, startIndex, length);
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null)
                throw Msg.NullArg("destination");
            if (count < 0)
                throw Msg.Range("Count cannot be less than zero.", "count");
            if (destinationIndex < 0)
                throw Msg.Range("Non-negative number required.", "destinationIndex");
            if (sourceIndex < 0 || sourceIndex > len - count)
                throw Msg.Range(Msg.IndexRange, "sourceIndex");
            if (destinationIndex > destination.Length - count)
                throw new ArgumentException("Destination array was not long enough. Check destIndex and length, and the array's lower bounds");
            for (int i = 0; i < count; i++)
                destination[destinationIndex + i] = buf[sourceIndex + i];
        }

        public bool Equals(StringBuilder sb)
        {
            if (sb == null || sb.len != len)
                return false;
            for (int i = 0; i < len; i++)
                if (sb.buf[i] != buf[i])
                    return false;
            return true;
        }
    }
}
