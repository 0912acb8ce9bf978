using System;
using System.Collections.Generic;

class Person
{
    public string Name;
    public int Age;
    public Person(string name, int age) { Name = name; Age = age; }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

class ListSearch
{
    static void Main()
    {
        var people = new List<Person> {
            new Person("Ann", 31), new Person("Bob", 25), new Person("Cid", 47),
            new Person("Dee", 25), new Person("Eve", 52), new Person("Fay", 19) };
        Console.WriteLine(people.Find(p => p.Age > 30));
        Console.WriteLine(people.FindLast(p => p.Age > 30));
        Console.WriteLine(people.Find(p => p.Age > 90) == null);
        var young = people.FindAll(p => p.Age < 30);
        foreach (var p in young)
            Console.Write(p + " ");
        Console.WriteLine();
        Console.WriteLine(people.FindIndex(p => p.Age == 25) + " " + people.FindIndex(2, p => p.Age == 25)
            + " " + people.FindIndex(0, 2, p => p.Age == 47) + " " + people.FindLastIndex(p => p.Age == 25)
            + " " + people.FindLastIndex(2, p => p.Age == 25));
        Console.WriteLine(people.Exists(p => p.Name == "Eve") + " " + people.Exists(p => p.Name == "Zed"));
        int total = 0;
        people.ForEach(p => total += p.Age);
        Console.WriteLine(total);
        List<string> names = people.ConvertAll(p => p.Name.ToString() + "!");
        foreach (var n in names)
            Console.Write(n);
        Console.WriteLine();
        List<int> ages = people.ConvertAll(new Converter<Person, int>(AgeOf));
        ages.Sort();
        foreach (var a in ages)
            Console.Write(a + " ");
        Console.WriteLine();
        Console.WriteLine(ages.BinarySearch(31) + " " + ages.BinarySearch(30) + " " + ages.BinarySearch(100) + " " + ages.BinarySearch(1));
        var words = new List<string> { "delta", "alpha", "echo", "charlie", "bravo" };
        words.Sort();
        Console.WriteLine(words.BinarySearch("charlie") + " " + words.BinarySearch("coffee"));
        Predicate<int> even = x => x % 2 == 0;
        var nums = new List<int> { 1, 2, 3, 4, 5, 6 };
        Console.WriteLine(nums.FindAll(even).Count + " " + nums.Find(even) + " " + nums.FindLast(even));
        Console.WriteLine(nums.Find(x => x > 10));
    }

    static int AgeOf(Person p) { return p.Age; }
}
