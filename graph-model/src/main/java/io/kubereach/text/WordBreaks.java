package io.kubereach.text;

/**
 * Where a name may break across lines, for every place that writes names in a width: the
 * desktop's labels and the diagram's box names. Kubernetes names and labels have no spaces
 * ({@code frontend-6d4cf56db6-2kq8m}, {@code batch.kubernetes.io/controller-uid=…}): a break is
 * allowed after a label boundary ({@code - . / _ = : , @}) inside a word, and between two CJK
 * characters (where breaking anywhere is right).
 */
public final class WordBreaks {

    private static final String BOUNDARIES = "-./_=:,@";

    private WordBreaks() {
    }

    /** Whether the text may break between index {@code i - 1} and {@code i} (0 < i < length), inside a word. */
    public static boolean mayBreakBefore(String text, int i) {
        char before = text.charAt(i - 1);
        char at = text.charAt(i);
        if (Character.isWhitespace(before) || Character.isWhitespace(at)) {
            return false; // a space is a break of its own
        }
        return boundary(before) && !boundary(at) || cjk(before) && cjk(at);
    }

    /** Whether a character is a label boundary, after which a name may break. */
    public static boolean boundary(char c) {
        return BOUNDARIES.indexOf(c) >= 0;
    }

    /** Whether a character is Chinese, Japanese or Korean writing (which breaks between any two characters). */
    public static boolean cjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
