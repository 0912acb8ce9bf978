import java.util.*;
import java.util.function.*;

public class UtilOptional {
    public static void main(String[] args) {
        Optional<String> some = Optional.of("value");
        Optional<String> none = Optional.empty();
        Optional<String> maybe = Optional.ofNullable(null);
        System.out.println(some + " " + none + " " + maybe + " " + (none == maybe));
        System.out.println(some.isPresent() + " " + some.isEmpty() + " " + none.isPresent() + " " + none.isEmpty());
        System.out.println(some.get() + " " + none.orElse("other") + " " + some.orElse("other"));
        System.out.println(none.orElseGet(new Supplier<String>() {
            public String get() { return "supplied"; }
        }));
        Function<String, Integer> len = new Function<String, Integer>() {
            public Integer apply(String s) { return s.length(); }
        };
        System.out.println(some.map(len) + " " + none.map(len));
        Predicate<String> longer = new Predicate<String>() {
            public boolean test(String s) { return s.length() > 3; }
        };
        System.out.println(some.filter(longer) + " " + some.filter(longer.negate()));
        System.out.println(some.flatMap(new Function<String, Optional<String>>() {
            public Optional<String> apply(String s) { return Optional.of(s + "!"); }
        }));
        System.out.println(none.or(new Supplier<Optional<String>>() {
            public Optional<String> get() { return Optional.of("alt"); }
        }));
        some.ifPresent(new Consumer<String>() {
            public void accept(String s) { System.out.println("present " + s); }
        });
        none.ifPresent(new Consumer<String>() {
            public void accept(String s) { System.out.println("never"); }
        });
        System.out.println(some.equals(Optional.of("value")) + " " + none.equals(Optional.empty()) + " " + some.equals("value")
                           + " " + (some.hashCode() == "value".hashCode()) + " " + none.hashCode());
        System.out.println(Optional.of(Arrays.asList(1, 2)));
        try { none.get(); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        try { none.orElseThrow(); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        try {
            none.orElseThrow(new Supplier<IllegalStateException>() {
                public IllegalStateException get() { return new IllegalStateException("custom"); }
            });
        } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        try { Optional.of(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        OptionalInt oi = OptionalInt.of(5);
        OptionalInt oe = OptionalInt.empty();
        System.out.println(oi + " " + oe + " " + oi.getAsInt() + " " + oe.orElse(-1) + " " + oi.isPresent() + " " + oe.isEmpty()
                           + " " + oi.equals(OptionalInt.of(5)) + " " + oi.hashCode());
        OptionalLong ol = OptionalLong.of(1L << 40);
        System.out.println(ol + " " + OptionalLong.empty() + " " + ol.getAsLong() + " " + ol.hashCode());
        try { oe.getAsInt(); } catch (NoSuchElementException e) { System.out.println(e.getMessage()); }
        System.out.println(none.map(len).orElse(0) + some.map(len).orElse(0));
    }
}
