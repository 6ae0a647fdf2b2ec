package io.kubereach.proxy;

import io.kubereach.model.Service;

/**
 * Something wrong with a Service that makes connections to it fail whatever policy says.
 *
 * @param service the Service
 * @param kind what is wrong
 * @param message the finding in words, naming the Service
 */
public record ServiceFinding(Service service, Kind kind, String message) {

    /** What can be wrong. */
    public enum Kind {
        /** No ready backend at all: every connection fails. */
        NO_READY_BACKEND,
        /** A named targetPort that none of the ready backends declares: every connection to that port fails. */
        TARGET_PORT_UNRESOLVED
    }
}
