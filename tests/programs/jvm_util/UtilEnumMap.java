import java.util.*;

public class UtilEnumMap {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Op { PLUS { int apply(int a, int b) { return a + b; } }, TIMES { int apply(int a, int b) { return a * b; } };
        abstract int apply(int a, int b); }

    public static void main(String[] args) {
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.WED, null);
        hours.put(Day.SUN, 0);
        System.out.println(hours + " " + hours.size() + " " + hours.get(Day.MON) + " " + hours.get(Day.TUE)
                           + " " + hours.containsKey(Day.WED) + " " + hours.containsValue(null) + " " + hours.containsKey("MON"));
        System.out.println(hours.keySet() + " " + hours.values() + " " + hours.entrySet());
        hours.merge(Day.MON, 1, (a, b) -> a + b);
        hours.remove(Day.SUN);
        System.out.println(hours + " " + hours.getOrDefault(Day.SAT, -1));
        for (Map.Entry<Day, Integer> e : hours.entrySet()) if (e.getValue() != null) e.setValue(e.getValue() * 10);
        System.out.println(hours);
        Iterator<Day> it = hours.keySet().iterator();
        while (it.hasNext()) if (it.next() == Day.WED) it.remove();
        System.out.println(hours + " " + hours.equals(new HashMap<>(hours)) + " " + new HashMap<>(hours).equals(hours));
        EnumMap<Day, Integer> copy = new EnumMap<>(hours);
        copy.put(Day.TUE, 2);
        EnumMap<Day, Integer> fromMap = new EnumMap<>(new HashMap<>(copy));
        System.out.println(copy + " " + fromMap + " " + copy.equals(fromMap) + " " + hours.clone());
        EnumMap<Op, String> ops = new EnumMap<>(Op.class);
        ops.put(Op.TIMES, "*");
        ops.put(Op.PLUS, "+");
        System.out.println(ops + " " + Op.TIMES.apply(6, 7));
        try { new EnumMap<Day, Integer>(new HashMap<Day, Integer>()); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> some = EnumSet.noneOf(Day.class);
        some.add(Day.THU);
        some.add(Day.MON);
        some.add(Day.THU);
        System.out.println(weekend + " " + some + " " + some.contains(Day.MON) + " " + some.contains(Day.FRI) + " " + some.size());
        some.addAll(weekend);
        some.remove(Day.SAT);
        System.out.println(some + " " + EnumSet.copyOf(Arrays.asList(Day.FRI, Day.TUE)) + " " + EnumSet.copyOf(some).equals(some));
        EnumSet<Day> many = EnumSet.of(Day.SUN, Day.MON, Day.WED, Day.TUE, Day.FRI, Day.SAT);
        for (Iterator<Day> i = many.iterator(); i.hasNext(); ) if (i.next().ordinal() % 2 == 0) i.remove();
        System.out.println(many + " " + many.equals(EnumSet.of(Day.TUE, Day.SAT)) + " " + new TreeSet<>(many));
        Map<Day, List<String>> tasks = new EnumMap<>(Day.class);
        tasks.computeIfAbsent(Day.THU, d -> new ArrayList<>()).add("gym");
        tasks.computeIfAbsent(Day.MON, d -> new ArrayList<>()).add("work");
        tasks.computeIfAbsent(Day.THU, d -> new ArrayList<>()).add("read");
        System.out.println(tasks);
    }
}
