package io.kubereach.query;

import io.kubereach.model.Protocol;
import java.util.List;

/**
 * The answer to {@code FROM TO PORT/PROTO}.
 *
 * @param from the source as asked
 * @param to the destination as asked
 * @param port the port as asked (the Service port for a Service); 0 when asked by name
 * @param protocol the protocol
 * @param outcome allowed, partial, denied or unknown
 * @param hops every judged connection behind the outcome
 * @param notes facts about the whole question (no backend, protocol not covered, …)
 * @param portName the port's name when asked by name, empty otherwise
 */
public record ReachAnswer(String from, String to, int port, Protocol protocol, Outcome outcome, List<Hop> hops, List<String> notes,
        String portName) {

    public ReachAnswer {
        hops = List.copyOf(hops);
        notes = List.copyOf(notes);
    }

    /** The answer to a question that gives a port number. */
    public ReachAnswer(String from, String to, int port, Protocol protocol, Outcome outcome, List<Hop> hops, List<String> notes) {
        this(from, to, port, protocol, outcome, hops, notes, "");
    }

    /** {@code FROM TO PORT/PROTO VERDICT}, the line scripts parse; PORT is the name when asked by name. */
    public String line() {
        return from + " " + to + " " + (portName.isEmpty() ? String.valueOf(port) : portName) + "/" + protocol + " " + outcome.word();
    }
}
