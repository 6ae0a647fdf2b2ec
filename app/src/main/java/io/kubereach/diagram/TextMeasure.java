package io.kubereach.diagram;

import io.kubereach.text.VisibleText;

/**
 * Estimates how wide a text is without a toolkit, so layouts are the same with and without a
 * display. Errs on the wide side for the sans-serif fonts the painters use; wide (CJK) characters
 * count a full em.
 */
final class TextMeasure {

    private TextMeasure() {
    }

    /** The estimated width of a bold text at a font size. */
    static double boldWidth(String text, double size) {
        return width(text, size) * 1.1;
    }

    /** The estimated width of a text at a font size. */
    static double width(String text, double size) {
        String shown = VisibleText.of(text); // as the painters draw it
        double em = 0;
        for (int i = 0; i < shown.length(); i++) {
            em += advance(shown.charAt(i));
        }
        return em * size;
    }

    private static double advance(char c) {
        if (c >= 0x2E80) {
            return 1.0; // CJK and other wide scripts
        }
        if ("ilj.,:;'|!()[]{} ".indexOf(c) >= 0) {
            return 0.34;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
            return 0.92;
        }
        if (Character.isUpperCase(c)) {
            return 0.72;
        }
        return 0.62;
    }
}
