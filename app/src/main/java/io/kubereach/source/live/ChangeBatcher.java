package io.kubereach.source.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Gathers object changes for a short while before passing them on together, so that a burst
 * (a rollout replacing twenty pods) makes one model update, not twenty. The first change opens
 * a window of {@code debounce}; whatever arrives in it is merged (added then removed is
 * nothing), and the whole lot goes out when it closes.
 */
final class ChangeBatcher {

    private final ScheduledExecutorService executor;
    private final Duration debounce;
    private final Consumer<Map<ObjectRef, ClusterChange.Kind>> sink;
    private Map<ObjectRef, ClusterChange.Kind> pending = new HashMap<>();
    private boolean scheduled;

    ChangeBatcher(ScheduledExecutorService executor, Duration debounce, Consumer<Map<ObjectRef, ClusterChange.Kind>> sink) {
        this.executor = executor;
        this.debounce = debounce;
        this.sink = sink;
    }

    /** Records one change. */
    synchronized void record(ObjectRef ref, ClusterChange.Kind kind) {
        ClusterChange.Kind earlier = pending.get(ref);
        if (earlier == null) {
            pending.put(ref, kind);
        } else {
            ClusterChange.Kind.then(earlier, kind).ifPresentOrElse(k -> pending.put(ref, k), () -> pending.remove(ref));
        }
        if (!scheduled) {
            scheduled = true;
            executor.schedule(this::flush, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Records several changes. */
    void recordAll(Map<ObjectRef, ClusterChange.Kind> changes) {
        changes.forEach(this::record);
    }

    private void flush() {
        Map<ObjectRef, ClusterChange.Kind> out;
        synchronized (this) {
            out = pending;
            pending = new HashMap<>();
            scheduled = false;
        }
        if (!out.isEmpty()) {
            sink.accept(out);
        }
    }
}
