package io.kubereach.ui.prefs;

import java.net.URL;
import java.util.Arrays;
import java.util.Optional;

/**
 * The AtlantaFX themes, by their stylesheets. AtlantaFX 2.1.0's classes are compiled for Java 21,
 * so on Java 17 the app loads the theme stylesheets (plain resources of the same jar) directly
 * instead of through {@code new PrimerLight()}.
 */
public enum Theme {
    /** AtlantaFX Primer light. */
    PRIMER_LIGHT("/atlantafx/base/theme/primer-light.css"),
    /** AtlantaFX Primer dark. */
    PRIMER_DARK("/atlantafx/base/theme/primer-dark.css");

    private final String resource;

    Theme(String resource) {
        this.resource = resource;
    }

    /** The theme of a name written by {@link #name()}; empty when there is none. */
    public static Optional<Theme> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }

    /** Whether it is a dark theme. */
    public boolean isDark() {
        return this == PRIMER_DARK;
    }

    /** The stylesheet URL for {@code Application.setUserAgentStylesheet}. */
    public String stylesheet() {
        URL url = Theme.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the AtlantaFX stylesheet " + resource + " is missing from the class path");
        }
        return url.toExternalForm();
    }
}
