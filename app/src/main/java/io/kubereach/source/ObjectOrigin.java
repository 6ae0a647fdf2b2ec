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

/**
 * Where one Kubernetes object came from and who it is, so that every message about it can
 * say {@code policies.yaml: NetworkPolicy default/deny-x: ...}.
 *
 * @param source the file (or cluster context) the object was read from
 * @param kind the object's kind
 * @param namespace its namespace, {@code default} when it names none; empty for cluster-scoped kinds
 * @param name its name
 */
record ObjectOrigin(String source, String kind, String namespace, String name) {

    /** The origin of a namespaced object, failing when it has no name. */
    static ObjectOrigin of(String source, HasMetadata object) throws ManifestException {
        return of(source, object, true);
    }

    /** The origin of a cluster-scoped object (Namespace, Node), failing when it has no name. */
    static ObjectOrigin ofClusterScoped(String source, HasMetadata object) throws ManifestException {
        return of(source, object, false);
    }

    private static ObjectOrigin of(String source, HasMetadata object, boolean namespaced) throws ManifestException {
        String kind = object.getKind() == null || object.getKind().isBlank()
                ? object.getClass().getSimpleName() : object.getKind();
        ObjectMeta meta = object.getMetadata();
        String namespace = namespaced ? namespaceOf(meta) : "";
        String name = meta == null ? null : meta.getName();
        if (name == null || name.isBlank()) {
            throw new ManifestException(namespaced ? Message.of("sourceError.noNameIn", source, kind, namespace)
                    : Message.of("sourceError.noName", source, kind));
        }
        return new ObjectOrigin(source, kind, namespace, name);
    }

    /** The namespace an object lives in; {@code default} when it names none (rule 2). */
    static String namespaceOf(ObjectMeta meta) {
        String namespace = meta == null ? null : meta.getNamespace();
        return namespace == null || namespace.isBlank() ? Namespace.DEFAULT : namespace;
    }

    /** A label map without nulls: a key written with no value has the empty value, as in Go. */
    static Map<String, String> labels(Map<String, String> labels) {
        if (labels == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        labels.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return copy;
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
