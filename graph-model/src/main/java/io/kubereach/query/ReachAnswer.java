package io.kubereach.query;

import io.kubereach.model.Protocol;
import java.util.List;

/**
 * The answer to {@code FROM TO PORT/PROTO}.
 *
 * @param from the source as asked
 * @param to the destination as asked
 * @param port the port as asked (the Service port for a Service)
 * @param protocol the protocol
 * @param outcome allowed, partial or denied
 * @param hops every judged connection behind the outcome
 * @param notes facts about the whole question (no backend, protocol not covered, …)
 */
public record ReachAnswer(String from, String to, int port, Protocol protocol, Outcome outcome, List<Hop> hops, List<String> notes) {

    public ReachAnswer {
        hops = List.copyOf(hops);
        notes = List.copyOf(notes);
    }

    /** {@code FROM TO PORT/PROTO VERDICT}, the line scripts parse. */
    public String line() {
        return from + " " + to + " " + port + "/" + protocol + " " + outcome.word();
    }
}
