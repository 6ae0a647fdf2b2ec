package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.AuthInfo;
import io.fabric8.kubernetes.api.model.Cluster;
import io.fabric8.kubernetes.api.model.Config;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.kubereach.files.FileProblem;
import io.kubereach.source.TypeProblem;
import io.kubereach.source.YamlReader;
import io.kubereach.text.Message;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kubeconfig files read and merged as kubectl merges them: the first file to define a
 * context, cluster or user name wins, and the first file that sets {@code current-context}
 * decides it. Every context is offered ({@link #contexts()}); the client configuration of one
 * ({@link ClientSettings}) comes from fabric8's own merge of the same files, so that every kind
 * of credential fabric8 supports works, with paths resolved against the file that names them.
 *
 * <p>Messages never quote a file's content, only where in it a problem is, so that a broken
 * kubeconfig never puts a credential on the screen.
 */
public final class Kubeconfig {

    private final KubeconfigFiles files;
    private final List<Config> parsed;
    private final Map<String, NamedContext> contexts = new LinkedHashMap<>();
    private final Map<String, NamedCluster> clusters = new LinkedHashMap<>();
    private final Map<String, NamedAuthInfo> users = new LinkedHashMap<>();
    private final Optional<String> current;

    private Kubeconfig(KubeconfigFiles files, List<Config> parsed) {
        this.files = files;
        this.parsed = List.copyOf(parsed);
        String currentName = null;
        for (Config config : parsed) {
            list(config.getContexts()).stream().filter(c -> c.getName() != null).forEach(c -> contexts.putIfAbsent(c.getName(), c));
            list(config.getClusters()).stream().filter(c -> c.getName() != null).forEach(c -> clusters.putIfAbsent(c.getName(), c));
            list(config.getUsers()).stream().filter(u -> u.getName() != null).forEach(u -> users.putIfAbsent(u.getName(), u));
            if (currentName == null && config.getCurrentContext() != null && !config.getCurrentContext().isBlank()) {
                currentName = config.getCurrentContext();
            }
        }
        contexts.values().removeIf(c -> c.getContext() == null);
        this.current = Optional.ofNullable(currentName);
    }

    /** Reads and merges the files; fails naming the file and the place in it that is malformed. */
    public static Kubeconfig read(KubeconfigFiles files) throws ClusterAccessException {
        List<Config> parsed = new ArrayList<>();
        for (Path file : files.files()) {
            parsed.add(parse(file));
        }
        return new Kubeconfig(files, parsed);
    }

    private static Config parse(Path file) throws ClusterAccessException {
        String text;
        try {
            if (Files.size(file) > YamlReader.MAX_DOCUMENT) {
                throw new ClusterAccessException(Message.of("clusterError.kubeconfigLimit", file.toString(),
                        Message.of("yamlLimit.document", YamlReader.MAX_DOCUMENT)));
            }
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new ClusterAccessException(Message.of("clusterError.kubeconfigNotUtf8", file.toString()));
        } catch (IOException e) {
            throw new ClusterAccessException(Message.of("clusterError.kubeconfigUnreadable", file.toString(), FileProblem.reason(e)));
        }
        Object document;
        try {
            document = YamlReader.loadOne(text, file.toString());
        } catch (YamlReader.Problem e) {
            String at = file.toString();
            if (e.line().isEmpty()) {
                throw new ClusterAccessException(e.isLimit() ? Message.of("clusterError.kubeconfigLimit", at, e.what())
                        : Message.of("clusterError.kubeconfigYaml", at)); // its text might quote the file
            }
            String line = String.valueOf(e.line().get());
            String column = String.valueOf(e.column().orElse(1));
            throw new ClusterAccessException(Message.of(e.isLimit() ? "clusterError.kubeconfigLimitAt" : "clusterError.kubeconfigYamlAt",
                    at, line, column, e.what()));
        }
        if (document == null) {
            return new Config(); // an empty file, which kubectl accepts too
        }
        if (!(document instanceof Map<?, ?>)) {
            throw new ClusterAccessException(Message.of("clusterError.kubeconfigNotMapping", file.toString()));
        }
        try {
            return KubeConfigUtils.parseConfig(file.toFile());
        } catch (RuntimeException e) {
            throw new ClusterAccessException(wrongField(file, e));
        }
    }

    /** Where the typed reading failed ({@code clusters[0].cluster}), without the value found there. */
    private static Message wrongField(Path file, Throwable e) {
        return TypeProblem.field(e)
                .map(field -> Message.of("clusterError.kubeconfigWrongTypeAt", file.toString(), field))
                .orElseGet(() -> Message.of("clusterError.kubeconfigWrongType", file.toString()));
    }

    /** The files read. */
    public KubeconfigFiles files() {
        return files;
    }

    /** Every context of the merged files, in the order they are declared. */
    public List<KubeContext> contexts() {
        return contexts.values().stream().map(this::describe).toList();
    }

    /** The current context's name, when a file sets one. */
    public Optional<String> currentContext() {
        return current;
    }

    /**
     * The context to use: the one named, else the current one.
     *
     * @throws ClusterAccessException when the name is unknown, no current context is set, or the
     *     context names a cluster or user that no file defines
     */
    public KubeContext context(Optional<String> name) throws ClusterAccessException {
        String chosen = name.or(() -> current).orElseThrow(() -> new ClusterAccessException(
                Message.of("clusterError.noCurrentContext", files.describe(), available())));
        NamedContext context = contexts.get(chosen);
        if (context == null) {
            throw new ClusterAccessException(Message.of("clusterError.noContext", chosen, files.describe(), available()));
        }
        String cluster = context.getContext().getCluster();
        if (cluster == null || !clusters.containsKey(cluster) || clusters.get(cluster).getCluster() == null) {
            throw new ClusterAccessException(Message.of("clusterError.contextCluster", chosen, String.valueOf(cluster), files.describe()));
        }
        if (server(cluster).isEmpty()) {
            throw new ClusterAccessException(Message.of("clusterError.noServer", cluster, chosen));
        }
        String user = context.getContext().getUser();
        if (user != null && !user.isBlank() && !users.containsKey(user)) {
            throw new ClusterAccessException(Message.of("clusterError.contextUser", chosen, user, files.describe()));
        }
        return describe(context);
    }

    private Message available() {
        return contexts.isEmpty() ? Message.of("clusterError.definesNoContext")
                : Message.of("clusterError.contexts", String.join(", ", contexts.keySet()));
    }

    private KubeContext describe(NamedContext context) {
        var c = context.getContext();
        return new KubeContext(context.getName(), text(c.getCluster()), text(c.getUser()), text(c.getNamespace()), server(c.getCluster()));
    }

    private String server(String cluster) {
        NamedCluster named = cluster == null ? null : clusters.get(cluster);
        Cluster c = named == null ? null : named.getCluster();
        return c == null ? "" : text(c.getServer());
    }

    /** The parsed files, first first, for fabric8's merge. */
    List<Config> parsed() {
        return parsed;
    }

    /** The user entry a context uses, if it names one that exists. */
    Optional<AuthInfo> user(KubeContext context) {
        NamedAuthInfo user = users.get(context.user());
        return user == null ? Optional.empty() : Optional.ofNullable(user.getUser());
    }

    /** The file that defines a context's user, for a token file given relative to it. */
    Optional<Path> userFile(KubeContext context) {
        NamedAuthInfo user = users.get(context.user());
        Object file = user == null ? null : user.getAdditionalProperties().get("KUBERNETES_CONFIG_AUTH_INFO_FILE_KEY");
        return file instanceof java.io.File f ? Optional.of(f.toPath()) : Optional.empty();
    }

    /** Every secret a context's user entry holds, so that messages can be cleaned of them. */
    Set<String> secrets(KubeContext context) {
        Set<String> secrets = new LinkedHashSet<>();
        user(context).ifPresent(u -> {
            secrets.add(text(u.getToken()));
            secrets.add(text(u.getPassword()));
            secrets.add(text(u.getClientKeyData()));
            if (u.getAuthProvider() != null && u.getAuthProvider().getConfig() != null) {
                secrets.addAll(u.getAuthProvider().getConfig().values());
            }
        });
        secrets.removeIf(s -> s == null || s.length() < 6);
        return secrets;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
