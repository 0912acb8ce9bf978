using System;
using System.Linq;
using System.Collections.Generic;
class Person { public string Name; public int Age; public string City; }
class LinqQueries {
  static void Main() {
    var people = new List<Person> {
      new Person { Name = "Ann", Age = 31, City = "Oslo" }, new Person { Name = "Bob", Age = 25, City = "Rome" },
      new Person { Name = "Cid", Age = 42, City = "Oslo" }, new Person { Name = "Dee", Age = 25, City = "Lima" },
      new Person { Name = "Eve", Age = 37, City = "Rome" } };
    var adults = people.Where(p => p.Age > 30).Select(p => p.Name);
    Console.WriteLine(string.Join(",", adults));
    var byAge = from p in people orderby p.Age descending, p.Name select p.Name + p.Age;
    Console.WriteLine(string.Join(" ", byAge));
    foreach (var g in people.GroupBy(p => p.City)) Console.WriteLine(g.Key + ": " + g.Count() + " avg " + g.Average(p => p.Age));
    Console.WriteLine(people.Sum(p => p.Age) + " " + people.Max(p => p.Age) + " " + people.Min(p => p.Age));
    Console.WriteLine(people.Any(p => p.City == "Lima") + " " + people.All(p => p.Age > 20));
    Console.WriteLine(people.First(p => p.Age == 25).Name + " " + (people.FirstOrDefault(p => p.Age > 99) == null));
    var squares = Enumerable.Range(1, 10).Select(x => x * x).Where(x => x % 2 == 1).ToList();
    Console.WriteLine(string.Join(",", squares));
    Console.WriteLine(Enumerable.Range(1, 5).Aggregate(1, (a, b) => a * b));
    var cities = people.Select(p => p.City).Distinct().OrderBy(c => c).ToArray();
    Console.WriteLine(cities.Length + " " + string.Join("|", cities));
    var dict = people.ToDictionary(p => p.Name, p => p.Age); Console.WriteLine(dict["Cid"]);
    Console.WriteLine(string.Join(",", people.Skip(1).Take(2).Select(p => p.Name)));
    try { people.Where(p => p.Age > 100).First(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
  }
}
