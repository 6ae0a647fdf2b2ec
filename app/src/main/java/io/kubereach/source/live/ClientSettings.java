package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.ConfigBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.kubereach.text.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fabric8 client configuration for one context: fabric8's own kubeconfig merge (tokens,
 * client certificates, exec plugins, OIDC auth providers, {@code proxy-url}, CA files resolved
 * against the file that names them, TLS verified unless the cluster says
 * {@code insecure-skip-tls-verify}), completed with what kubectl also honours (a
 * {@code tokenFile}, impersonation, the {@code HTTPS_PROXY}/{@code HTTP_PROXY}/{@code NO_PROXY}
 * variables) and with timeouts that make an unreachable server fail fast: connect within
 * {@link #CONNECT_TIMEOUT}, each request within {@link #REQUEST_TIMEOUT}, a couple of quick retries.
 * Nothing is read from fabric8's own system properties or variables, so the kubeconfig alone decides.
 *
 * <p>Exec credential plugins are run here, by a {@link CredentialPlugin} with a time limit, never
 * by fabric8 (which waits for them without end and, when they fail, sends requests without
 * credentials). Every credential the settings hold joins the context's {@link Secrets}.
 */
final class ClientSettings {

    /** How long connecting to the API server may take. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long one request may take (one page of a list). */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    /** Retries of a failed request (connection refused, 5xx), 250 ms then 500 ms apart. */
    static final int RETRIES = 2;

    private ClientSettings() {
    }

    static Config of(Kubeconfig kubeconfig, KubeContext context, Environment environment, Secrets secrets, LoadLimits limits)
            throws ClusterAccessException {
        Config config = Config.empty();
        try {
            KubeConfigUtils.merge(config, context.name(), withoutPlugins(kubeconfig.parsed()));
        } catch (RuntimeException e) {
            // an auth provider that fails; its output is not repeated here
            throw new ClusterAccessException(Message.of("clusterError.credentials", context.name()));
        }
        String master = config.getMasterUrl();
        config.setMasterUrl(master.endsWith("/") ? master : master + "/");
        Optional<AuthInfo> user = kubeconfig.user(context);
        user.ifPresent(u -> impersonate(config, u));
        if (isBlank(config.getAutoOAuthToken()) && user.isPresent() && !isBlank(user.get().getTokenFile())) {
            config.setAutoOAuthToken(tokenFile(user.get().getTokenFile(), kubeconfig.userFile(context), context));
        }
        if (isBlank(config.getAutoOAuthToken()) && config.getAuthProvider() == null && user.isPresent() && user.get().getExec() != null) {
            plugin(config, new CredentialPlugin(user.get().getExec(), kubeconfig.userFile(context), context, limits.pluginTimeout(), secrets));
        }
        secrets.add(config.getAutoOAuthToken());
        secrets.add(config.getClientKeyData());
        secrets.addBasic(config.getUsername(), config.getPassword());
        proxies(config, environment);
        config.setConnectionTimeout((int) CONNECT_TIMEOUT.toMillis());
        config.setRequestTimeout((int) REQUEST_TIMEOUT.toMillis());
        config.setRequestRetryBackoffLimit(RETRIES);
        config.setRequestRetryBackoffInterval(250);
        config.setWatchReconnectInterval(1000);
        config.setWatchReconnectLimit(-1);
        return config;
    }

    /**
     * Copies of the parsed files with every exec plugin taken out, so that fabric8's merge reads
     * the rest of the user entry but runs no plugin.
     */
    private static io.fabric8.kubernetes.api.model.Config[] withoutPlugins(List<io.fabric8.kubernetes.api.model.Config> parsed) {
        return parsed.stream().map(file -> {
            io.fabric8.kubernetes.api.model.Config copy = new ConfigBuilder(file).build();
            if (copy.getUsers() != null) {
                copy.getUsers().stream().filter(u -> u != null && u.getUser() != null).forEach(u -> u.getUser().setExec(null));
            }
            return copy;
        }).toArray(io.fabric8.kubernetes.api.model.Config[]::new);
    }

    /** Runs the plugin now (a failure stops the connection), and again whenever its token is about to expire. */
    private static void plugin(Config config, CredentialPlugin plugin) throws ClusterAccessException {
        CredentialPlugin.Credential credential = plugin.credential();
        if (credential.token().isPresent()) {
            config.setOauthTokenProvider(plugin::token);
        } else {
            config.setClientCertData(credential.certificate().orElseThrow());
            config.setClientKeyData(credential.key().orElseThrow());
        }
    }

    private static void impersonate(Config config, AuthInfo user) {
        if (!isBlank(user.getAs())) {
            config.setImpersonateUsername(user.getAs());
        }
        if (user.getAsGroups() != null && !user.getAsGroups().isEmpty()) {
            config.setImpersonateGroups(user.getAsGroups().toArray(String[]::new));
        }
    }

    private static String tokenFile(String name, Optional<Path> definedIn, KubeContext context) throws ClusterAccessException {
        Path file = Path.of(name);
        if (!file.isAbsolute() && definedIn.isPresent() && definedIn.get().getParent() != null) {
            file = definedIn.get().getParent().resolve(file);
        }
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new ClusterAccessException(Message.of("clusterError.tokenFile", file.toString(), context.name()));
        }
    }

    /** The proxy kubectl would use: the cluster's {@code proxy-url}, else the usual variables. */
    private static void proxies(Config config, Environment environment) {
        if (!isBlank(config.getHttpsProxy()) || !isBlank(config.getHttpProxy())) {
            return;
        }
        environment.firstOf("HTTPS_PROXY", "https_proxy").ifPresent(config::setHttpsProxy);
        environment.firstOf("HTTP_PROXY", "http_proxy").ifPresent(config::setHttpProxy);
        environment.firstOf("NO_PROXY", "no_proxy").ifPresent(list ->
                config.setNoProxy(Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new)));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
