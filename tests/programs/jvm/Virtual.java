public class Virtual {
    static abstract class Shape {
        abstract int area();
        String name() { return "shape"; }
        public String toString() { return name() + ":" + area(); }
    }
    static class Rect extends Shape {
        int w, h;
        Rect(int w, int h) { this.w = w; this.h = h; }
        int area() { return w * h; }
        String name() { return "rect"; }
    }
    static class Square extends Rect {
        Square(int s) { super(s, s); }
        String name() { return "square"; }
    }
    interface Greeter { String greet(String who); }
    static class Polite implements Greeter {
        public String greet(String who) { return "Good day, " + who; }
    }
    public static void main(String[] args) {
        Shape[] shapes = { new Rect(2, 3), new Square(4), new Rect(1, 1) };
        int total = 0;
        for (Shape s : shapes) { System.out.println(s); total += s.area(); }
        System.out.println("total " + total);
        Greeter g = new Polite();
        System.out.println(g.greet("Ada"));
        Object o = shapes[1];
        System.out.println(o instanceof Rect);
        System.out.println(o instanceof Greeter);
    }
}
