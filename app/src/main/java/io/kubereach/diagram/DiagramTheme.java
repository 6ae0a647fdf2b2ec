package io.kubereach.diagram;

/** Which colours a picture is drawn in: light (for print and documents) or dark. */
public enum DiagramTheme {
    /** Dark text on a white page. */
    LIGHT,
    /** Light text on a dark page, like the app's dark theme. */
    DARK;

    /** Its style. */
    public DiagramStyle style() {
        return this == DARK ? DiagramStyle.DARK : DiagramStyle.LIGHT;
    }
}
