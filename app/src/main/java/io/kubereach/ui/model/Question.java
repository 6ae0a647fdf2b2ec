package io.kubereach.ui.model;

import io.kubereach.model.PortProtocol;
import java.util.Optional;

/**
 * "Can FROM reach TO on PORT/PROTO?" as the question bar asks it: each end as a person writes it
 * ({@code NAMESPACE/NAME} for a pod or workload, {@code svc:NAMESPACE/NAME}, an IP address or a
 * CIDR), the port optional (without it, every port the destination serves). Its {@link #id()} is
 * a selection id, so a question is selected, remembered and answered like anything else.
 *
 * @param from the connecting end as written
 * @param to the accepting end as written
 * @param port the port asked about; empty for every port served
 */
public record Question(String from, String to, Optional<PortProtocol> port) {

    private static final String PREFIX = "question:";

    public Question {
        from = from.trim();
        to = to.trim();
        if (from.isEmpty() || to.isEmpty() || from.contains(" ") || to.contains(" ")) {
            throw new IllegalArgumentException("a question needs two ends without spaces: '" + from + "', '" + to + "'");
        }
    }

    /** {@code question:FROM TO [PORT/PROTO]}. */
    public String id() {
        return PREFIX + from + " " + to + port.map(p -> " " + p).orElse("");
    }

    /** The question a selection id names, if it names one. */
    public static Optional<Question> parse(String id) {
        if (!id.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] words = id.substring(PREFIX.length()).split(" ");
        if (words.length < 2 || words.length > 3) {
            return Optional.empty();
        }
        Optional<PortProtocol> port = words.length == 3 ? PortProtocol.parse(words[2]) : Optional.empty();
        if (words.length == 3 && port.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Question(words[0], words[1], port));
    }
}
