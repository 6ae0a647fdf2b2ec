package io.kubereach.model.selector;

import io.kubereach.text.Message;
import io.kubereach.model.selector.CalicoSelector.Comparison;
import io.kubereach.model.selector.SelectorToken.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses Calico's selector language into a {@link CalicoSelector}, accepting and rejecting what
 * Calico's {@code libcalico-go/lib/selector/parser} does:
 *
 * <pre>
 * selector := ε | or                       (empty: all())
 * or       := and ( "||" and )*
 * and      := unary ( "&amp;&amp;" unary )*
 * unary    := "!"* primary
 * primary  := "(" or ")" | "all()" | "global()" | "has(" label ")"
 *           | label ( "==" | "!=" | "contains" | "starts with" | "ends with" ) string
 *           | label ( "in" | "not in" ) "{" [ string ( "," string )* [ "," ] ] "}"
 * </pre>
 *
 * Errors name the 1-based column of the selector text ({@link CalicoSelectorException#column()}).
 */
public final class CalicoSelectorParser {

    private final List<SelectorToken> tokens;
    private int next;

    private CalicoSelectorParser(List<SelectorToken> tokens) {
        this.tokens = tokens;
    }

    /**
     * The selector a text means; the empty (or blank) text is {@link CalicoSelector#ALL}.
     *
     * @throws CalicoSelectorException when Calico would reject the text
     */
    public static CalicoSelector parse(String text) throws CalicoSelectorException {
        CalicoSelectorParser parser = new CalicoSelectorParser(SelectorTokenizer.tokenize(text));
        if (parser.peek().kind() == Kind.EOF) {
            return CalicoSelector.ALL;
        }
        CalicoSelector selector = parser.or();
        SelectorToken rest = parser.peek();
        if (rest.kind() != Kind.EOF) {
            throw new CalicoSelectorException(rest.column(), Message.of("calicoSelector.trailing", rest.shown()));
        }
        return selector;
    }

    private CalicoSelector or() throws CalicoSelectorException {
        List<CalicoSelector> operands = new ArrayList<>();
        operands.add(and());
        while (peek().kind() == Kind.OR) {
            next++;
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new CalicoSelector.Or(operands);
    }

    private CalicoSelector and() throws CalicoSelectorException {
        List<CalicoSelector> operands = new ArrayList<>();
        operands.add(unary());
        while (peek().kind() == Kind.AND) {
            next++;
            operands.add(unary());
        }
        return operands.size() == 1 ? operands.get(0) : new CalicoSelector.And(operands);
    }

    /** Any number of {@code !} collapse to one negation or none, as Calico's parser does. */
    private CalicoSelector unary() throws CalicoSelectorException {
        boolean negated = false;
        while (peek().kind() == Kind.NOT) {
            negated = !negated;
            next++;
        }
        CalicoSelector operand = primary();
        return negated ? new CalicoSelector.Not(operand) : operand;
    }

    private CalicoSelector primary() throws CalicoSelectorException {
        SelectorToken token = take();
        return switch (token.kind()) {
            case HAS -> new CalicoSelector.Has(token.text());
            case ALL -> CalicoSelector.ALL;
            case GLOBAL -> new CalicoSelector.Global();
            case LABEL -> comparison(token);
            case LPAREN -> {
                CalicoSelector inner = or();
                SelectorToken close = take();
                if (close.kind() != Kind.RPAREN) {
                    throw new CalicoSelectorException(close.column(), Message.of("calicoSelector.expectedParenEnd", close.shown()));
                }
                yield inner;
            }
            case EOF -> throw new CalicoSelectorException(token.column(), Message.of("calicoSelector.unexpectedEnd"));
            default -> throw new CalicoSelectorException(token.column(), Message.of("calicoSelector.unexpected", token.shown()));
        };
    }

    private CalicoSelector comparison(SelectorToken label) throws CalicoSelectorException {
        SelectorToken operator = take();
        Comparison comparison = switch (operator.kind()) {
            case EQ -> Comparison.EQUAL;
            case NE -> Comparison.NOT_EQUAL;
            case CONTAINS -> Comparison.CONTAINS;
            case STARTS_WITH -> Comparison.STARTS_WITH;
            case ENDS_WITH -> Comparison.ENDS_WITH;
            case IN, NOT_IN -> null;
            default -> throw new CalicoSelectorException(operator.column(),
                    Message.of("calicoSelector.expectedOperator", label.text()));
        };
        if (comparison == null) {
            return new CalicoSelector.InSet(label.text(), set(operator), operator.kind() == Kind.NOT_IN);
        }
        SelectorToken value = take();
        if (value.kind() != Kind.STRING) {
            throw new CalicoSelectorException(value.column(), Message.of("calicoSelector.expectedString", operator.text()));
        }
        return new CalicoSelector.Compare(label.text(), comparison, value.text());
    }

    /** A set literal: strings separated by commas, a trailing comma allowed, the empty set too. */
    private Set<String> set(SelectorToken operator) throws CalicoSelectorException {
        SelectorToken open = take();
        if (open.kind() != Kind.LBRACE) {
            throw new CalicoSelectorException(open.column(), Message.of("calicoSelector.expectedSet", operator.text()));
        }
        Set<String> values = new LinkedHashSet<>();
        while (peek().kind() == Kind.STRING) {
            values.add(take().text());
            if (peek().kind() != Kind.COMMA) {
                break;
            }
            next++;
        }
        SelectorToken close = take();
        if (close.kind() != Kind.RBRACE) {
            throw new CalicoSelectorException(close.column(), Message.of("calicoSelector.expectedSetEnd", close.shown()));
        }
        return values;
    }

    private SelectorToken peek() {
        return tokens.get(next);
    }

    /** The next token; the final {@link Kind#EOF} is never passed. */
    private SelectorToken take() {
        SelectorToken token = tokens.get(next);
        if (token.kind() != Kind.EOF) {
            next++;
        }
        return token;
    }
}
