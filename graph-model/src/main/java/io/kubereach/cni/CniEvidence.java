package io.kubereach.cni;

import io.kubereach.text.Message;

/**
 * One object that told which CNI runs.
 *
 * @param object the object, e.g. {@code DaemonSet kube-flannel/kube-flannel-ds} or {@code node node-a}
 * @param fact what it said, e.g. {@code container kube-flannel runs docker.io/flannel/flannel:v0.25.1}
 */
public record CniEvidence(Message object, Message fact) {

    /** A DaemonSet whose container is a CNI's. */
    static CniEvidence daemonSet(String namespace, String name, String container, String image) {
        return new CniEvidence(Message.of("cni.evidence.daemonSet", namespace + "/" + name),
                Message.of("cni.evidence.container", container, image));
    }

    /** A node whose annotations tell: {@code fact} names them. */
    static CniEvidence node(String node, Message fact) {
        return new CniEvidence(Message.of("cni.evidence.node", node), fact);
    }

    /** {@code object: fact}. */
    public Message message() {
        return Message.of("cni.evidence", object, fact);
    }
}
