package io.kubereach.proxy;

import io.kubereach.engine.Verdict;

/**
 * What one backend received in a simulation, and what policy made of it.
 *
 * @param backend the backend and its target port
 * @param targetPort the port the connections land on
 * @param connections how many connections kube-proxy sent to it
 * @param allowed how many of them policy lets through
 * @param sample the verdict of its first connection, or, when it got none, of the first client's
 */
public record BackendLoad(ServiceBackend backend, int targetPort, int connections, int allowed, Verdict sample) {

    /** How many of its connections policy drops. */
    public int denied() {
        return connections - allowed;
    }

    /**
     * {@code allowed} or {@code denied} by policy; {@code partial} when clients or entry nodes
     * differ in verdict. A backend that got no connection says what its first client would get.
     */
    public String verdictWord() {
        if (connections == 0) {
            return sample.allowed() ? "allowed" : "denied";
        }
        if (allowed == connections) {
            return "allowed";
        }
        return allowed == 0 ? "denied" : "partial";
    }

    /** {@code NAMESPACE/POD COUNT VERDICT} (an address for a backend outside the cluster). */
    public String line() {
        return backend.peer() + " " + connections + " " + verdictWord();
    }
}
