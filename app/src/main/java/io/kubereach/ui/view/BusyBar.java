package io.kubereach.ui.view;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.ProgressBar;
import javafx.util.Duration;

/**
 * The status bar's progress bar: how far a job is when it knows, and when it does not (laying out,
 * judging) a bar that fills again and again, {@value #FRAMES_PER_SECOND} times a second. A progress
 * bar left indeterminate animates itself every frame, and each frame on screen costs the JavaFX
 * thread the window's pixels (the software pipeline uploads them there): switching the grouping of
 * 10,000 pods spent 150–360 ms of the JavaFX thread on the bar while the layout job ran.
 */
final class BusyBar extends ProgressBar {

    /** How often the bar moves while a job of unknown length runs. */
    static final int FRAMES_PER_SECOND = 8;
    private static final Duration FILL = Duration.seconds(1.5);

    private final Timeline sweep = new Timeline(FRAMES_PER_SECOND, new KeyFrame(Duration.ZERO, new KeyValue(progressProperty(), 0)),
            new KeyFrame(FILL, new KeyValue(progressProperty(), 1)));

    /** A bar showing {@code fraction} (negative: not known) while {@code running}. */
    BusyBar(ObservableDoubleValue fraction, ObservableBooleanValue running, ViewScope scope) {
        super(0);
        sweep.setCycleCount(Animation.INDEFINITE);
        Runnable follow = () -> {
            double f = fraction.get();
            if (running.get() && f < 0) {
                if (sweep.getStatus() != Animation.Status.RUNNING) {
                    sweep.playFromStart();
                }
            } else {
                sweep.stop();
                setProgress(Math.max(0, f));
            }
        };
        scope.listen(fraction, (obs, old, now) -> follow.run());
        scope.listen(running, (obs, old, now) -> follow.run());
        scope.onDispose(sweep::stop);
        follow.run();
    }
}
