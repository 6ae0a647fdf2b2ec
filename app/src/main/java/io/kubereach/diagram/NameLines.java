package io.kubereach.diagram;

import io.kubereach.text.WordBreaks;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a name into lines that fit a width, at the places Kubernetes names break (after a label
 * boundary, {@link WordBreaks}, and spaces), as a map writes a long place name on two or three
 * lines. A name is never broken inside a word (a map writes "notific…", not "notificat" /
 * "ions"): a word wider than the line is shortened with "…", and when the lines run out the
 * middle of the name is left out, never its end, where names differ ("checkout-…" / "prod-71").
 * The whole name is in the box's tooltip and details. {@link #size} finds the size at which a
 * name fits whole.
 */
final class NameLines {

    private static final String ELLIPSIS = "…";
    /** A name on one line keeps at least this many letters of its start (or its whole first part) before "…" and its end. */
    static final int LEAST_START = 4;

    private NameLines() {
    }

    /** The width and the number of lines a name has room for at a font size. */
    interface Room {
        double width(double size);

        int lines(double size);
    }

    /**
     * The largest size from {@code size} down to {@code least} (in half pixels) at which the name
     * breaks only at its boundaries and fits its room's lines; {@code least} when none does.
     */
    static double size(String name, double size, double least, boolean bold, Room room) {
        for (double s = size; s > least; s -= 0.5) {
            if (whole(name, s, bold, room.width(s), room.lines(s))) {
                return s;
            }
        }
        return least;
    }

    /**
     * The size to write a name at: {@code size} when it fits whole there, else {@code smaller} when
     * it fits whole there or shows more of its letters there (fewer words shortened), else {@code size}.
     */
    static double orSmaller(String name, double size, double smaller, boolean bold, Room room) {
        if (smaller >= size || whole(name, size, bold, room.width(size), room.lines(size))) {
            return size;
        }
        if (whole(name, smaller, bold, room.width(smaller), room.lines(smaller))) {
            return smaller;
        }
        return letters(of(name, smaller, bold, room.width(smaller), room.lines(smaller)))
                > letters(of(name, size, bold, room.width(size), room.lines(size))) ? smaller : size;
    }

    private static int letters(List<String> lines) {
        int n = 0;
        for (String line : lines) {
            n += line.length() - (line.contains(ELLIPSIS) ? 1 : 0);
        }
        return n;
    }

    /** Whether the name fits the lines at a size breaking only at its boundaries (every piece fits a line). */
    static boolean whole(String name, double size, boolean bold, double width, int maxLines) {
        int lines = 0;
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(name)) {
            if (!fits(piece, size, bold, width)) {
                return false;
            }
            if (line.length() > 0 && !fits(line + piece, size, bold, width)) {
                lines++;
                line.setLength(0);
            }
            line.append(piece);
        }
        return lines + 1 <= maxLines;
    }

    /**
     * The lines of a name, at most {@code maxLines}, each at most {@code width} pixels at a font size,
     * broken only where the name may break. A word wider than a line on its own is shortened with
     * "…" ("notific…"), never cut into pieces; when the lines run out, the name's end is kept (where
     * Kubernetes names differ: "…-prod-71", "…-7xk2p") and its middle left out.
     */
    static List<String> of(String name, double size, boolean bold, double width, int maxLines) {
        if (name.isEmpty()) {
            return List.of(name);
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : pieces(name)) {
            pieces.add(fits(piece, size, bold, width) ? piece : shortened(piece, size, bold, width));
        }
        List<String> lines = packed(pieces, size, bold, width);
        if (lines.size() <= Math.max(1, maxLines)) {
            return lines;
        }
        return maxLines <= 1 ? List.of(oneLine(name, pieces, size, bold, width)) : elided(pieces, size, bold, width, maxLines);
    }

    /** The first lines from the name's start, the last "…", then its end on the last line. */
    private static List<String> elided(List<String> pieces, double size, boolean bold, double width, int maxLines) {
        int tail = pieces.size() - 1;
        while (tail > 0 && fits(String.join("", pieces.subList(tail - 1, pieces.size())), size, bold, width)) {
            tail--;
        }
        List<String> head = packed(pieces.subList(0, tail), size, bold, width);
        List<String> out = new ArrayList<>(head.subList(0, Math.min(head.size(), maxLines - 1)));
        if (head.size() > maxLines - 1 && !out.isEmpty()) {
            int last = out.size() - 1;
            out.set(last, withEllipsis(out.get(last), size, bold, width));
        }
        out.add(String.join("", pieces.subList(tail, pieces.size())));
        return out;
    }

    /**
     * The name on one line: its last part whole, more of its end only while its first part still
     * fits whole before it, then as much of its start as fits before "…" ("gateway-nbnw…55b27");
     * when not even {@link #LEAST_START} letters of its start fit so, its start alone ("nightly-re…").
     */
    private static String oneLine(String name, List<String> pieces, double size, boolean bold, double width) {
        int last = pieces.size() - 1;
        if (last < 1 || !fits(ELLIPSIS + pieces.get(last), size, bold, width)) {
            return TextFit.fit(name, size, bold, width);
        }
        String first = trimmed(pieces.get(0));
        int tail = last;
        while (tail > 1 && fits(first + ELLIPSIS + String.join("", pieces.subList(tail - 1, pieces.size())), size, bold, width)) {
            tail--;
        }
        String end = String.join("", pieces.subList(tail, pieces.size()));
        String start = String.join("", pieces.subList(0, tail));
        int keep = 0;
        while (keep < start.length() && fits(start.substring(0, keep + 1) + ELLIPSIS + end, size, bold, width)) {
            keep++;
        }
        if (keep < Math.min(LEAST_START, first.length())) {
            return TextFit.fit(name, size, bold, width); // "n…28735140" says less than "nightly-re…"
        }
        return trimmed(start.substring(0, keep)) + ELLIPSIS + end;
    }

    /** The pieces on as few lines as they fit, in order, each line at most the width (a piece wider than it alone). */
    private static List<String> packed(List<String> pieces, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            if (line.length() > 0 && (!fits(line + piece, size, bold, width) || line.toString().endsWith(ELLIPSIS))) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(piece);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A word too wide for the line: as much of its start as fits, then "…" (its separator dropped: the "…" says more follows). */
    private static String shortened(String piece, double size, boolean bold, double width) {
        String fitted = TextFit.fit(trimmed(piece), size, bold, width);
        return fitted.isEmpty() ? ELLIPSIS : fitted;
    }

    /** A line that a left-out middle follows: it ends in "…" (instead of its separator), shortened if need be. */
    private static String withEllipsis(String line, double size, boolean bold, double width) {
        if (line.endsWith(ELLIPSIS)) {
            return line;
        }
        String fitted = TextFit.fit(trimmed(line) + ELLIPSIS, size, bold, width);
        return fitted.isEmpty() ? ELLIPSIS : fitted;
    }

    /** The text without the separator at its end. */
    private static String trimmed(String text) {
        return !text.isEmpty() && separator(text.charAt(text.length() - 1)) ? text.substring(0, text.length() - 1) : text;
    }

    /** Whether a line fits the width, a separator at its end left hanging past it (as a map hangs a hyphen). */
    private static boolean fits(String line, double size, boolean bold, double width) {
        return TextFit.measure(trimmed(line), size, bold) <= width;
    }

    private static boolean separator(char c) {
        return WordBreaks.boundary(c) || c == ' ';
    }

    /** The name cut where it may break ({@link WordBreaks}, and after a space), a separator kept with the piece before it. */
    private static List<String> pieces(String name) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < name.length(); i++) {
            if (name.charAt(i - 1) == ' ' || WordBreaks.mayBreakBefore(name, i)) {
                out.add(name.substring(start, i));
                start = i;
            }
        }
        if (start < name.length()) {
            out.add(name.substring(start));
        }
        return out;
    }
}
