// Internal helpers of Parley's C# corlib: Mono's exception texts and the
// text of primitive values (through the native String.Concat(object)).
using System;

namespace Parley.Runtime
{
    internal static class Msg
    {
        public const string IndexRange = "Index was out of range. Must be non-negative and less than the size of the collection.";
        public const string ArgRange = "Specified argument was out of the range of valid values.";
        public const string NonNegative = "Non-negative number required.";
        public const string Modified = "Collection was modified; enumeration operation may not execute.";
        public const string EnumNotStarted = "Enumeration has not started. Call MoveNext.";
        public const string EnumEnded = "Enumeration already finished.";
        public const string NoElements = "Sequence contains no elements";
        public const string NoMatch = "Sequence contains no matching element";
        public const string MoreThanOne = "Sequence contains more than one element";
        public const string MoreThanOneMatch = "Sequence contains more than one matching element";
        public const string OffLen = "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.";
        public const string DestTooShort = "Destination array was not long enough. Check destIndex and length, and the array's lower bounds";
        public const string CompareFailed = "Failed to compare two elements in the array.";

        // exceptions with a parameter name (their Message adds
        // "Parameter name: x", as Mono's)
        public static Exception Range(string message, string name)
        {
            return new ArgumentOutOfRangeException(name, message);
        }

        // ... and the offending value ("Actual value was -1.")
        public static Exception Range(string message, string name, int actual)
        {
            return new ArgumentOutOfRangeException(name, actual, message);
        }

        public static Exception Arg(string message, string name)
        {
            return new ArgumentException(message, name);
        }

        public static Exception NullArg(string name)
        {
            return new ArgumentNullException(name);
        }

        public static Exception OutOfRange(string name)
        {
            return Range(ArgRange, name);
        }

        public static Exception Index(string name)
        {
            return Range(IndexRange, name);
        }

        public static Exception Duplicate(object key)
        {
            return new ArgumentException("An item with the same key has already been added. Key: " + Str.OfObject(key));
        }
    }

    internal static class Str
    {
        public static string Of(int v) { return string.Concat((object)v); }
        public static string Of(long v) { return string.Concat((object)v); }
        public static string Of(double v) { return string.Concat((object)v); }
        public static string Of(float v) { return string.Concat((object)v); }
        public static string Of(char v) { return string.Concat((object)v); }

        public static string OfObject(object o)
        {
            if (o == null)
                return "";
            return o.ToString();
        }
    }
}
