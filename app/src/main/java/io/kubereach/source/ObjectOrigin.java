package io.kubereach.source;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.kubereach.model.IpAddress;
import io.kubereach.model.Namespace;
import io.kubereach.model.Protocol;
import io.kubereach.text.Message;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where one Kubernetes object came from and who it is, so that every message about it can
 * say {@code policies.yaml: NetworkPolicy default/deny-x: ...}.
 *
 * <p>Names, labels and port names are checked as the API server checks them: an object that
 * breaks a rule could never be stored in a cluster, yet netpol-analyzer and KubeReach read it
 * (the peer corpus has such names), each broken rule a warning that says so; the writers escape
 * whatever such a name holds that they cannot show.
 *
 * @param source the file (or cluster context) the object was read from
 * @param kind the object's kind
 * @param namespace its namespace, {@code default} when it names none; empty for cluster-scoped kinds
 * @param name its name
 * @param warnings where warnings about the object go
 */
record ObjectOrigin(String source, String kind, String namespace, String name, Consumer<Message> warnings) {

    /** The origin of a namespaced object, failing when it has no name. */
    static ObjectOrigin of(String source, HasMetadata object, Consumer<Message> warnings) throws ManifestException {
        return of(source, object, true, warnings);
    }

    /** The origin of a cluster-scoped object (Namespace, Node), failing when it has no name. */
    static ObjectOrigin ofClusterScoped(String source, HasMetadata object, Consumer<Message> warnings) throws ManifestException {
        return of(source, object, false, warnings);
    }

    private static ObjectOrigin of(String source, HasMetadata object, boolean namespaced, Consumer<Message> warnings)
            throws ManifestException {
        String kind = object.getKind() == null || object.getKind().isBlank()
                ? object.getClass().getSimpleName() : object.getKind();
        ObjectMeta meta = object.getMetadata();
        String namespace = namespaced ? namespaceOf(meta) : "";
        String name = meta == null ? null : meta.getName();
        if (name == null || name.isBlank()) {
            throw new ManifestException(namespaced ? Message.of("sourceError.noNameIn", source, kind, namespace)
                    : Message.of("sourceError.noName", source, kind));
        }
        ObjectOrigin origin = new ObjectOrigin(source, kind, namespace, name, warnings);
        ApiValidation.objectName(kind, name).ifPresent(rule -> origin.refused("sourceWarning.invalidName", "metadata.name", name, rule));
        if (namespaced) {
            ApiValidation.dns1123Label(namespace).ifPresent(rule -> origin.refused("sourceWarning.invalidName", "metadata.namespace", namespace, rule));
        }
        return origin;
    }

    /** The namespace an object lives in; {@code default} when it names none (rule 2). */
    static String namespaceOf(ObjectMeta meta) {
        String namespace = meta == null ? null : meta.getNamespace();
        return namespace == null || namespace.isBlank() ? Namespace.DEFAULT : namespace;
    }

    /** An annotation map without nulls: a key written with no value has the empty value, as in Go. */
    static Map<String, String> annotations(Map<String, String> annotations) {
        if (annotations == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        annotations.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return copy;
    }

    /**
     * A label map (or selector's {@code matchLabels}) without nulls, a key with no value having
     * the empty value as in Go; a key or value the API server refuses is a warning naming {@code field}.
     */
    Map<String, String> labels(Map<String, String> labels, Message field) {
        return labels(labels, field, LabelKeySyntax.KUBERNETES);
    }

    /** As {@link #labels(Map, Message)}, for keys written in {@code keys}' syntax. */
    Map<String, String> labels(Map<String, String> labels, Message field, LabelKeySyntax keys) {
        Map<String, String> copy = annotations(labels);
        for (Map.Entry<String, String> label : copy.entrySet()) {
            checkLabelKey(keys.label(label.getKey()), field);
            checkLabelValue(label.getKey(), label.getValue(), field);
        }
        return copy;
    }

    /** Warns of a label key the API server refuses. */
    void checkLabelKey(String key, Message field) {
        ApiValidation.labelKey(key).ifPresent(rule -> refused("sourceWarning.invalidLabelKey", field, key, rule));
    }

    /** Warns of a label value the API server refuses. */
    void checkLabelValue(String key, String value, Message field) {
        ApiValidation.labelValue(value).ifPresent(rule -> refused("sourceWarning.invalidLabelValue", field, key, value, rule));
    }

    /**
     * Warns of a port name the API server refuses: a named port must hold a letter, so
     * {@code port: "80"} is a name (that no container declares), not the number 80.
     */
    void checkPortName(String name, Message where) {
        ApiValidation.portName(name).ifPresent(rule -> refused("sourceWarning.invalidPortName", where, name, rule));
    }

    /** A warning that the API server would refuse this object, and why. */
    private void refused(String key, Object... args) {
        warnings.accept(warning(Message.of(key, args)));
    }

    /** {@code namespace/name}, or the name alone for a cluster-scoped object. */
    String qualifiedName() {
        return namespace.isEmpty() ? name : namespace + "/" + name;
    }

    /**
     * An error about this object: {@code source: Kind namespace/name: what}, {@code what} a key of
     * the graph-model bundle and its arguments (names and numbers passed as text).
     */
    ManifestException error(String key, Object... args) {
        return new ManifestException(Message.of("sourceError.object", source, kind + " " + qualifiedName(), Message.of(key, args)));
    }

    /** The protocol a field names, TCP when it names none (rule 14); fails on any other protocol (rule 17). */
    Protocol protocol(String text, Message where) throws ManifestException {
        if (text == null || text.isBlank()) {
            return Protocol.TCP;
        }
        Optional<Protocol> protocol = Protocol.parse(text);
        if (protocol.isEmpty() || !protocol.get().name().equals(text.trim())) {
            throw error("sourceError.protocol", where, text);
        }
        return protocol.get();
    }

    /** The literal IP address a field holds; fails when it is not one. */
    IpAddress address(String text, Message where) throws ManifestException {
        Optional<IpAddress> address = IpAddress.parse(text == null ? "" : text);
        if (address.isEmpty()) {
            throw error("sourceError.notAddress", where, String.valueOf(text));
        }
        return address.get();
    }

    /** A warning about this object, worded like an error: {@code source: Kind namespace/name: what}. */
    Message warning(Message what) {
        return Message.of("sourceWarning.object", toString(), what);
    }

    @Override
    public String toString() {
        return source + ": " + kind + " " + qualifiedName();
    }
}
