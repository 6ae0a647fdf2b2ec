package io.kubereach.ui.view;

import javafx.animation.AnimationTimer;

/**
 * Runs an action once the JavaFX thread has run a given number of pulses from now: each pulse lays
 * out and hands a frame to the renderer, and a pulse waits for the frame before it, so after
 * {@code n} pulses the first {@code n - 1} frames of a window just shown are drawn.
 */
public final class FirstFrames {

    private int left;

    /** Counts {@code frames} pulses (at least one). */
    FirstFrames(int frames) {
        this.left = Math.max(1, frames);
    }

    /** Notes one pulse; true at the last of the pulses counted, and only then. */
    boolean pulse() {
        return left > 0 && --left == 0;
    }

    /** Runs {@code action} on the JavaFX thread at the {@code frames}-th pulse from now; call on the JavaFX thread. */
    public static void then(int frames, Runnable action) {
        FirstFrames count = new FirstFrames(frames);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (count.pulse()) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
