package cli.Host;
public class Shape {
  public String Name;
  public Shape(String n) { Name = n; }
  public double Area() { return 0; }
  public String Describe() { return Name + " area " + (int) Area(); }
  @Override public String toString() { return "Shape " + Name; }
}
