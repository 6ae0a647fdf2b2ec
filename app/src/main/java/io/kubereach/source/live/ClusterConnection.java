package io.kubereach.source.live;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.kubereach.text.Message;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An open, checked connection to the API server of one kubeconfig context. Opening it finds and
 * merges the kubeconfig, picks the context, builds the client and asks the server for its
 * version ({@code GET /version}), so that a wrong context, a malformed kubeconfig, an
 * unreachable server or refused credentials fail at once, within {@link #PROBE_TIMEOUT}, with
 * one clear line. The connection only ever gets, lists and watches.
 */
public final class ClusterConnection implements AutoCloseable {

    /** How long the first request may take before the server counts as unreachable. */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(8);

    private final KubernetesClient client;
    private final KubeContext context;
    private final ClusterErrors errors;
    private final String serverVersion;

    private ClusterConnection(KubernetesClient client, KubeContext context, ClusterErrors errors, String serverVersion) {
        this.client = client;
        this.context = context;
        this.errors = errors;
        this.serverVersion = serverVersion;
    }

    /**
     * Opens a connection to the chosen context and checks that the server answers.
     *
     * @throws ClusterAccessException with a one-line message when any step fails
     */
    public static ClusterConnection open(ClusterTarget target, Environment environment) throws ClusterAccessException {
        Kubeconfig kubeconfig = Kubeconfig.read(KubeconfigFiles.locate(target.kubeconfig(), environment));
        KubeContext context = kubeconfig.context(target.context());
        ClusterErrors errors = new ClusterErrors(context, kubeconfig.secrets(context));
        Config config = ClientSettings.of(kubeconfig, context, environment);
        KubernetesClient client;
        try {
            client = new KubernetesClientBuilder().withConfig(config).build();
        } catch (RuntimeException e) {
            throw errors.failure(Message.of("clusterError.doing.setup"), Message.of("clusterError.may.setup"), e);
        }
        try {
            return new ClusterConnection(client, context, errors, probe(client, errors));
        } catch (ClusterAccessException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static String probe(KubernetesClient client, ClusterErrors errors) throws ClusterAccessException {
        CompletableFuture<String> version = CompletableFuture.supplyAsync(() -> client.getKubernetesVersion().getGitVersion());
        try {
            return version.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            version.cancel(true);
            throw errors.failure(Message.of("clusterError.doing.connecting"), Message.of("clusterError.may.connecting"), e);
        } catch (ExecutionException e) {
            throw errors.failure(Message.of("clusterError.doing.connecting"), Message.of("clusterError.may.connecting"), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterAccessException(Message.of("clusterError.interrupted"));
        }
    }

    /** The client; only get, list and watch requests are ever made with it. */
    KubernetesClient client() {
        return client;
    }

    /** Turns failures into one-line messages free of credentials. */
    ClusterErrors errors() {
        return errors;
    }

    /** The context connected to. */
    public KubeContext context() {
        return context;
    }

    /** The server's version, as it reported it (e.g. {@code v1.31.2}). */
    public String serverVersion() {
        return serverVersion == null ? "" : serverVersion;
    }

    @Override
    public void close() {
        client.close();
    }
}
