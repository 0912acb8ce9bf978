/*
 * Parley's java.lang.Enum (its own implementation).
 */
package java.lang;

public abstract class Enum<E extends Enum<E>> implements Comparable<E> {
    private final String name;
    private final int ordinal;

    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }

    public final String name() { return name; }

    public final int ordinal() { return ordinal; }

    public String toString() { return name; }

    public final boolean equals(Object other) { return this == other; }

    public final int hashCode() { return super.hashCode(); }

    public final int compareTo(E o) {
        Enum<?> other = (Enum<?>) o;
        if (getDeclaringClass() != other.getDeclaringClass())
            throw new ClassCastException();
        return ordinal - other.ordinal;
    }

    @SuppressWarnings("unchecked")
    public final Class<E> getDeclaringClass() {
        Class<?> c = getClass();
        Class<?> s = c.getSuperclass();
        return (Class<E>) (s == Enum.class ? c : s);
    }

    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        if (name == null) throw new NullPointerException("Name is null");
        Object[] constants = enumConstants(enumClass);
        for (Object c : constants) {
            if (((Enum<?>) c).name.equals(name)) return enumClass.cast(c);
        }
        throw new IllegalArgumentException("No enum constant " + enumClass.getCanonicalName() + "." + name);
    }

    private static native Object[] enumConstants(Class<?> enumClass);
}
