package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Keys objects of one kind so that a store orders them as the API server lists them: by namespace, then name. */
final class ObjectKey {

    private ObjectKey() {
    }

    /**
     * Whether an object can be kept at all: it has metadata and a name. The API server never
     * sends one without, but a broken or hostile one might.
     */
    static boolean isNamed(HasMetadata object) {
        return object != null && object.getMetadata() != null && object.getMetadata().getName() != null
                && !object.getMetadata().getName().isBlank();
    }

    /** {@code namespace/name}, or the name alone for a cluster-scoped object. */
    static String of(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        String name = object.getMetadata().getName();
        return namespace == null || namespace.isEmpty() ? name : namespace + "/" + name;
    }
}
