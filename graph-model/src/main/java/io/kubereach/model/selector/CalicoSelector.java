package io.kubereach.model.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A Calico label selector expression ({@code role == 'db' && !has(canary)}), parsed by
 * {@link CalicoSelectorParser}. One verb: {@link #matches}. The semantics are those of Calico's
 * {@code libcalico-go/lib/selector/parser/ast.go}: {@code !=} and {@code not in} match an object
 * that lacks the label, every other comparison needs the label present.
 *
 * <p>{@link #toString()} writes the expression back in Calico's canonical form (double quotes
 * unless the value holds one, {@code in} sets sorted, every {@code &&} and {@code ||} group in
 * parentheses), so equal selectors print alike and the text parses back to the same selector.
 */
public sealed interface CalicoSelector {

    /** The selector that matches everything: {@code all()}, also what an empty selector means. */
    CalicoSelector ALL = new All();

    /** Whether an object with these labels is selected. */
    boolean matches(Map<String, String> labels);

    /**
     * The same expression with every label name rewritten, as Calico does when it prefixes a
     * namespace selector with {@code pcns.} or a service-account selector with {@code pcsa.}.
     */
    default CalicoSelector mapLabels(UnaryOperator<String> rename) {
        return this;
    }

    /** {@code all()}: matches every in-scope object. */
    record All() implements CalicoSelector {
        @Override
        public boolean matches(Map<String, String> labels) {
            return true;
        }

        @Override
        public String toString() {
            return "all()";
        }
    }

    /**
     * {@code global()}: true on its own; as a rule's {@code namespaceSelector} it widens the
     * scope to objects that belong to no namespace (network sets, host endpoints).
     */
    record Global() implements CalicoSelector {
        @Override
        public boolean matches(Map<String, String> labels) {
            return true;
        }

        @Override
        public String toString() {
            return "global()";
        }
    }

    /**
     * {@code has(label)}.
     *
     * @param label the label name
     */
    record Has(String label) implements CalicoSelector {
        @Override
        public boolean matches(Map<String, String> labels) {
            return labels.containsKey(label);
        }

        @Override
        public CalicoSelector mapLabels(UnaryOperator<String> rename) {
            return new Has(rename.apply(label));
        }

        @Override
        public String toString() {
            return "has(" + label + ")";
        }
    }

    /**
     * A comparison of one label's value with a string: {@code ==}, {@code !=}, {@code contains},
     * {@code starts with}, {@code ends with}.
     *
     * @param label the label name
     * @param operator how the value is compared
     * @param value the string compared with
     */
    record Compare(String label, Comparison operator, String value) implements CalicoSelector {
        @Override
        public boolean matches(Map<String, String> labels) {
            String actual = labels.get(label);
            if (actual == null) {
                return operator == Comparison.NOT_EQUAL;
            }
            return switch (operator) {
                case EQUAL -> actual.equals(value);
                case NOT_EQUAL -> !actual.equals(value);
                case CONTAINS -> actual.contains(value);
                case STARTS_WITH -> actual.startsWith(value);
                case ENDS_WITH -> actual.endsWith(value);
            };
        }

        @Override
        public CalicoSelector mapLabels(UnaryOperator<String> rename) {
            return new Compare(rename.apply(label), operator, value);
        }

        @Override
        public String toString() {
            return label + " " + operator.word() + " " + quoted(value);
        }
    }

    /** The comparisons of one label with one string. */
    enum Comparison {
        EQUAL("=="), NOT_EQUAL("!="), CONTAINS("contains"), STARTS_WITH("starts with"), ENDS_WITH("ends with");

        private final String word;

        Comparison(String word) {
            this.word = word;
        }

        /** The operator as written in a selector. */
        public String word() {
            return word;
        }
    }

    /**
     * {@code label in {...}} or, negated, {@code label not in {...}}.
     *
     * @param label the label name
     * @param values the set
     * @param negated whether this is {@code not in}, which also matches objects without the label
     */
    record InSet(String label, Set<String> values, boolean negated) implements CalicoSelector {
        public InSet {
            values = Set.copyOf(values);
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            String actual = labels.get(label);
            if (actual == null) {
                return negated;
            }
            return values.contains(actual) != negated;
        }

        @Override
        public CalicoSelector mapLabels(UnaryOperator<String> rename) {
            return new InSet(rename.apply(label), values, negated);
        }

        @Override
        public String toString() {
            String set = new TreeSet<>(values).stream().map(CalicoSelector::quoted).collect(Collectors.joining(", "));
            return label + (negated ? " not in {" : " in {") + set + "}";
        }
    }

    /**
     * {@code !expression}.
     *
     * @param operand the negated expression
     */
    record Not(CalicoSelector operand) implements CalicoSelector {
        @Override
        public boolean matches(Map<String, String> labels) {
            return !operand.matches(labels);
        }

        @Override
        public CalicoSelector mapLabels(UnaryOperator<String> rename) {
            return new Not(operand.mapLabels(rename));
        }

        @Override
        public String toString() {
            return "!" + operand;
        }
    }

    /**
     * {@code a && b && ...}.
     *
     * @param operands two or more expressions that must all match
     */
    record And(List<CalicoSelector> operands) implements CalicoSelector {
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            return operands.stream().allMatch(o -> o.matches(labels));
        }

        @Override
        public CalicoSelector mapLabels(UnaryOperator<String> rename) {
            return new And(operands.stream().map(o -> o.mapLabels(rename)).toList());
        }

        @Override
        public String toString() {
            return operands.stream().map(CalicoSelector::toString).collect(Collectors.joining(" && ", "(", ")"));
        }
    }

    /**
     * {@code a || b || ...}.
     *
     * @param operands two or more expressions of which one must match
     */
    record Or(List<CalicoSelector> operands) implements CalicoSelector {
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public boolean matches(Map<String, String> labels) {
            return operands.stream().anyMatch(o -> o.matches(labels));
        }

        @Override
        public CalicoSelector mapLabels(UnaryOperator<String> rename) {
            return new Or(operands.stream().map(o -> o.mapLabels(rename)).toList());
        }

        @Override
        public String toString() {
            return operands.stream().map(CalicoSelector::toString).collect(Collectors.joining(" || ", "(", ")"));
        }
    }

    /** Both selectors: {@code a && b}, flattened. */
    static CalicoSelector and(CalicoSelector a, CalicoSelector b) {
        List<CalicoSelector> all = new ArrayList<>();
        for (CalicoSelector s : List.of(a, b)) {
            if (s instanceof And and) {
                all.addAll(and.operands());
            } else {
                all.add(s);
            }
        }
        return new And(all);
    }

    /** A string literal as Calico writes it: in double quotes, or single quotes when it holds a double quote. */
    private static String quoted(String value) {
        return value.contains("\"") ? "'" + value + "'" : "\"" + value + "\"";
    }
}
