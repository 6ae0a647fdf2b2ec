package io.kubereach.source.live;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Reads a cluster once: connect to the chosen context, read every kind the scope covers, and
 * convert. This is what {@code list}, {@code can-reach} and {@code snapshot} do with
 * {@code --kubeconfig}/{@code --context}, and what a desktop loading task calls.
 */
public final class ClusterLoad {

    private ClusterLoad() {
    }

    /**
     * Reads the target cluster.
     *
     * @param target which kubeconfig, context and namespaces
     * @param environment where {@code KUBECONFIG}, the home folder and proxies come from
     * @param progress hears each kind as it is read
     * @param cancel stops the load when cancelled (it then ends with a
     *     {@link java.util.concurrent.CancellationException})
     * @throws ClusterAccessException when the cluster cannot be read at all
     */
    public static ClusterObjects read(ClusterTarget target, Environment environment, LoadProgress progress, CancelToken cancel)
            throws ClusterAccessException {
        return read(target, environment, progress, cancel, LoadLimits.DEFAULT);
    }

    /** Reads the target cluster within {@code limits} (a deadline, answer and page limits, a plugin timeout). */
    public static ClusterObjects read(ClusterTarget target, Environment environment, LoadProgress progress, CancelToken cancel,
            LoadLimits limits) throws ClusterAccessException {
        try (ClusterConnection connection = ClusterConnection.open(target, environment, limits)) {
            return read(connection, target.scope(), progress, cancel, Clock.systemUTC());
        }
    }

    /** Reads through an open connection. */
    static ClusterObjects read(ClusterConnection connection, ClusterScope scope, LoadProgress progress, CancelToken cancel,
            Clock clock) throws ClusterAccessException {
        Instant taken = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ResourceLister.Loaded loaded = new ResourceLister(connection, scope, progress, cancel).read();
        return ClusterObjects.of(connection.context().name(), connection.serverVersion(), taken, scope, loaded.store().all(),
                loaded.gaps(), loaded.warnings());
    }
}
