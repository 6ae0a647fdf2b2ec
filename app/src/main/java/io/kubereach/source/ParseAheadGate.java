package io.kubereach.source;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Whether a manifest read may parse pieces ahead on the other cores ({@link PiecesAhead}). While
 * it is closed, the reading thread parses each piece itself and starts none on another core: the
 * read goes on at the pace of one core and leaves the other free. The app closes it while the
 * window is shown and draws its first frames, which otherwise wait for a core behind the read
 * ahead (a few dozen milliseconds of work stretched over a second at 10,000 pods), and opens it
 * once they are drawn.
 *
 * <p>A closed gate opens by itself after the time it was closed for, so that a window that never
 * draws (or a caller that forgets) costs the read its other cores for a bounded time only.
 */
public final class ParseAheadGate {

    private final LongSupplier nanoClock;
    private volatile long closedUntil;
    private volatile boolean closed;

    /** An open gate on the system's clock. */
    public ParseAheadGate() {
        this(System::nanoTime);
    }

    /** An open gate on the given clock (nanoseconds, as {@link System#nanoTime()}). */
    ParseAheadGate(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** A gate that is always open: every read parses ahead on every core. */
    public static ParseAheadGate alwaysOpen() {
        return new ParseAheadGate();
    }

    /** Closes the gate until {@link #open()} or until {@code atMost} has passed, whichever comes first. */
    public void close(Duration atMost) {
        closedUntil = nanoClock.getAsLong() + atMost.toNanos();
        closed = true;
    }

    /** Opens the gate: reads parse ahead on every core again. */
    public void open() {
        closed = false;
    }

    /** Whether pieces may be parsed ahead on other cores now. */
    public boolean isOpen() {
        return !closed || nanoClock.getAsLong() - closedUntil >= 0;
    }
}
