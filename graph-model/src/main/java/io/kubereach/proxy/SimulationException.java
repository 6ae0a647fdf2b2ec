package io.kubereach.proxy;

import io.kubereach.text.Message;
import io.kubereach.text.MessageText;

/** A simulation that cannot run as asked: an ExternalName Service, a port it lacks, an unknown mode, … */
public final class SimulationException extends RuntimeException {

    private final transient Message reason;

    /** A refusal as a message; {@link #getMessage()} is its English text. */
    public SimulationException(Message reason) {
        super(MessageText.english(reason));
        this.reason = reason;
    }

    /** Why the simulation cannot run, to be shown in the reader's language. */
    public Message reason() {
        return reason;
    }
}
