// Parley corlib: System.Threading.Interlocked and Monitor for a
// single-threaded VM (C# iterators call Interlocked.CompareExchange;
// `lock` calls Monitor.Enter/Exit).
namespace System.Threading
{
    public static class Interlocked
    {
        public static int CompareExchange(ref int location1, int value, int comparand)
        {
            int old = location1;
            if (old == comparand)
                location1 = value;
            return old;
        }

        public static long CompareExchange(ref long location1, long value, long comparand)
        {
            long old = location1;
            if (old == comparand)
                location1 = value;
            return old;
        }

        public static object CompareExchange(ref object location1, object value, object comparand)
        {
            object old = location1;
            if (old == comparand)
                location1 = value;
            return old;
        }

        public static int Exchange(ref int location1, int value)
        {
            int old = location1;
            location1 = value;
            return old;
        }

        public static long Exchange(ref long location1, long value)
        {
            long old = location1;
            location1 = value;
            return old;
        }

        public static object Exchange(ref object location1, object value)
        {
            object old = location1;
            location1 = value;
            return old;
        }

        public static int Increment(ref int location) { return ++location; }
        public static long Increment(ref long location) { return ++location; }
        public static int Decrement(ref int location) { return --location; }
        public static long Decrement(ref long location) { return --location; }

        public static int Add(ref int location1, int value)
        {
            location1 += value;
            return location1;
        }

        public static long Add(ref long location1, long value)
        {
            location1 += value;
            return location1;
        }

        public static long Read(ref long location) { return location; }

        public static void MemoryBarrier() { }
    }

    public static class Monitor
    {
        public static void Enter(object obj)
        {
            if (obj == null)
                throw Parley.Runtime.Msg.NullArg("obj");
        }

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (obj == null)
                throw Parley.Runtime.Msg.NullArg("obj");
            lockTaken = true;
        }

        public static void Exit(object obj)
        {
            if (obj == null)
                throw Parley.Runtime.Msg.NullArg("obj");
        }

        public static bool TryEnter(object obj)
        {
            Enter(obj);
            return true;
        }
    }
}
