package io.kubereach.ui.view;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A part of the window built when it is first wanted, not with the window: the first frame then
 * loads, styles and lays out only what it shows (the matrix tab, the what-if panel wait until
 * opened). Built once per window build, on the JavaFX thread.
 */
final class FirstUse<T> implements Supplier<T> {

    private final Supplier<T> build;
    private T built;

    FirstUse(Supplier<T> build) {
        this.build = build;
    }

    /** The part, built now if it was not yet. */
    @Override
    public T get() {
        if (built == null) {
            built = build.get();
        }
        return built;
    }

    /** The part if it was built, without building it. */
    Optional<T> ifBuilt() {
        return Optional.ofNullable(built);
    }
}
