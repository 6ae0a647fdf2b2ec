package io.kubereach.source;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.kubereach.model.KubeProxyConfig;
import io.kubereach.text.Message;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The {@code kube-system/kube-proxy} ConfigMap that kubeadm and most distributions write: its
 * {@code config.conf} key holds a {@code KubeProxyConfiguration} whose {@code mode} and
 * {@code ipvs.scheduler} say how Service traffic is balanced.
 */
final class KubeProxyConfigMap {

    /** Where kube-proxy's ConfigMap lives. */
    static final String NAMESPACE = "kube-system";
    /** Its name. */
    static final String NAME = "kube-proxy";
    /** The data key holding the configuration. */
    static final String KEY = "config.conf";

    private KubeProxyConfigMap() {
    }

    /** Whether an object of this kind, namespace and name is kube-proxy's ConfigMap. */
    static boolean is(String kind, String namespace, String name) {
        return "ConfigMap".equals(kind) && NAMESPACE.equals(namespace) && NAME.equals(name);
    }

    /**
     * The configuration the ConfigMap holds; empty, with a warning, when {@code config.conf} is
     * missing or not YAML. A missing mode or scheduler is left empty (kube-proxy's defaults).
     */
    static Optional<KubeProxyConfig> parse(ConfigMap map, ObjectOrigin origin, Consumer<Message> warnings) {
        String text = map.getData() == null ? null : map.getData().get(KEY);
        if (text == null) {
            warnings.accept(origin.warning(Message.of("sourceWarning.kubeProxyNoKey", KEY)));
            return Optional.empty();
        }
        Object document;
        try {
            document = new Load(LoadSettings.builder().setLabel(origin.toString()).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            warnings.accept(origin.warning(Message.of("sourceWarning.kubeProxyNotYaml", KEY)));
            return Optional.empty();
        }
        if (!(document instanceof Map<?, ?> config)) {
            warnings.accept(origin.warning(Message.of("sourceWarning.kubeProxyNotConfig", KEY)));
            return Optional.empty();
        }
        String mode = text(config.get("mode"));
        String scheduler = config.get("ipvs") instanceof Map<?, ?> ipvs ? text(ipvs.get("scheduler")) : "";
        return Optional.of(new KubeProxyConfig(mode, scheduler));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
