package io.kubereach.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a name into lines that fit a width, at the places Kubernetes names break (after
 * {@code -}, {@code .}, {@code _}, {@code /} and spaces), as a map writes a long place name on
 * two or three lines; what still does not fit ends in "…".
 */
final class NameLines {

    private NameLines() {
    }

    /** The lines of a name, at most {@code maxLines}, each at most {@code width} pixels at a font size. */
    static List<String> of(String name, double size, boolean bold, double width, int maxLines) {
        List<String> pieces = pieces(name);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < pieces.size() && lines.size() < maxLines) {
            String piece = pieces.get(i);
            if (line.length() == 0 || TextFit.measure(line + piece, size, bold) <= width) {
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
            String fitted = TextFit.fit(l, size, bold, width);
            if (!fitted.isEmpty()) {
                out.add(fitted);
            }
        }
        return out;
    }

    /** The name cut after each separator, the separator kept with the piece before it. */
    private static List<String> pieces(String name) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-' || c == '.' || c == '_' || c == '/' || c == ' ') {
                out.add(name.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < name.length()) {
            out.add(name.substring(start));
        }
        return out;
    }
}
