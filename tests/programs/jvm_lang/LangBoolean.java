public class LangBoolean {
    public static void main(String[] args) {
        System.out.println(Boolean.TRUE + " " + Boolean.FALSE + " " + Boolean.valueOf(true) + " " + Boolean.valueOf("TRUE") + " " + Boolean.valueOf("yes") + " " + Boolean.valueOf((String) null));
        System.out.println(Boolean.parseBoolean("True") + " " + Boolean.parseBoolean("false") + " " + Boolean.parseBoolean(null) + " " + Boolean.parseBoolean(" true"));
        System.out.println((Boolean.valueOf(true) == Boolean.TRUE) + " " + (Boolean.valueOf("true") == Boolean.TRUE) + " " + (new Boolean(true) == Boolean.TRUE) + " " + new Boolean(true).equals(Boolean.TRUE));
        System.out.println(Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " " + Boolean.hashCode(true) + " " + Boolean.compare(true, false) + " " + Boolean.FALSE.compareTo(true) + " " + Boolean.toString(false));
        System.out.println(Boolean.logicalAnd(true, false) + " " + Boolean.logicalOr(true, false) + " " + Boolean.logicalXor(true, true) + " " + Boolean.TRUE.booleanValue());
        Boolean boxed = false;
        if (!boxed) System.out.println("unboxed " + boxed.equals(false) + " " + boxed.equals("false"));
    }
}
