package io.kubereach.diagram;

/** Shortens a text to a width in pixels with an ellipsis, measured as {@link TextMeasure} estimates it. */
final class TextFit {

    private static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /** The text, or as much of it as fits followed by "…"; empty when not even two characters and "…" fit. */
    static String fit(String text, double size, boolean bold, double width) {
        if (measure(text, size, bold) <= width) {
            return text;
        }
        int keep = text.length() - 1;
        while (keep >= 2 && measure(text.substring(0, keep) + ELLIPSIS, size, bold) > width) {
            keep = Math.min(keep - 1, (int) (keep * width / Math.max(1, measure(text.substring(0, keep), size, bold))));
        }
        return keep >= 2 ? text.substring(0, keep) + ELLIPSIS : "";
    }

    /** The estimated width of a text. */
    static double measure(String text, double size, boolean bold) {
        return bold ? TextMeasure.boldWidth(text, size) : TextMeasure.width(text, size);
    }

    /**
     * A detail line ("Deployment · 10 pods") at a width: as many of its parts as fit, whole
     * ("Deployment", never "Deployment · 10 po…"); the first part shortened with "…" when it alone does not fit.
     */
    static String parts(String line, double size, double width) {
        String out = wholeParts(line, size, width);
        return out.isEmpty() ? fit(line, size, false, width) : out;
    }

    /** As many of the " · "-separated parts of a line as fit a width, whole; empty when not even the first does. */
    static String wholeParts(String all, double size, double width) {
        String out = "";
        for (String part : all.split(" · ")) {
            String longer = out.isEmpty() ? part : out + " · " + part;
            if (measure(longer, size, false) > width) {
                break;
            }
            out = longer;
        }
        return out;
    }
}
