package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.kubereach.text.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps what one {@link Read} covers current: watches it from the version its list had, applies
 * each event to the store and reports the changes. fabric8 itself resumes a watch whose
 * connection drops; when the watch ends anyway (its version expired, 410 Gone, or the server
 * went away), the read is listed again, the differences are reported, and a new watch starts,
 * retried with growing pauses ({@link #FIRST_PAUSE} doubling up to {@link #LONGEST_PAUSE})
 * while the server cannot be reached.
 */
final class KindWatch {

    /** The pause before the second attempt to restore a lost watch (the first is immediate). */
    static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    /** The longest pause between attempts. */
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    /** What a watch tells its live cluster. */
    interface Owner {
        /** Objects changed. */
        void changed(java.util.Map<ObjectRef, ClusterChange.Kind> changes);

        /** The watch was lost and is being restored. */
        void lost(Read read, String reason);

        /** The watch is back. */
        void restored(Read read);
    }

    private final ClusterConnection connection;
    private final ResourceLister reader;
    private final Read read;
    private final ObjectStore store;
    private final ScheduledExecutorService executor;
    private final Owner owner;
    private volatile Watch watch;
    private volatile boolean closed;
    private int failures;

    KindWatch(ClusterConnection connection, ResourceLister reader, Read read, ObjectStore store, ScheduledExecutorService executor,
            Owner owner) {
        this.connection = connection;
        this.reader = reader;
        this.read = read;
        this.store = store;
        this.executor = executor;
        this.owner = owner;
    }

    /** Starts watching from a list's version (empty: from now); when that fails, restores the watch later. */
    void begin(String resourceVersion) {
        try {
            start(resourceVersion);
        } catch (RuntimeException e) {
            retry(e);
        }
    }

    private void start(String resourceVersion) {
        if (closed) {
            return;
        }
        Watcher<HasMetadata> watcher = new Events();
        if (read.name().isPresent()) {
            var resource = read.resource(connection.client());
            watch = resourceVersion.isEmpty() ? resource.watch(watcher) : resource.withResourceVersion(resourceVersion).watch(watcher);
        } else {
            watch = read.operation(connection.client()).watch(new ListOptionsBuilder()
                    .withResourceVersion(resourceVersion.isEmpty() ? null : resourceVersion)
                    .withAllowWatchBookmarks(true).build(), watcher);
        }
    }

    /** Stops watching for good. */
    void close() {
        closed = true;
        Watch w = watch;
        if (w != null) {
            w.close();
        }
    }

    /** The events of one watch. */
    private final class Events implements Watcher<HasMetadata> {

        @Override
        public void eventReceived(Action action, HasMetadata object) {
            if (closed || !ObjectKey.isNamed(object)) {
                return;
            }
            ObjectRef ref = ObjectRef.of(read.kind(), object);
            switch (action) {
                case ADDED, MODIFIED -> store.put(read.kind(), read.kind().keep(object, connection.errors()::clean))
                        .ifPresent(change -> owner.changed(java.util.Map.of(ref, change)));
                case DELETED -> {
                    if (store.remove(read.kind(), object)) {
                        owner.changed(java.util.Map.of(ref, ClusterChange.Kind.REMOVED));
                    }
                }
                default -> {
                    // BOOKMARK only moves the version on; ERROR is followed by onClose
                }
            }
        }

        @Override
        public void onClose(WatcherException cause) {
            if (!closed) {
                owner.lost(read, connection.errors().clean(cause.getMessage() == null ? "the watch ended" : cause.getMessage()));
                executor.execute(KindWatch.this::restore);
            }
        }

        @Override
        public void onClose() {
            // closed by us
        }
    }

    /** Lists again, reports the differences and watches anew; retries later when that fails. */
    private void restore() {
        if (closed) {
            return;
        }
        try {
            String version;
            List<HasMetadata> objects;
            if (read.name().isPresent()) {
                HasMetadata object = read.resource(connection.client()).get();
                objects = ObjectKey.isNamed(object) ? List.of(read.kind().keep(object, connection.errors()::clean)) : List.of();
                version = "";
            } else {
                ResourceLister.Listing listing = reader.list(read, 0);
                objects = listing.objects();
                version = listing.resourceVersion();
            }
            var changes = store.replace(read, objects);
            if (!changes.isEmpty()) {
                owner.changed(changes);
            }
            start(version);
            failures = 0;
            owner.restored(read);
        } catch (RuntimeException e) {
            retry(e);
        }
    }

    /**
     * Reports a failed attempt and schedules the next one, after a pause that doubles with each
     * failure; a watch the user may not make (403) is given up, since retrying cannot help.
     */
    private void retry(RuntimeException e) {
        failures++;
        if (ClusterErrors.status(e) == 403) {
            owner.lost(read, "may not watch " + read.describe() + " (forbidden (403)): its changes are not followed");
            return;
        }
        owner.lost(read, connection.errors().failure(Message.of("clusterError.doing.watching", read.phrase()),
                Message.of("clusterError.may.watch", read.phrase()), e).getMessage());
        long pause = Math.min(LONGEST_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(failures - 1, 10));
        if (!closed) {
            executor.schedule(this::restore, pause, TimeUnit.MILLISECONDS);
        }
    }
}
