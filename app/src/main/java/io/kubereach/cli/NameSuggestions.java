package io.kubereach.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The known names closest to a name that was not found, for a "did you mean" in an error. */
final class NameSuggestions {

    /** How many suggestions an error lists at most. */
    static final int LIMIT = 5;

    private NameSuggestions() {
    }

    /**
     * The known names that look like {@code wanted}, closest first: the same name in another
     * namespace, names containing it, or names whose last segment is at most half its length of
     * edits away.
     */
    static List<String> similar(String wanted, List<String> known) {
        String w = wanted.toLowerCase(Locale.ROOT);
        String tail = tail(w);
        return closest(wanted, known.stream().filter(k -> {
            String lower = k.toLowerCase(Locale.ROOT);
            String knownTail = tail(lower);
            int allowed = Math.max(2, Math.max(tail.length(), knownTail.length()) / 2);
            return related(lower, w, tail) || distance(knownTail, tail) <= allowed;
        }).toList());
    }

    private static String tail(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /**
     * The known names closest to {@code wanted}, closest first: names that contain it or share its
     * last segment (the same name in another namespace) come first, then by edit distance.
     */
    static List<String> closest(String wanted, List<String> known) {
        String w = wanted.toLowerCase(Locale.ROOT);
        String tail = w.substring(w.lastIndexOf('/') + 1);
        return known.stream()
                .distinct()
                .sorted(Comparator.<String>comparingInt(k -> related(k.toLowerCase(Locale.ROOT), w, tail) ? 0 : 1)
                        .thenComparingInt(k -> distance(k.toLowerCase(Locale.ROOT), w))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(LIMIT)
                .toList();
    }

    private static boolean related(String known, String wanted, String tail) {
        String knownTail = known.substring(known.lastIndexOf('/') + 1);
        return knownTail.equals(tail) || (tail.length() >= 3 && knownTail.contains(tail)) || known.contains(wanted);
    }

    /** The Levenshtein distance: insertions, deletions and substitutions of one character. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitute, Math.min(previous[j] + 1, row[j - 1] + 1));
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
