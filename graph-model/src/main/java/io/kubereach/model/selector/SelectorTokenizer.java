package io.kubereach.model.selector;

import io.kubereach.text.Message;
import io.kubereach.model.selector.SelectorToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Calico selector into tokens the way Calico's {@code tokenizer.go} does: spaces and
 * tabs separate tokens; strings are quoted with {@code '} or {@code "} and have no escapes;
 * labels are letters, digits and {@code _ . / -}; after a label only an operator may follow
 * ({@code not in}, {@code starts with}, {@code ends with} may also be written as one word);
 * {@code has(}, {@code all(} and {@code global(} are written without a space before the parenthesis.
 */
final class SelectorTokenizer {

    /** Calico's {@code MaxLabelLength}. */
    static final int MAX_LABEL_LENGTH = 512;

    private final String input;
    private final List<SelectorToken> tokens = new ArrayList<>();
    private int at;

    private SelectorTokenizer(String input) {
        this.input = input;
    }

    /** The tokens of a selector, ending with {@link Kind#EOF}. */
    static List<SelectorToken> tokenize(String input) throws CalicoSelectorException {
        SelectorTokenizer tokenizer = new SelectorTokenizer(input);
        tokenizer.run();
        return List.copyOf(tokenizer.tokens);
    }

    private void run() throws CalicoSelectorException {
        while (true) {
            skipBlanks();
            if (at >= input.length()) {
                add(Kind.EOF, "", at);
                return;
            }
            char c = input.charAt(at);
            switch (c) {
                case '(' -> single(Kind.LPAREN, "(");
                case ')' -> single(Kind.RPAREN, ")");
                case '{' -> single(Kind.LBRACE, "{");
                case '}' -> single(Kind.RBRACE, "}");
                case ',' -> single(Kind.COMMA, ",");
                case '"', '\'' -> string(c);
                case '=' -> pair("==", Kind.EQ, Message.of("calicoSelector.expectedEquals"));
                case '&' -> pair("&&", Kind.AND, Message.of("calicoSelector.expectedAnd"));
                case '|' -> pair("||", Kind.OR, Message.of("calicoSelector.expectedOr"));
                case '!' -> {
                    if (input.startsWith("!=", at)) {
                        add(Kind.NE, "!=", at);
                        at += 2;
                    } else {
                        single(Kind.NOT, "!");
                    }
                }
                default -> word();
            }
        }
    }

    private void word() throws CalicoSelectorException {
        SelectorToken last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (last != null && last.kind() == Kind.LABEL) {
            operator(last.text());
        } else if (input.startsWith("has(", at)) {
            int start = at;
            at += 4;
            skipBlanks();
            String label = label();
            closeCall("has", start);
            add(Kind.HAS, label, start);
        } else if (input.startsWith("all(", at)) {
            int start = at;
            at += 4;
            closeCall("all", start);
            add(Kind.ALL, "all()", start);
        } else if (input.startsWith("global(", at)) {
            int start = at;
            at += 7;
            closeCall("global", start);
            add(Kind.GLOBAL, "global()", start);
        } else {
            int start = at;
            add(Kind.LABEL, label(), start);
        }
    }

    /** The operator after a label; Calico accepts {@code notin}, {@code startswith} and {@code endswith} too. */
    private void operator(String label) throws CalicoSelectorException {
        int start = at;
        if (words("contains")) {
            add(Kind.CONTAINS, "contains", start);
        } else if (words("starts", "with")) {
            add(Kind.STARTS_WITH, "starts with", start);
        } else if (words("ends", "with")) {
            add(Kind.ENDS_WITH, "ends with", start);
        } else if (words("not", "in")) {
            add(Kind.NOT_IN, "not in", start);
        } else if (words("in")) {
            add(Kind.IN, "in", start);
        } else {
            throw error(start, Message.of("calicoSelector.expectedOperator", label));
        }
    }

    /**
     * Consumes the words when the text after them is a word boundary. Several words may have
     * blanks between them (or none), and the boundary is checked after the blanks that follow the
     * last one, as Calico's {@code cutMultiWordPrefixCheckBreak} does; a single word is checked
     * right after it ({@code cutPrefixCheckBreak}).
     */
    private boolean words(String... words) {
        int i = at;
        for (String word : words) {
            if (!input.startsWith(word, i)) {
                return false;
            }
            i += word.length();
            if (words.length > 1) {
                while (i < input.length() && isBlank(input.charAt(i))) {
                    i++;
                }
            }
        }
        if (i < input.length() && isLabelChar(input.charAt(i))) {
            return false;
        }
        at = i;
        return true;
    }

    private void closeCall(String name, int start) throws CalicoSelectorException {
        skipBlanks();
        if (at >= input.length() || input.charAt(at) != ')') {
            throw error(at, Message.of("calicoSelector.unclosedCall", name));
        }
        at++;
    }

    private String label() throws CalicoSelectorException {
        int start = at;
        while (at < input.length() && isLabelChar(input.charAt(at))) {
            at++;
        }
        if (at == start) {
            if (at >= input.length()) {
                throw error(at, Message.of("calicoSelector.expectedLabel"));
            }
            throw error(at, Message.of("calicoSelector.unexpectedCharacter", String.valueOf(input.charAt(at))));
        }
        if (at - start > MAX_LABEL_LENGTH) {
            throw error(start, Message.of("calicoSelector.labelTooLong", String.valueOf(MAX_LABEL_LENGTH)));
        }
        return input.substring(start, at);
    }

    private void string(char quote) throws CalicoSelectorException {
        int close = input.indexOf(quote, at + 1);
        if (close < 0) {
            throw error(at, Message.of("calicoSelector.unterminatedString"));
        }
        add(Kind.STRING, input.substring(at + 1, close), at);
        at = close + 1;
    }

    private void pair(String text, Kind kind, Message otherwise) throws CalicoSelectorException {
        if (!input.startsWith(text, at)) {
            throw error(at, otherwise);
        }
        add(kind, text, at);
        at += text.length();
    }

    private void single(Kind kind, String text) {
        add(kind, text, at);
        at++;
    }

    private void add(Kind kind, String text, int index) {
        tokens.add(new SelectorToken(kind, text, index + 1));
    }

    private void skipBlanks() {
        while (at < input.length() && isBlank(input.charAt(at))) {
            at++;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Calico's {@code identifierChar}. */
    static boolean isLabelChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '_' || c == '.' || c == '/' || c == '-';
    }

    private static CalicoSelectorException error(int index, Message reason) {
        return new CalicoSelectorException(index + 1, reason);
    }
}
