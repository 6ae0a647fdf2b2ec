package io.kubereach.cni;

/**
 * One object that told which CNI runs.
 *
 * @param object the object, e.g. {@code DaemonSet kube-flannel/kube-flannel-ds} or {@code node node-a}
 * @param fact what it said, e.g. {@code container kube-flannel runs docker.io/flannel/flannel:v0.25.1}
 */
public record CniEvidence(String object, String fact) {

    /** {@code object: fact}. */
    @Override
    public String toString() {
        return object + ": " + fact;
    }
}
