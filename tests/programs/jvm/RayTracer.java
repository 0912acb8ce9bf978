import java.util.ArrayList;
import java.util.List;

/** A small recursive ray tracer: spheres and planes, diffuse and specular
 *  lighting, shadows and reflections; prints an ASCII rendering and
 *  checksums of the colours. */
public class RayTracer {
    static final class Vec {
        final double x, y, z;
        Vec(double x, double y, double z) { this.x = x; this.y = y; this.z = z; }
        Vec add(Vec o) { return new Vec(x + o.x, y + o.y, z + o.z); }
        Vec sub(Vec o) { return new Vec(x - o.x, y - o.y, z - o.z); }
        Vec scale(double k) { return new Vec(x * k, y * k, z * k); }
        Vec mul(Vec o) { return new Vec(x * o.x, y * o.y, z * o.z); }
        double dot(Vec o) { return x * o.x + y * o.y + z * o.z; }
        Vec cross(Vec o) { return new Vec(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x); }
        double length() { return Math.sqrt(dot(this)); }
        Vec norm() { double l = length(); return l == 0 ? this : scale(1.0 / l); }
        @Override public String toString() { return String.format("(%.3f, %.3f, %.3f)", x, y, z); }
    }

    static final class Ray {
        final Vec origin, dir;
        Ray(Vec origin, Vec dir) { this.origin = origin; this.dir = dir.norm(); }
        Vec at(double t) { return origin.add(dir.scale(t)); }
    }

    static final class Material {
        final Vec color;
        final double diffuse, specular, shininess, reflect;
        Material(Vec color, double diffuse, double specular, double shininess, double reflect) {
            this.color = color; this.diffuse = diffuse; this.specular = specular;
            this.shininess = shininess; this.reflect = reflect;
        }
    }

    static final class Hit {
        final double t; final Vec point, normal; final Thing thing;
        Hit(double t, Vec point, Vec normal, Thing thing) {
            this.t = t; this.point = point; this.normal = normal; this.thing = thing;
        }
    }

    static abstract class Thing {
        final Material material;
        Thing(Material m) { material = m; }
        abstract Hit intersect(Ray r);
        Vec colorAt(Vec p) { return material.color; }
    }

    static final class Sphere extends Thing {
        final Vec center; final double radius;
        Sphere(Vec c, double r, Material m) { super(m); center = c; radius = r; }
        Hit intersect(Ray r) {
            Vec oc = r.origin.sub(center);
            double b = oc.dot(r.dir);
            double c = oc.dot(oc) - radius * radius;
            double disc = b * b - c;
            if (disc < 0) return null;
            double sq = Math.sqrt(disc);
            double t = -b - sq;
            if (t < 1e-6) t = -b + sq;
            if (t < 1e-6) return null;
            Vec p = r.at(t);
            return new Hit(t, p, p.sub(center).scale(1.0 / radius), this);
        }
    }

    static final class Plane extends Thing {
        final Vec normal; final double offset;
        Plane(Vec n, double offset, Material m) { super(m); normal = n.norm(); this.offset = offset; }
        Hit intersect(Ray r) {
            double denom = normal.dot(r.dir);
            if (Math.abs(denom) < 1e-9) return null;
            double t = -(normal.dot(r.origin) + offset) / denom;
            if (t < 1e-6) return null;
            return new Hit(t, r.at(t), normal, this);
        }
        @Override Vec colorAt(Vec p) {
            long cx = (long) Math.floor(p.x), cz = (long) Math.floor(p.z);
            return ((cx + cz) & 1) == 0 ? material.color : material.color.scale(0.35);
        }
    }

    static final class Light {
        final Vec pos, color;
        Light(Vec pos, Vec color) { this.pos = pos; this.color = color; }
    }

    final List<Thing> things = new ArrayList<>();
    final List<Light> lights = new ArrayList<>();
    int raysCast = 0;
    static final int MAX_DEPTH = 3;

    Hit closest(Ray r) {
        raysCast++;
        Hit best = null;
        for (Thing t : things) {
            Hit h = t.intersect(r);
            if (h != null && (best == null || h.t < best.t)) best = h;
        }
        return best;
    }

    boolean inShadow(Vec p, Vec toLight, double dist) {
        Hit h = closest(new Ray(p, toLight));
        return h != null && h.t < dist;
    }

    Vec trace(Ray r, int depth) {
        Hit h = closest(r);
        if (h == null) {
            double k = 0.5 * (r.dir.y + 1.0);
            return new Vec(0.1, 0.1, 0.2).scale(1 - k).add(new Vec(0.3, 0.5, 0.8).scale(k));
        }
        Material m = h.thing.material;
        Vec base = h.thing.colorAt(h.point);
        Vec color = base.scale(0.08);
        Vec n = h.normal.dot(r.dir) > 0 ? h.normal.scale(-1) : h.normal;
        Vec p = h.point.add(n.scale(1e-7));
        for (Light l : lights) {
            Vec toLight = l.pos.sub(p);
            double dist = toLight.length();
            Vec ldir = toLight.scale(1 / dist);
            if (inShadow(p, ldir, dist)) continue;
            double diff = Math.max(0, n.dot(ldir));
            color = color.add(base.mul(l.color).scale(diff * m.diffuse));
            Vec half = ldir.sub(r.dir).norm();
            double spec = Math.pow(Math.max(0, n.dot(half)), m.shininess);
            color = color.add(l.color.scale(spec * m.specular));
        }
        if (depth < MAX_DEPTH && m.reflect > 0) {
            Vec refl = r.dir.sub(n.scale(2 * r.dir.dot(n)));
            color = color.add(trace(new Ray(p, refl), depth + 1).scale(m.reflect));
        }
        return color;
    }

    static double clamp(double v) { return v < 0 ? 0 : (v > 1 ? 1 : v); }

    public static void main(String[] args) {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int height = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        RayTracer rt = new RayTracer();
        rt.things.add(new Plane(new Vec(0, 1, 0), 1.0, new Material(new Vec(0.9, 0.9, 0.9), 0.8, 0.1, 10, 0.2)));
        rt.things.add(new Sphere(new Vec(0, 0, 5), 1.0, new Material(new Vec(0.9, 0.2, 0.2), 0.7, 0.6, 40, 0.3)));
        rt.things.add(new Sphere(new Vec(-2.2, 0.2, 6.5), 1.2, new Material(new Vec(0.2, 0.8, 0.3), 0.9, 0.3, 20, 0.1)));
        rt.things.add(new Sphere(new Vec(2.0, -0.4, 4.2), 0.6, new Material(new Vec(0.3, 0.3, 0.95), 0.6, 0.9, 80, 0.5)));
        rt.lights.add(new Light(new Vec(-5, 6, -2), new Vec(1.0, 0.95, 0.9)));
        rt.lights.add(new Light(new Vec(4, 3, 0), new Vec(0.3, 0.3, 0.45)));

        Vec eye = new Vec(0, 0.6, -1.5);
        Vec forward = new Vec(0, -0.1, 1).norm();
        Vec right = forward.cross(new Vec(0, 1, 0)).norm().scale(-1);
        Vec up = right.cross(forward).scale(-1);
        String ramp = " .:-=+*#%@";
        double sumR = 0, sumG = 0, sumB = 0;
        long hash = 17;
        StringBuilder picture = new StringBuilder();
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                double u = (i + 0.5) / width * 2 - 1;
                double v = 1 - (j + 0.5) / height * 2;
                Vec dir = forward.add(right.scale(u * 1.2)).add(up.scale(v * 0.6));
                Vec c = rt.trace(new Ray(eye, dir), 0);
                double r = clamp(c.x), g = clamp(c.y), b = clamp(c.z);
                sumR += r; sumG += g; sumB += b;
                int ir = (int) (r * 255 + 0.5), ig = (int) (g * 255 + 0.5), ib = (int) (b * 255 + 0.5);
                hash = hash * 31 + ((ir << 16) | (ig << 8) | ib);
                double lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
                picture.append(ramp.charAt(Math.min(ramp.length() - 1, (int) (lum * ramp.length()))));
            }
            picture.append('\n');
        }
        System.out.print(picture);
        System.out.println("rays " + rt.raysCast);
        System.out.println("sum " + sumR + " " + sumG + " " + sumB);
        System.out.printf("avg %.6f %.6f %.6f%n", sumR / (width * height), sumG / (width * height), sumB / (width * height));
        System.out.println("hash " + hash + " " + Long.toHexString(hash));
        System.out.println("eye " + eye + " right " + right + " up " + up);
        Hit h = rt.closest(new Ray(eye, forward));
        System.out.println("center hit " + (h == null ? "none" : h.point + " t=" + h.t));
    }
}
