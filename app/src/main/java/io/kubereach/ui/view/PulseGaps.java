package io.kubereach.ui.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * A pulse-gap probe: how long the JavaFX thread went without a pulse. An animation timer asks
 * for a pulse every frame (60 a second when the thread is free); a gap between two pulses longer
 * than a frame is time the thread was busy with something else, which the user felt as a frozen
 * window. With the hidden system property {@code kubereach.pulses=true} the app runs one from
 * the start and prints every gap over {@value #REPORTED_MS} ms as it happens, what each of the
 * first {@value #COSTED_PULSES} pulses cost ({@link PulseCosts}), and a summary every time it is
 * asked ({@link #summary()}) and at exit; tests and benchmarks start their own.
 *
 * <p>Start, stop and read on the JavaFX thread.
 */
public final class PulseGaps {

    /** Whether the app runs a probe from the start. */
    public static final boolean PRINT = Boolean.getBoolean("kubereach.pulses");
    /** Gaps over this are printed as they happen. */
    static final long REPORTED_MS = 50;
    /** The first pulses whose CPU costs are printed: the window's first frames. */
    static final int COSTED_PULSES = 8;

    private final List<Long> gaps = new ArrayList<>();
    private final boolean print;
    private final AnimationTimer timer;
    private long last;
    private PulseCosts.Reading lastReading = PulseCosts.start();
    private int pulses;
    private PulseCosts costs;
    private PulseCosts.Reading before = PulseCosts.start();

    private PulseGaps(boolean print) {
        this.print = print;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
    }

    /** Starts a probe that keeps its gaps for {@link #maxMillis()} and {@link #over(long)}. */
    public static PulseGaps start() {
        PulseGaps probe = new PulseGaps(false);
        probe.timer.start();
        return probe;
    }

    /** Starts the app's own probe when {@code kubereach.pulses=true}; it prints as it goes and at exit. */
    static void startIfAsked() {
        if (!PRINT) {
            return;
        }
        PulseGaps probe = new PulseGaps(true);
        probe.timer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(probe.summary()), "kubereach-pulse-summary"));
    }

    private void pulse(long now) {
        if (print && pulses < COSTED_PULSES) {
            PulseCosts.Reading reading = costs().read();
            System.err.println(reading.since(before, ++pulses, last == 0 ? 0 : (now - last) / 1_000_000));
            before = reading;
        }
        if (last != 0) {
            long gap = (now - last) / 1_000_000;
            synchronized (gaps) {
                gaps.add(gap);
            }
            if (print && gap > REPORTED_MS) {
                PulseCosts.Reading reading = costs().read();
                System.err.printf("kubereach pulses: the JavaFX thread went %d ms without a pulse (until %tT.%<tL), %d ms of it on its CPU,"
                        + " the renderer %d ms, %d classes loaded%n", gap, System.currentTimeMillis(),
                        (reading.fxNanos() - lastReading.fxNanos()) / 1_000_000, (reading.rendererNanos() - lastReading.rendererNanos()) / 1_000_000,
                        reading.classesLoaded() - lastReading.classesLoaded());
            }
        }
        last = now;
        if (print) {
            lastReading = costs().read();
        }
    }

    private PulseCosts costs() {
        costs = costs == null ? new PulseCosts() : costs;
        return costs;
    }

    /** Stops measuring. */
    public void stop() {
        timer.stop();
    }

    /** Forgets the gaps measured so far (a new phase of a scripted session). */
    public void reset() {
        synchronized (gaps) {
            gaps.clear();
        }
        last = 0;
    }

    /** The longest gap so far, in milliseconds. */
    public long maxMillis() {
        synchronized (gaps) {
            return gaps.isEmpty() ? 0 : Collections.max(gaps);
        }
    }

    /** How many gaps were longer than this many milliseconds. */
    public long over(long millis) {
        synchronized (gaps) {
            return gaps.stream().filter(g -> g > millis).count();
        }
    }

    /** The gaps measured in a line: pulses, longest, median, how many over 100 ms. */
    public String summary() {
        synchronized (gaps) {
            List<Long> sorted = new ArrayList<>(gaps);
            Collections.sort(sorted);
            long median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            return String.format("kubereach pulses: %d pulses, longest gap %d ms, median %d ms, %d gaps over 100 ms", sorted.size(),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), median, over(100));
        }
    }
}
