package io.kubereach.model;

import java.util.HashMap;
import java.util.Map;

/**
 * A namespace and its labels, always including {@code kubernetes.io/metadata.name} (rule 12).
 *
 * @param name the namespace name
 * @param labels its labels
 */
public record Namespace(String name, Map<String, String> labels) {

    /** The label every namespace carries with its own name. */
    public static final String NAME_LABEL = "kubernetes.io/metadata.name";

    /** The namespace of objects that name none (rule 2). */
    public static final String DEFAULT = "default";

    public Namespace {
        Map<String, String> withName = new HashMap<>(labels);
        withName.put(NAME_LABEL, name); // the API server always sets it to the name
        labels = Map.copyOf(withName);
    }

    /** A namespace nobody declared, implied because objects use it. */
    public static Namespace implied(String name) {
        return new Namespace(name, Map.of());
    }
}
