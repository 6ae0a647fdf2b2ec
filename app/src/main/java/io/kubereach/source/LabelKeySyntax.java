package io.kubereach.source;

/**
 * How a selector writes its label keys, so that a key is checked as the API server checks the
 * label it stands for: Kubernetes keys as they are; Cilium keys may start with a label source
 * ({@code k8s:app}, {@code any:app}, {@code reserved:host}), which is not part of the label.
 */
enum LabelKeySyntax {
    KUBERNETES,
    CILIUM;

    /** The part of a written key that names a label. */
    String label(String written) {
        return switch (this) {
            case KUBERNETES -> written;
            case CILIUM -> written.substring(written.indexOf(':') + 1);
        };
    }
}
