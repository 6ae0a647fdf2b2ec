package io.kubereach.diagram;

import java.util.Locale;
import java.util.Optional;

/** Which colours a picture is drawn in: light (for print and documents) or dark. */
public enum DiagramTheme {
    /** Dark text on a white page. */
    LIGHT,
    /** Light text on a dark page, like the app's dark theme. */
    DARK;

    /** Parses {@code light} or {@code dark}, case-insensitively. */
    public static Optional<DiagramTheme> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "light" -> Optional.of(LIGHT);
            case "dark" -> Optional.of(DARK);
            default -> Optional.empty();
        };
    }

    /** Its style. */
    public DiagramStyle style() {
        return this == DARK ? DiagramStyle.DARK : DiagramStyle.LIGHT;
    }
}
