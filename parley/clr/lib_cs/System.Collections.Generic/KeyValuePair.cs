// Parley corlib: KeyValuePair<TKey, TValue> (ToString "[k, v]").
namespace System.Collections.Generic
{
    public struct KeyValuePair<TKey, TValue>
    {
        TKey key;
        TValue value;

        public KeyValuePair(TKey key, TValue value)
        {
            this.key = key;
            this.value = value;
        }

        public TKey Key { get { return key; } }
        public TValue Value { get { return value; } }

        public void Deconstruct(out TKey key, out TValue value)
        {
            key = this.key;
            value = this.value;
        }

        public override string ToString()
        {
            object k = key;
            object v = value;
            return "[" + (k == null ? "" : k.ToString()) + ", " + (v == null ? "" : v.ToString()) + "]";
        }
    }

    public static class KeyValuePair
    {
        public static KeyValuePair<TKey, TValue> Create<TKey, TValue>(TKey key, TValue value)
        {
            return new KeyValuePair<TKey, TValue>(key, value);
        }
    }
}
