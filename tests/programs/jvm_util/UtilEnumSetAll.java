import java.util.*;

public class UtilEnumSetAll {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    public static void main(String[] args) {
        EnumSet<Suit> all = EnumSet.allOf(Suit.class);
        EnumSet<Suit> red = EnumSet.range(Suit.DIAMONDS, Suit.HEARTS);
        EnumSet<Suit> black = EnumSet.complementOf(red);
        System.out.println(all + " " + red + " " + black + " " + EnumSet.noneOf(Suit.class));
        try { EnumSet.range(Suit.SPADES, Suit.CLUBS); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(Arrays.toString(Suit.class.getEnumConstants()));
    }
}
