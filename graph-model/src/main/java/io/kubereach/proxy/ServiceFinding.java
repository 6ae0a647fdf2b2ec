package io.kubereach.proxy;

import io.kubereach.model.Service;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;

/**
 * Something wrong with a Service that makes connections to it fail whatever policy says.
 *
 * @param service the Service
 * @param kind what is wrong
 * @param text the finding as a message, naming the Service
 */
public record ServiceFinding(Service service, Kind kind, Message text) {

    /** The finding in English words. */
    public String message() {
        return MessageText.english(text);
    }

    /** What can be wrong. */
    public enum Kind {
        /** No ready backend at all: every connection fails. */
        NO_READY_BACKEND,
        /** A named targetPort that none of the ready backends declares: every connection to that port fails. */
        TARGET_PORT_UNRESOLVED
    }
}
