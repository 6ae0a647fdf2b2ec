package io.kubereach.model;

/**
 * The pods a cluster-wide policy applies to ({@code spec.subject}): exactly one of namespaces
 * or pods. Host-network pods are never a subject.
 */
public sealed interface PolicySubject {

    /** Whether a pod in this namespace with these labels is a subject. */
    boolean selects(Pod pod, Namespace namespace);

    /**
     * Every pod of the namespaces the selector matches.
     *
     * @param namespaces the namespace selector ({@code {}}: every namespace)
     */
    record Namespaces(LabelSelector namespaces) implements PolicySubject {
        @Override
        public boolean selects(Pod pod, Namespace namespace) {
            return !pod.hostNetwork() && namespaces.matches(namespace.labels());
        }
    }

    /**
     * The pods matching the pod selector inside the namespaces matching the namespace selector.
     *
     * @param namespaces the namespace selector
     * @param pods the pod selector
     */
    record Pods(LabelSelector namespaces, LabelSelector pods) implements PolicySubject {
        @Override
        public boolean selects(Pod pod, Namespace namespace) {
            return !pod.hostNetwork() && namespaces.matches(namespace.labels()) && pods.matches(pod.labels());
        }
    }
}
