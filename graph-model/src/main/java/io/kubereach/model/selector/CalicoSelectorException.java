package io.kubereach.model.selector;

import io.kubereach.text.Message;
import io.kubereach.text.MessageText;

/**
 * A Calico selector that does not parse: where (the 1-based column of the selector text) and
 * why, as a message in the describe bundle.
 */
public final class CalicoSelectorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final transient Message reason;

    /**
     * @param column the 1-based column of the selector text where the problem is
     * @param reason what is wrong there
     */
    CalicoSelectorException(int column, Message reason) {
        super("column " + column + ": " + MessageText.english(reason));
        this.column = column;
        this.reason = reason;
    }

    /** The 1-based column of the selector text where the problem is. */
    public int column() {
        return column;
    }

    /** What is wrong, without the column. */
    public Message reason() {
        return reason;
    }

    /** What is wrong and where: {@code column 7: expected a quoted string after ==}. */
    public Message explanation() {
        return Message.of("calicoSelector.at", String.valueOf(column), reason);
    }
}
