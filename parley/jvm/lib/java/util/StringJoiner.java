/*
 * Parley's java.util.StringJoiner (its own implementation, written for
 * Parley's core library).
 */
package java.util;

public final class StringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    private StringBuilder value;
    private int size;
    private String emptyValue;

    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = String.valueOf((Object) prefix);
        this.delimiter = String.valueOf((Object) delimiter);
        this.suffix = String.valueOf((Object) suffix);
    }

    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = String.valueOf((Object) Objects.requireNonNull(emptyValue, "The empty value must not be null"));
        return this;
    }

    public String toString() {
        if (size == 0 && emptyValue != null) return emptyValue;
        if (size == 0) return prefix.concat(suffix);
        return prefix.concat(value.toString()).concat(suffix);
    }

    public StringJoiner add(CharSequence newElement) {
        String elt = String.valueOf((Object) newElement);
        if (value == null) {
            value = new StringBuilder();
        } else {
            value.append(delimiter);
        }
        value.append(elt);
        size++;
        return this;
    }

    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.size == 0) return this;
        String otherContent = other.value.toString();
        if (value == null) {
            value = new StringBuilder();
        } else {
            value.append(delimiter);
        }
        value.append(otherContent);
        size++;
        return this;
    }

    public int length() {
        if (size == 0 && emptyValue != null) return emptyValue.length();
        return (value == null ? 0 : value.length()) + prefix.length() + suffix.length();
    }
}
