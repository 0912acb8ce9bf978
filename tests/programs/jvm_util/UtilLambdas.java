import java.util.*;
import java.util.function.*;

public class UtilLambdas {
    record Person(String name, int age) { }

    public static void main(String[] args) {
        List<Person> people = new ArrayList<>(List.of(new Person("ann", 31), new Person("bob", 25), new Person("cy", 31),
                                                      new Person("dee", 19), new Person("ed", 25)));
        people.sort(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.reverseOrder()));
        people.forEach(p -> System.out.print(p.name() + ":" + p.age() + " "));
        System.out.println();
        Map<Integer, List<String>> byAge = new TreeMap<>();
        for (Person p : people) byAge.computeIfAbsent(p.age(), k -> new ArrayList<>()).add(p.name());
        System.out.println(byAge);
        Map<Character, Integer> letters = new HashMap<>();
        for (String w : List.of("banana", "apple", "cherry")) {
            for (int i = 0; i < w.length(); i++) letters.merge(w.charAt(i), 1, Integer::sum);
        }
        System.out.println(letters);
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 20; i++) nums.add(i);
        nums.removeIf(n -> n % 3 == 0);
        nums.replaceAll(n -> n * n);
        System.out.println(nums);
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("x", 1);
        scores.put("y", 2);
        scores.replaceAll((k, v) -> v * 100);
        scores.forEach((k, v) -> System.out.print(k + "=" + v + ";"));
        System.out.println();
        Optional<Person> oldest = Optional.of(Collections.max(people, Comparator.comparingInt(Person::age)));
        System.out.println(oldest.map(Person::name).orElse("none"));
        Supplier<Set<String>> mk = TreeSet::new;
        Set<String> names = mk.get();
        people.forEach(p -> names.add(p.name()));
        System.out.println(names);
    }
}
