package io.kubereach.model.selector;

import io.kubereach.text.Message;

/**
 * One token of a Calico selector.
 *
 * @param kind what it is
 * @param text the label name or string value; the operator as written otherwise
 * @param column its 1-based column in the selector text
 */
record SelectorToken(Kind kind, String text, int column) {

    /** The kinds of token of Calico's tokenizer ({@code tokenizer.go}). */
    enum Kind {
        LABEL, STRING, LBRACE, RBRACE, COMMA, EQ, NE, IN, NOT_IN, CONTAINS, STARTS_WITH, ENDS_WITH,
        ALL, GLOBAL, HAS, NOT, LPAREN, RPAREN, AND, OR, EOF
    }

    /** How the token reads in a message: the text as written, or "the end of the selector". */
    Message shown() {
        return switch (kind) {
            case EOF -> Message.of("calicoSelector.endOfText");
            case STRING -> Message.verbatim("'" + text + "'");
            case HAS -> Message.verbatim("has(" + text + ")");
            default -> Message.verbatim(text);
        };
    }
}
