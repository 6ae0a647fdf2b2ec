package io.kubereach.ui.prefs;

import io.kubereach.text.Language;
import io.kubereach.ui.source.ClusterSource;
import java.util.Optional;

/**
 * What the app remembers between runs: the last source and how long it took to open, the window
 * size, the theme, the language chosen in the menu (the system's language until one is chosen) and the folder of the
 * last export. Typed access over a {@link PreferenceStore}; values that do not read are ignored.
 */
public final class AppPreferences {

    /** The smallest window size remembered. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;

    private static final String SOURCE = "lastSource";
    private static final String WIDTH = "windowWidth";
    private static final String HEIGHT = "windowHeight";
    private static final String THEME = "theme";
    private static final String LANGUAGE = "language";
    private static final String OPEN_COST = "lastOpenCost";
    private static final String EXPORT_FOLDER = "exportFolder";

    private final PreferenceStore store;

    public AppPreferences(PreferenceStore store) {
        this.store = store;
    }

    /** The source shown last, if it was remembered. */
    public Optional<ClusterSource> lastSource() {
        return store.get(SOURCE).flatMap(ClusterSource::decode);
    }

    /**
     * The source a start opens without asking: the one given, else the last one shown unless it
     * was slow to open (then none: it is offered instead), else the demo.
     */
    public Optional<ClusterSource> opensUnasked(Optional<ClusterSource> given) {
        if (given.isPresent()) {
            return given;
        }
        Optional<ClusterSource> last = lastSource();
        if (last.isEmpty()) {
            return Optional.of(new ClusterSource.Demo());
        }
        return last.filter(source -> openCost(source).map(cost -> !cost.slow()).orElse(true));
    }

    /** Remembers the source shown. */
    public void rememberSource(ClusterSource source) {
        store.put(SOURCE, source.encode());
    }

    /**
     * How long opening a source took, until it could be used, and how many pods it has.
     *
     * @param millis milliseconds from asking to open it to its picture shown
     * @param pods its pods
     */
    public record OpenCost(long millis, int pods) {

        /** Opening longer than this is slow: the next start asks before opening the source again. */
        public static final long SLOW_MILLIS = 8_000;

        /** Whether the next start should ask before opening it again. */
        public boolean slow() {
            return millis > SLOW_MILLIS;
        }
    }

    /** Remembers how long a source took to open (only the last source's cost is kept). */
    public void rememberOpenCost(ClusterSource source, OpenCost cost) {
        store.put(OPEN_COST, cost.millis() + "\t" + cost.pods() + "\t" + source.encode());
    }

    /** How long a source took to open the last time, if it is the one remembered. */
    public Optional<OpenCost> openCost(ClusterSource source) {
        return store.get(OPEN_COST).flatMap(line -> {
            String[] parts = line.split("\t", 3);
            try {
                return parts.length == 3 && parts[2].equals(source.encode())
                        ? Optional.of(new OpenCost(Long.parseLong(parts[0]), Integer.parseInt(parts[1]))) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The window size, {@code [width, height]}, if remembered. */
    public Optional<double[]> windowSize() {
        Optional<Double> w = number(WIDTH);
        Optional<Double> h = number(HEIGHT);
        if (w.isEmpty() || h.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new double[] {Math.max(MIN_WIDTH, w.get()), Math.max(MIN_HEIGHT, h.get())});
    }

    /** Remembers the window size. */
    public void rememberWindowSize(double width, double height) {
        if (width > 0 && height > 0) {
            store.put(WIDTH, String.valueOf(Math.round(width)));
            store.put(HEIGHT, String.valueOf(Math.round(height)));
        }
    }

    /** The theme, light unless another was chosen. */
    public Theme theme() {
        return store.get(THEME).flatMap(Theme::parse).orElse(Theme.PRIMER_LIGHT);
    }

    /** Remembers the theme. */
    public void rememberTheme(Theme theme) {
        store.put(THEME, theme.name());
    }

    /** The language chosen in the menu; empty: follow the system. */
    public Optional<Language> language() {
        return store.get(LANGUAGE).flatMap(Language::parse);
    }

    /** Remembers the language chosen. */
    public void rememberLanguage(Language language) {
        store.put(LANGUAGE, language.code());
    }

    /** The folder the last export was written into, while it exists. */
    public Optional<java.nio.file.Path> exportFolder() {
        try {
            return store.get(EXPORT_FOLDER).map(java.nio.file.Path::of).filter(java.nio.file.Files::isDirectory);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Remembers the folder an export was written into. */
    public void rememberExportFolder(java.nio.file.Path folder) {
        store.put(EXPORT_FOLDER, folder.toAbsolutePath().toString());
    }

    private Optional<Double> number(String name) {
        try {
            return store.get(name).map(Double::parseDouble).filter(d -> d > 0 && d < 100_000);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
