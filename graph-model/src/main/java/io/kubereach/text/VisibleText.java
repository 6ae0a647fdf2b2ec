package io.kubereach.text;

/**
 * Text that came from outside (a name, a label, a file path, a server's message) made safe to
 * print on one line: every character that would act instead of show — a line break, a terminal
 * escape, a bidirectional override that reorders what follows — is written as a visible escape
 * ({@code \n}, {@code \x1b}, {@code \u202e}), and a backslash is doubled so the escapes stay
 * unambiguous. Text without such characters is returned as it is.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The text with every acting character written visibly; the same string when there is none. */
    public static String of(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isSurrogate(ch)) {
                if (paired(text, i)) {
                    out.append(ch).append(text.charAt(++i));
                } else {
                    out.append(String.format("\\u%04x", (int) ch));
                }
                continue;
            }
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x100 && acts(ch)) {
                        out.append(String.format("\\x%02x", (int) ch));
                    } else if (acts(ch)) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether the text has nothing to escape (no acting character and no backslash). */
    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\\' || acts(ch)) {
                return false;
            }
            if (Character.isSurrogate(ch)) {
                if (!paired(text, i)) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /**
     * Whether a character acts rather than shows: the C0 and C1 controls and DEL, the line and
     * paragraph separators, the bidirectional marks, embeddings, overrides and isolates, and the
     * noncharacters U+FFFE and U+FFFF (which XML forbids).
     * (Unpaired surrogate halves, which no encoder can write, are escaped too.)
     */
    public static boolean acts(char ch) {
        return ch < 0x20 || (ch >= 0x7f && ch <= 0x9f)
                || ch == '\u2028' || ch == '\u2029'
                || (ch >= '\u202a' && ch <= '\u202e')
                || (ch >= '\u2066' && ch <= '\u2069')
                || ch == '\u200e' || ch == '\u200f' || ch == '\u061c'
                || ch == '\ufffe' || ch == '\uffff';
    }

    /** Whether the surrogate at {@code i} is a high one followed by a low one. */
    private static boolean paired(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
