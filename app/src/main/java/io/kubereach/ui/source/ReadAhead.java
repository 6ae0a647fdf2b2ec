package io.kubereach.ui.source;

import io.kubereach.ui.task.JobControl;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The first source, read on a thread of its own while the JavaFX toolkit starts and the window
 * is built, so that a cold start does not wait for the window before it starts reading. Only
 * what is on this machine is read ahead (the demo, manifests and snapshots; never a live
 * cluster, which needs a connection the user can cancel), and only once: the first opening of
 * the same source takes the result, every later one (refresh, another source) reads afresh.
 */
public final class ReadAhead {

    private static final ReadAhead NONE = new ReadAhead(Optional.empty(), new CompletableFuture<>());

    private final Optional<ClusterSource> source;
    /** The read, until the opening that takes it: from then on only that opening holds the cluster (a whole model). */
    private final AtomicReference<CompletableFuture<LoadedCluster>> read;
    private final AtomicBoolean taken = new AtomicBoolean();

    private ReadAhead(Optional<ClusterSource> source, CompletableFuture<LoadedCluster> read) {
        this.source = source;
        this.read = new AtomicReference<>(read);
    }

    /**
     * Work that follows the read on its thread (judging the cluster ahead): told the cluster
     * before anyone can take it, it answers what to run once the cluster has been handed over.
     */
    @FunctionalInterface
    public interface FollowUp {

        /** Nothing follows. */
        FollowUp NONE = cluster -> () -> { };

        /** Called with the cluster just read, before it can be taken; returns the work to run after. */
        Runnable after(LoadedCluster cluster);
    }

    /** Nothing read ahead. */
    public static ReadAhead none() {
        return NONE;
    }

    /**
     * Starts reading a source on a daemon thread with the given loader, if it is one that is
     * read ahead (the demo, manifests or a snapshot); otherwise nothing is read. Once read, {@code followUp}
     * is told the cluster and its work runs on the same thread.
     */
    public static ReadAhead start(ClusterSource source, SourceLoader loader, FollowUp followUp) {
        if (source.isLive()) {
            return NONE;
        }
        CompletableFuture<LoadedCluster> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            LoadedCluster cluster;
            try {
                cluster = loader.load(source, JobControl.none());
            } catch (Exception | Error e) {
                read.completeExceptionally(e);
                return;
            }
            Runnable next = followUp.after(cluster);
            read.complete(cluster);
            next.run();
        }, "kubereach-read-ahead");
        reader.setDaemon(true);
        reader.start();
        return new ReadAhead(Optional.of(source), read);
    }

    /**
     * The cluster read ahead, when {@code wanted} is the source read ahead and nobody took it
     * yet: waits for the read to end (checking {@code control} for cancellation) and throws what
     * the read threw. Empty for any other source, and after the first call.
     */
    public Optional<LoadedCluster> take(ClusterSource wanted, JobControl control) throws Exception {
        if (source.isEmpty() || !source.get().equals(wanted) || !taken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        // the app keeps this read ahead as long as it runs: kept here, the first cluster would stay in the heap after
        // another source (or the same, refreshed) replaced it, beside the new one
        CompletableFuture<LoadedCluster> read = this.read.getAndSet(null);
        while (true) {
            control.checkCancelled();
            try {
                return Optional.of(read.get(50, TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                // not read yet: look at cancellation again
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw (Error) e.getCause();
            }
        }
    }
}
