package io.kubereach.source.live;

import io.kubereach.model.ClusterSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A cluster kept current: read once like {@link ClusterLoad}, then every read it made is
 * watched, so pods that come and go, labels and policies that change, reach the model.
 * Listeners get the new snapshot with what changed, debounced ({@link #DEBOUNCE} by default),
 * on this live cluster's own thread. A lost watch is restored by listing again and watching
 * anew. Only get, list and watch requests are ever made. Close it to stop watching.
 */
public final class LiveCluster implements AutoCloseable {

    /** How long changes are gathered before listeners hear of them. */
    public static final Duration DEBOUNCE = Duration.ofMillis(250);

    private final ClusterConnection connection;
    private final ClusterScope scope;
    private final ResourceLister.Loaded loaded;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kubereach-live");
        t.setDaemon(true);
        return t;
    });
    private final List<ClusterListener> listeners = new CopyOnWriteArrayList<>();
    private final List<KindWatch> watches = new CopyOnWriteArrayList<>();
    private final Set<Read> lost = new HashSet<>();
    private final ChangeBatcher batcher;
    private volatile ClusterObjects current;

    private LiveCluster(ClusterConnection connection, ClusterScope scope, ResourceLister.Loaded loaded, Duration debounce, Clock clock) {
        this.connection = connection;
        this.scope = scope;
        this.loaded = loaded;
        this.clock = clock;
        this.batcher = new ChangeBatcher(executor, debounce, this::publish);
        this.current = objects(loaded);
    }

    /**
     * Reads the target cluster and starts watching it.
     *
     * @param debounce how long changes are gathered before listeners hear of them
     * @throws ClusterAccessException when the cluster cannot be read at all
     */
    public static LiveCluster start(ClusterTarget target, Environment environment, LoadProgress progress, CancelToken cancel,
            Duration debounce) throws ClusterAccessException {
        ClusterConnection connection = ClusterConnection.open(target, environment);
        try {
            ResourceLister reader = new ResourceLister(connection, target.scope(), progress, cancel);
            LiveCluster live = new LiveCluster(connection, target.scope(), reader.read(), debounce, Clock.systemUTC());
            live.watch(new ResourceLister(connection, target.scope(), LoadProgress.NONE, CancelToken.none()));
            return live;
        } catch (ClusterAccessException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private void watch(ResourceLister reader) {
        KindWatch.Owner owner = new KindWatch.Owner() {
            @Override
            public void changed(Map<ObjectRef, ClusterChange.Kind> changes) {
                batcher.recordAll(changes);
            }

            @Override
            public void lost(Read read, String reason) {
                boolean first;
                synchronized (lost) {
                    first = lost.isEmpty();
                    lost.add(read);
                }
                if (first) {
                    tell(l -> l.connectionLost(reason));
                }
            }

            @Override
            public void restored(Read read) {
                boolean last;
                synchronized (lost) {
                    last = lost.remove(read) && lost.isEmpty();
                }
                if (last) {
                    tell(ClusterListener::connectionRestored);
                }
            }
        };
        loaded.resourceVersions().forEach((read, version) -> {
            KindWatch watch = new KindWatch(connection, reader, read, loaded.store(), executor, owner);
            watches.add(watch);
            watch.begin(version);
        });
    }

    /** Tells every listener something, on this live cluster's thread, one listener's failure not stopping the others. */
    private void tell(Consumer<ClusterListener> message) {
        if (executor.isShutdown()) {
            return;
        }
        try {
            executor.execute(() -> listeners.forEach(listener -> {
                try {
                    message.accept(listener);
                } catch (RuntimeException e) {
                    // a failing listener must not keep the others from hearing
                }
            }));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing meanwhile
        }
    }

    private ClusterObjects objects(ResourceLister.Loaded from) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return ClusterObjects.of(connection.context().name(), connection.serverVersion(), now, scope, from.store().all(), from.gaps(),
                from.warnings());
    }

    private void publish(Map<ObjectRef, ClusterChange.Kind> changes) {
        ClusterObjects next = objects(loaded);
        current = next;
        ClusterEvent event = new ClusterEvent(next.snapshot(), ClusterChange.of(changes), next.taken());
        for (ClusterListener listener : listeners) {
            try {
                listener.changed(event);
            } catch (RuntimeException e) {
                // a failing listener must not keep the others from hearing
            }
        }
    }

    /** The latest model. */
    public ClusterSnapshot snapshot() {
        return current.snapshot();
    }

    /** The latest objects, e.g. to save a snapshot file of them. */
    public ClusterObjects objects() {
        return current;
    }

    /** The context watched. */
    public KubeContext context() {
        return connection.context();
    }

    /** Starts telling a listener about changes. */
    public void addListener(ClusterListener listener) {
        listeners.add(listener);
    }

    /** Stops telling a listener about changes. */
    public void removeListener(ClusterListener listener) {
        listeners.remove(listener);
    }

    /** Stops every watch and closes the connection. */
    @Override
    public void close() {
        watches.forEach(KindWatch::close);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
