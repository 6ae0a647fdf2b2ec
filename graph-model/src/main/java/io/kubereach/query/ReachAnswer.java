package io.kubereach.query;

import io.kubereach.model.Protocol;
import io.kubereach.text.Message;
import java.util.List;

/**
 * The answer to {@code FROM TO PORT/PROTO}.
 *
 * @param from the source as asked
 * @param to the destination as asked
 * @param port the port as asked: a number (the Service port for a Service), or a name
 * @param protocol the protocol of the connections judged (for a name, the one it stands for)
 * @param outcome allowed, partial, denied or unknown
 * @param hops every judged connection behind the outcome
 * @param notes facts about the whole question (no backend, protocol not covered, …), to be rendered in the reader's language
 */
public record ReachAnswer(String from, String to, PortQuery port, Protocol protocol, Outcome outcome, List<Hop> hops, List<Message> notes) {

    public ReachAnswer {
        hops = List.copyOf(hops);
        notes = List.copyOf(notes);
    }

    /** {@code FROM TO PORT/PROTO VERDICT}, the line scripts parse; PORT is the name when asked by name. */
    public String line() {
        return from + " " + to + " " + port.with(protocol).text() + " " + outcome.word();
    }
}
