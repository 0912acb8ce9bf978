// Parley corlib: the small System interfaces (their members as Mono's).
namespace System
{
    public interface IDisposable
    {
        void Dispose();
    }

    public interface IComparable
    {
        int CompareTo(object obj);
    }

    public interface IComparable<in T>
    {
        int CompareTo(T other);
    }

    public interface IEquatable<T>
    {
        bool Equals(T other);
    }

    public interface ICloneable
    {
        object Clone();
    }
}
