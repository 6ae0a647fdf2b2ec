package io.kubereach.diagram;

import io.kubereach.text.WordBreaks;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a name into lines that fit a width, at the places Kubernetes names break (after a label
 * boundary, {@link WordBreaks}, and spaces), as a map writes a long place name on two or three
 * lines; a word wider than the line on its own is broken inside, into as few pieces as fit, of
 * even length ("notific" / "ations-" rather than "notifica" / "tions-", "chec" / "kout-" rather
 * than "checkou" / "t-"), so that a narrow box still shows its whole name; what still does not fit
 * the lines ends in "…". {@link #size} finds the size at which a name needs no break inside a word.
 */
final class NameLines {

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

    /** The lines of a name, at most {@code maxLines}, each at most {@code width} pixels at a font size. */
    static List<String> of(String name, double size, boolean bold, double width, int maxLines) {
        List<String> pieces = new ArrayList<>();
        for (String piece : pieces(name)) {
            pieces.addAll(fits(piece, size, bold, width) ? List.of(piece) : chunks(piece, size, bold, width));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < pieces.size() && lines.size() < maxLines) {
            String piece = pieces.get(i);
            if (line.length() == 0 || fits(line + piece, size, bold, width)) {
                line.append(piece);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        if (i < pieces.size() && !lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, last + String.join("", pieces.subList(i, pieces.size())));
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            String fitted = fits(l, size, bold, width) ? l : TextFit.fit(l, size, bold, width);
            if (!fitted.isEmpty()) {
                out.add(fitted);
            }
        }
        return out;
    }

    /** Whether a line fits the width, a separator at its end left hanging past it (as a map hangs a hyphen). */
    private static boolean fits(String line, double size, boolean bold, double width) {
        String body = !line.isEmpty() && separator(line.charAt(line.length() - 1)) ? line.substring(0, line.length() - 1) : line;
        return TextFit.measure(body, size, bold) <= width;
    }

    /**
     * A piece too wide for the width cut into as few runs of letters of even length as fit (its
     * separator kept at the end), else into the longest runs that fit (at least one letter each).
     */
    private static List<String> chunks(String piece, double size, boolean bold, double width) {
        for (int k = 2; k <= Math.min(4, piece.length() / 2); k++) {
            List<String> even = new ArrayList<>(k);
            int letters = separator(piece.charAt(piece.length() - 1)) ? piece.length() - 1 : piece.length();
            int start = 0;
            for (int i = 1; i <= k; i++) {
                int end = i == k ? piece.length() : (int) Math.round(letters * (double) i / k);
                even.add(piece.substring(start, end));
                start = end;
            }
            if (even.stream().allMatch(run -> fits(run, size, bold, width))) {
                return even;
            }
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < piece.length()) {
            int end = start + 1;
            while (end < piece.length() && fits(piece.substring(start, end + 1), size, bold, width)) {
                end++;
            }
            out.add(piece.substring(start, end));
            start = end;
        }
        return out;
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
