package io.kubereach.source;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.kubereach.model.KubeProxyConfig;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the {@code kube-system/kube-proxy} ConfigMap that kubeadm (and most installers) write: its
 * {@code config.conf} is a {@code KubeProxyConfiguration} whose {@code mode} and
 * {@code ipvs.scheduler} say how Services are balanced. Anything unreadable is a warning, not an
 * error: it only leaves kube-proxy's defaults in place.
 */
final class KubeProxyConfigConverter {

    static final String NAMESPACE = "kube-system";
    static final String NAME = "kube-proxy";
    static final String KEY = "config.conf";

    private KubeProxyConfigConverter() {
    }

    /** Whether a ConfigMap is kube-proxy's. */
    static boolean isKubeProxy(ConfigMap configMap) {
        var meta = configMap.getMetadata();
        return meta != null && NAME.equals(meta.getName()) && NAMESPACE.equals(meta.getNamespace());
    }

    /** The configuration, or empty with a warning when {@code config.conf} is missing or not a YAML map. */
    static Optional<KubeProxyConfig> convert(ConfigMap configMap, ObjectOrigin origin, Consumer<String> warnings) {
        String text = configMap.getData() == null ? null : configMap.getData().get(KEY);
        if (text == null) {
            warnings.accept(origin.warning("has no data '" + KEY + "': kube-proxy's defaults are assumed"));
            return Optional.empty();
        }
        Object parsed;
        try {
            parsed = new Load(LoadSettings.builder().setLabel(origin.source()).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            warnings.accept(origin.warning(KEY + " is not valid YAML (" + e.getMessage().lines().findFirst().orElse("")
                    + "): kube-proxy's defaults are assumed"));
            return Optional.empty();
        }
        if (!(parsed instanceof Map<?, ?> config)) {
            warnings.accept(origin.warning(KEY + " is not a KubeProxyConfiguration: kube-proxy's defaults are assumed"));
            return Optional.empty();
        }
        String scheduler = config.get("ipvs") instanceof Map<?, ?> ipvs ? text(ipvs.get("scheduler")) : "";
        return Optional.of(new KubeProxyConfig(text(config.get("mode")), scheduler));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
