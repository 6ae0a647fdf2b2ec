package io.kubereach.query;

import io.kubereach.engine.Verdict;
import io.kubereach.text.Message;
import java.util.Optional;

/**
 * One judged connection of an answer: a pair of pods, or a source pod and one Service backend.
 *
 * @param verdict the engine's verdict, empty when the connection cannot even be attempted
 * @param via the whole path when it is not direct (e.g. "shop/client → svc:shop/web 80/TCP → shop/web-1:8080"), empty when direct
 * @param note why it cannot be attempted, or a fact about the backend, when there is one
 */
public record Hop(Optional<Verdict> verdict, String via, Optional<Message> note) {

    /** Whether this connection is known to be allowed. */
    public boolean allowed() {
        return verdict.map(Verdict::allowed).orElse(false);
    }

    /** Whether it is unknown whether this connection is allowed. */
    public boolean unknown() {
        return verdict.map(Verdict::unknown).orElse(false);
    }
}
