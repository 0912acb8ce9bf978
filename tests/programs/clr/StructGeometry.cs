using System;
struct V3 {
  public double X, Y, Z;
  public V3(double x, double y, double z) { X = x; Y = y; Z = z; }
  public static V3 operator +(V3 a, V3 b) { return new V3(a.X + b.X, a.Y + b.Y, a.Z + b.Z); }
  public static V3 operator -(V3 a, V3 b) { return new V3(a.X - b.X, a.Y - b.Y, a.Z - b.Z); }
  public static V3 operator *(V3 a, double k) { return new V3(a.X * k, a.Y * k, a.Z * k); }
  public double Dot(V3 o) { return X * o.X + Y * o.Y + Z * o.Z; }
  public V3 Cross(V3 o) { return new V3(Y * o.Z - Z * o.Y, Z * o.X - X * o.Z, X * o.Y - Y * o.X); }
  public double Length { get { return Math.Sqrt(Dot(this)); } }
  public void Scale(double k) { X *= k; Y *= k; Z *= k; }
}
struct Tri { public V3 A, B, C; public Tri(V3 a, V3 b, V3 c) { A = a; B = b; C = c; }
  public double Area() { return (B - A).Cross(C - A).Length * 0.5; }
  public V3 Centroid() { return (A + B + C) * (1.0 / 3); } }
struct BBox { public V3 Min, Max; public void Add(V3 p) { if (p.X < Min.X) Min.X = p.X; if (p.Y < Min.Y) Min.Y = p.Y; if (p.Z < Min.Z) Min.Z = p.Z; if (p.X > Max.X) Max.X = p.X; if (p.Y > Max.Y) Max.Y = p.Y; if (p.Z > Max.Z) Max.Z = p.Z; } }
class Geometry {
  static void Swap(ref V3 a, ref V3 b) { V3 t = a; a = b; b = t; }
  static void Normalize(ref V3 v) { double l = v.Length; v.X /= l; v.Y /= l; v.Z /= l; }
  static void Main() {
    var tris = new Tri[50];
    uint seed = 12345;
    for (int i = 0; i < tris.Length; i++) {
      var p = new V3[3];
      for (int k = 0; k < 3; k++) {
        seed = seed * 1103515245 + 12345; double x = (seed >> 8) % 1000 / 100.0;
        seed = seed * 1103515245 + 12345; double y = (seed >> 8) % 1000 / 100.0;
        seed = seed * 1103515245 + 12345; double z = (seed >> 8) % 1000 / 100.0;
        p[k] = new V3(x, y, z);
      }
      tris[i] = new Tri(p[0], p[1], p[2]);
    }
    double total = 0; var box = new BBox { Min = new V3(1e9, 1e9, 1e9), Max = new V3(-1e9, -1e9, -1e9) };
    V3 csum = new V3();
    foreach (var t in tris) { total += t.Area(); box.Add(t.A); box.Add(t.B); box.Add(t.C); csum = csum + t.Centroid(); }
    Console.WriteLine(Math.Round(total, 6));
    Console.WriteLine(Math.Round(box.Min.X, 3) + " " + Math.Round(box.Max.Z, 3));
    Console.WriteLine(Math.Round(csum.Length, 6));
    var a = new V3(1, 2, 3); var b = a; b.Scale(2); Console.WriteLine(a.X + " " + b.X);
    Swap(ref a, ref b); Console.WriteLine(a.X + " " + b.X);
    Normalize(ref a); Console.WriteLine(Math.Round(a.Length, 9));
    tris[0].A.X = 100; Console.WriteLine(tris[0].A.X);
    var copy = tris[1]; copy.A.X = -5; Console.WriteLine(tris[1].A.X != -5);
  }
}
