public class LangStringBuffer {
    public static void main(String[] args) {
        StringBuffer sb = new StringBuffer("buffer");
        sb.append(1).append('-').append(2.5).insert(0, "[").append("]").reverse();
        System.out.println(sb + " " + sb.length());
        sb.reverse().setCharAt(1, 'B');
        sb.deleteCharAt(0).delete(0, 1).replace(0, 2, "FF");
        System.out.println(sb.toString() + " " + sb.indexOf("2") + " " + sb.charAt(0));
        StringBuffer other = new StringBuffer();
        other.append(sb).append(new StringBuilder("SB")).append((CharSequence) sb, 0, 2);
        System.out.println(other);
        System.out.println(other.capacity() + " " + new StringBuffer().capacity());
        System.out.println("FFfer1-2.5]".contentEquals(sb));
    }
}
