package io.kubereach.source.live;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lets whoever started a load stop it: a JavaFX {@code Task} calls {@link #cancel()} from its
 * {@code cancelled()} method, the load notices between pages, aborts the request in flight,
 * and ends with a {@link CancellationException}.
 */
public final class CancelToken {

    private volatile boolean cancelled;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    /** A token nobody cancels. */
    public static CancelToken none() {
        return new CancelToken();
    }

    /** Asks the load to stop; safe to call from any thread, more than once. */
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            hooks.forEach(Runnable::run);
        }
    }

    /** Whether the load was asked to stop. */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code hook} on cancellation (at once if already cancelled), e.g. to abort a request in
     * flight, until the returned registration is closed.
     */
    Registration onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
        return () -> hooks.remove(hook);
    }

    /** A hook registered with {@link #onCancel}; closing it removes the hook. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Throws when the load was asked to stop. */
    void check() {
        if (cancelled) {
            throw new CancellationException("the cluster load was cancelled");
        }
    }
}
