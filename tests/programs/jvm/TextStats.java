import java.util.*;

// Text statistics: word frequencies (HashMap iteration order matters),
// longest words, letter histogram, StringBuilder formatting.
public class TextStats {
    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom, "
            + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
            + "it was the season of Light, it was the season of Darkness, it was the spring of hope.";
        String[] words = text.toLowerCase().split("[^a-z]+");
        Map<String, Integer> freq = new HashMap<>();
        for (String w : words) if (!w.isEmpty()) freq.merge(w, 1, Integer::sum);
        System.out.println(freq);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort((x, y) -> y.getValue() != x.getValue() ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()));
        for (int i = 0; i < 5; i++) System.out.println(entries.get(i).getKey() + "=" + entries.get(i).getValue());
        Set<String> unique = new TreeSet<>(freq.keySet());
        System.out.println(unique.size() + " unique, first " + ((TreeSet<String>) unique).first());
        int[] hist = new int[26];
        for (char c : text.toLowerCase().toCharArray()) if (c >= 'a' && c <= 'z') hist[c - 'a']++;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) if (hist[i] > 8) sb.append((char) ('a' + i)).append(':').append(hist[i]).append(' ');
        System.out.println(sb.toString().trim());
        String longest = "";
        for (String w : words) if (w.length() > longest.length()) longest = w;
        System.out.println("longest: " + longest + " (" + longest.length() + ")");
        System.out.println(String.join("|", new LinkedHashSet<>(Arrays.asList(words))));
    }
}
