package io.kubereach.ui.model;

import io.kubereach.text.WordBreaks;

/**
 * Where a long name may break across lines. Kubernetes names and labels have no spaces
 * ({@code frontend-6d4cf56db6-2kq8m}, {@code batch.kubernetes.io/controller-uid=…}), and JavaFX
 * wraps a label only at whitespace (else anywhere, mid-word, when a word is wider than the line),
 * so a narrow label cuts them mid-word. A break is allowed where {@link WordBreaks} allows it: after a
 * label boundary ({@code - . / _ = : , @}) inside a word, and between two CJK characters (where
 * breaking anywhere is right, so CJK text is left as it is). {@link #soft} marks the boundaries of long words with a
 * hair space: whitespace to JavaFX (a zero-width space is not, and is ignored), a pixel wide.
 */
public final class LineBreaks {

    /** The break opportunity: a hair space, the thinnest whitespace JavaFX wraps at. */
    public static final char SOFT = '\u200A';
    /** Words at least this long get soft breaks: shorter ones fit any label. */
    static final int LONG_WORD = 20;

    private LineBreaks() {
    }

    /** Whether the text may break between index {@code i - 1} and {@code i} (0 < i < length). */
    public static boolean mayBreakBefore(String text, int i) {
        if (space(text.charAt(i - 1)) || space(text.charAt(i))) {
            return false; // a space is a break of its own
        }
        return WordBreaks.mayBreakBefore(text, i);
    }

    /** The text with a soft break at each label boundary of its long words; short words and CJK text are left as they are. */
    public static String soft(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int wordStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (space(c) || wide(c)) {
                wordStart = i + 1;
            } else if (i > wordStart && wordLength(text, wordStart) >= LONG_WORD && mayBreakBefore(text, i)
                    && !(cjk(text.charAt(i - 1)) && cjk(c)) && text.charAt(i - 1) != SOFT && c != SOFT) {
                out.append(SOFT);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The text without soft breaks (what it says, e.g. to copy). */
    public static String plain(String text) {
        return text.replace(String.valueOf(SOFT), "");
    }

    private static int wordLength(String text, int start) {
        int end = start;
        while (end < text.length() && !space(text.charAt(end)) && !wide(text.charAt(end))) {
            end++;
        }
        return end - start;
    }

    /** Whitespace that separates words: a soft break is part of its word. */
    private static boolean space(char c) {
        return c != SOFT && Character.isWhitespace(c);
    }

    /**
     * Whether a character ends a word the way a space does for long-word counting: CJK writing and
     * its full-width punctuation, which wrap between characters on their own (so an address inside
     * Chinese text, "Pod IP 10.244.37.127；", is a short word and keeps whole).
     */
    private static boolean wide(char c) {
        return cjk(c) || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
    }

    private static boolean cjk(char c) {
        return WordBreaks.cjk(c);
    }
}
