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

    /**
     * How long the first request may take before the server counts as unreachable: a real API
     * server answers {@code /version} within a second, and with the JVM's start the whole
     * command still ends within 10 s.
     */
    public static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final KubernetesClient client;
    private final KubeContext context;
    private final ClusterErrors errors;
    private final String serverVersion;
    private final LoadLimits limits;

    private ClusterConnection(KubernetesClient client, KubeContext context, ClusterErrors errors, String serverVersion, LoadLimits limits) {
        this.client = client;
        this.context = context;
        this.errors = errors;
        this.serverVersion = serverVersion;
        this.limits = limits;
    }

    /**
     * Opens a connection to the chosen context and checks that the server answers.
     *
     * @throws ClusterAccessException with a one-line message when any step fails
     */
    public static ClusterConnection open(ClusterTarget target, Environment environment) throws ClusterAccessException {
        return open(target, environment, LoadLimits.DEFAULT);
    }

    /** Opens a connection whose reads keep to {@code limits}. */
    public static ClusterConnection open(ClusterTarget target, Environment environment, LoadLimits limits) throws ClusterAccessException {
        Kubeconfig kubeconfig = Kubeconfig.read(KubeconfigFiles.locate(target.kubeconfig(), environment));
        KubeContext context = kubeconfig.context(target.context());
        Secrets secrets = new Secrets(kubeconfig.secrets(context));
        ResponseLimit responseLimit = new ResponseLimit(limits.maxResponseBytes());
        ClusterErrors errors = new ClusterErrors(context, secrets, responseLimit);
        Config config = ClientSettings.of(kubeconfig, context, environment, secrets, limits);
        KubernetesClient client;
        try {
            client = new KubernetesClientBuilder().withConfig(config)
                    .withHttpClientBuilderConsumer(http -> http.addOrReplaceInterceptor(ResponseLimit.NAME, responseLimit))
                    .build();
        } catch (RuntimeException e) {
            throw errors.failure(Message.of("clusterError.doing.setup"), Message.of("clusterError.may.setup"), e);
        }
        try {
            return new ClusterConnection(client, context, errors, version(probe(client, errors), errors), limits);
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

    /**
     * The version the server reports, kept only when it looks like one ({@code v1.31.2},
     * {@code v1.30.4-eks-a737599}) and holds no credential of the context: it is saved in
     * snapshots and shown, and a hostile server could report anything.
     */
    static String version(String reported, ClusterErrors errors) {
        if (reported == null) {
            return "";
        }
        String cleaned = errors.clean(reported);
        return cleaned.length() <= 64 && VERSION.matcher(cleaned).matches() ? cleaned : "";
    }

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+_-]*)?");

    /** The client; only get, list and watch requests are ever made with it. */
    KubernetesClient client() {
        return client;
    }

    /** Turns failures into one-line messages free of credentials. */
    ClusterErrors errors() {
        return errors;
    }

    /** What reads through this connection may take. */
    LoadLimits limits() {
        return limits;
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
