package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.Optional;

/**
 * One request a load makes, and the watch that keeps its result current: a kind listed in one
 * namespace or across all of them, or one object got by name.
 *
 * @param kind the kind
 * @param namespace the namespace; empty for all namespaces, or for a cluster-scoped kind
 * @param name the object's name when one object is got; empty for a list
 */
record Read(ResourceKind kind, Optional<String> namespace, Optional<String> name) {

    /** A list of a kind across all namespaces (or of a cluster-scoped kind). */
    static Read all(ResourceKind kind) {
        return new Read(kind, Optional.empty(), Optional.empty());
    }

    /** A list of a kind in one namespace. */
    static Read in(ResourceKind kind, String namespace) {
        return new Read(kind, Optional.of(namespace), Optional.empty());
    }

    /** One object by name, in a namespace for a namespaced kind. */
    static Read one(ResourceKind kind, Optional<String> namespace, String name) {
        return new Read(kind, namespace, Optional.of(name));
    }

    /** Whether an object this read returns is one of its objects (for replacing them after a relist). */
    boolean covers(HasMetadata object) {
        String ns = object.getMetadata().getNamespace();
        return namespace.map(n -> n.equals(ns)).orElse(true)
                && name.map(n -> n.equals(object.getMetadata().getName())).orElse(true);
    }

    /** The request, ready to list or watch. */
    FilterWatchListDeletable<HasMetadata, KubernetesResourceList<HasMetadata>, Resource<HasMetadata>> operation(
            KubernetesClient client) {
        MixedOperation<HasMetadata, KubernetesResourceList<HasMetadata>, Resource<HasMetadata>> all = resources(client);
        if (!kind.namespaced()) {
            return all;
        }
        return namespace.isPresent() ? all.inNamespace(namespace.get()) : all.inAnyNamespace();
    }

    /** The named object's request. */
    Resource<HasMetadata> resource(KubernetesClient client) {
        MixedOperation<HasMetadata, KubernetesResourceList<HasMetadata>, Resource<HasMetadata>> all = resources(client);
        String n = name.orElseThrow();
        return kind.namespaced() ? all.inNamespace(namespace.orElseThrow()).withName(n) : all.withName(n);
    }

    /** Every object of the kind: a typed client, or a generic one for a custom resource. */
    @SuppressWarnings("unchecked")
    private MixedOperation<HasMetadata, KubernetesResourceList<HasMetadata>, Resource<HasMetadata>> resources(KubernetesClient client) {
        MixedOperation<?, ?, ?> all = kind.genericApiVersion().isPresent()
                ? client.genericKubernetesResources(definition())
                : client.resources(kind.type());
        return (MixedOperation<HasMetadata, KubernetesResourceList<HasMetadata>, Resource<HasMetadata>>) all;
    }

    /** Where a custom resource is served, named without asking the server (which may not serve it at all). */
    private ResourceDefinitionContext definition() {
        String apiVersion = kind.genericApiVersion().orElseThrow();
        return new ResourceDefinitionContext.Builder()
                .withGroup(apiVersion.substring(0, apiVersion.indexOf('/')))
                .withVersion(apiVersion.substring(apiVersion.indexOf('/') + 1))
                .withKind(kind.kind())
                .withPlural(kind.plural().toLowerCase(java.util.Locale.ROOT))
                .withNamespaced(kind.namespaced())
                .build();
    }

    /** What this read covers, for messages: {@code NetworkPolicies in namespace shop}. */
    String describe() {
        return MessageText.english(phrase());
    }

    /** What this read covers, as a message for any language. */
    Message phrase() {
        if (name.isPresent()) {
            return Message.verbatim(kind.kind() + " " + namespace.map(n -> n + "/").orElse("") + name.get());
        }
        if (!kind.namespaced()) {
            return Message.verbatim(kind.plural());
        }
        return namespace.isPresent() ? Message.of("clusterError.read.inNamespace", kind.plural(), namespace.get())
                : Message.of("clusterError.read.anyNamespace", kind.plural());
    }
}
