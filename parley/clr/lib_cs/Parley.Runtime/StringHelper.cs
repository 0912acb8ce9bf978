// Parley corlib: the String members that take a sequence (String.Join and
// String.Concat over an IEnumerable), for the native String to delegate to:
// the elements' ToString(), null as the empty string.
using System;
using System.Collections;
using System.Text;

namespace Parley.Runtime
{
    internal static class StringHelper
    {
        public static string Join(string separator, IEnumerable values)
        {
            if (values == null)
                throw Msg.NullArg("values");
            StringBuilder sb = new StringBuilder();
            IEnumerator e = Seq.Untyped(values);
            bool first = true;
            while (e.MoveNext())
            {
                if (!first && separator != null)
                    sb.Append(separator);
                first = false;
                object o = e.Current;
                if (o != null)
                    sb.Append(o.ToString());
            }
            return sb.ToString();
        }

        public static string Concat(IEnumerable values)
        {
            return Join(null, values);
        }
    }
}
