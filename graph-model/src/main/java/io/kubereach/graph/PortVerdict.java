package io.kubereach.graph;

import io.kubereach.model.Protocol;
import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.List;

/**
 * The verdict for one port between one pair of pods (or a pod and an address) behind a traffic edge.
 *
 * @param from the connecting pod or address
 * @param to the accepting pod or address
 * @param protocol the protocol
 * @param port the destination port
 * @param allowed whether the connection is allowed
 * @param explanation the engine's explanation as messages, one sentence per fact (both sides, caveats)
 */
public record PortVerdict(String from, String to, Protocol protocol, int port, boolean allowed, List<Message> explanation) {

    public PortVerdict {
        explanation = List.copyOf(explanation);
    }

    /** The explanation in English, one sentence per fact. */
    public List<String> reasons() {
        return reasons(Language.ENGLISH);
    }

    /** The explanation in a language, one sentence per fact. */
    public List<String> reasons(Language language) {
        MessageText text = MessageText.in(language);
        return explanation.stream().map(text::render).toList();
    }
}
