package io.kubereach.proxy;

import io.kubereach.engine.Peer;
import io.kubereach.text.Message;
import java.util.List;
import java.util.Optional;

/**
 * Where a Service sends one connection after DNAT: a backend and the port it lands on.
 *
 * @param peer the backend pod, or an address outside the cluster (a hand-written endpoint)
 * @param targetPort the port on the backend, empty when a named targetPort does not resolve there
 * @param remarks why the backend is there or why it cannot take the connection, empty when plain
 */
public record ServiceBackend(Peer peer, Optional<Integer> targetPort, List<Message> remarks) {

    public ServiceBackend {
        remarks = List.copyOf(remarks);
    }

    /** The remarks as one message, joined with "; " (empty text when plain). */
    public Message remark() {
        if (remarks.isEmpty()) {
            return Message.verbatim("");
        }
        Message out = remarks.get(0);
        for (int i = 1; i < remarks.size(); i++) {
            out = Message.of("backend.remarkJoin", out, remarks.get(i));
        }
        return out;
    }
}
