public class IntArith {
    static int mix(int a, int b) {
        return (a * 31 + b) ^ (a >>> 3) ^ (b << 5);
    }
    public static void main(String[] args) {
        int x = 2147483647;
        System.out.println(x + 1);
        System.out.println(-2147483648 - 1);
        System.out.println(7 / 2 + " " + (-7 / 2) + " " + (7 / -2) + " " + (-7 / -2));
        System.out.println(7 % 3 + " " + (-7 % 3) + " " + (7 % -3) + " " + (-7 % -3));
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(Integer.MIN_VALUE % -1);
        System.out.println((1 << 33) + " " + (-1 >>> 1) + " " + (-16 >> 2) + " " + (5 << -1));
        int h = 17;
        for (int i = 0; i < 50; i++) h = mix(h, i);
        System.out.println(h);
        short s = (short) 70000; byte b = (byte) 200; char c = (char) 65601;
        System.out.println(s + " " + b + " " + (int) c);
        int acc = 0;
        for (int i = -5; i <= 5; i++) { acc += i * i * i; acc ^= i; }
        System.out.println(acc);
    }
}
