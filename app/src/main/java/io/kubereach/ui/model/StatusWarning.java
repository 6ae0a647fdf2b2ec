package io.kubereach.ui.model;

import io.kubereach.text.Message;
import java.util.List;

/**
 * One warning of the status bar, as data for the view to put into words.
 *
 * @param kind what it is about
 * @param subject what it concerns (a CNI, a namespace, a pod, a Service), as a message: mostly a name as the source gives it
 * @param reason the rest, as a message to show in the UI's language, possibly empty text
 * @param count how many objects it covers, when it covers several
 * @param examples some of them by name
 */
public record StatusWarning(Kind kind, Message subject, Message reason, int count, List<String> examples) {

    /** What a warning is about. */
    public enum Kind {
        /** The CNI does not enforce NetworkPolicy: every verdict is intended, not enforced. */
        POLICY_NOT_ENFORCED,
        /** The source could not read a kind (missing permissions): what depends on it is unknown. */
        SOURCE_GAP,
        /** The source skipped something or could not read it. */
        SOURCE_WARNING,
        /** Pods on their node's network: policies do not isolate them as pods. */
        HOST_NETWORK,
        /** Two containers of a pod declare the same port. */
        PORT_CONFLICT,
        /** A Service no connection can reach whatever the policies say. */
        SERVICE_UNREACHABLE
    }

    public StatusWarning {
        examples = List.copyOf(examples);
    }

    /** A warning about something named as the source names it, the same in every language. */
    public StatusWarning(Kind kind, String subject, Message reason, int count, List<String> examples) {
        this(kind, Message.verbatim(subject), reason, count, examples);
    }
}
