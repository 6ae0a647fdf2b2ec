package io.kubereach.source;

import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.kubereach.model.LabelRequirement;
import io.kubereach.model.LabelSelector;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a label selector into the model, rejecting what apimachinery rejects (rule 11). */
final class LabelSelectorConverter {

    private LabelSelectorConverter() {
    }

    static LabelSelector convert(io.fabric8.kubernetes.api.model.LabelSelector selector, ObjectOrigin origin, Message where)
            throws ManifestException {
        return convert(selector, origin, where, LabelKeySyntax.KUBERNETES);
    }

    /** A selector whose keys are written in {@code keys}' syntax, each checked as the label it names. */
    static LabelSelector convert(io.fabric8.kubernetes.api.model.LabelSelector selector, ObjectOrigin origin, Message where,
            LabelKeySyntax keys) throws ManifestException {
        Map<String, String> matchLabels = origin.labels(selector.getMatchLabels(), Message.of("sourceWhere.field", where, "matchLabels"), keys);
        List<LabelRequirement> requirements = new ArrayList<>();
        List<LabelSelectorRequirement> expressions =
                selector.getMatchExpressions() == null ? List.of() : selector.getMatchExpressions();
        for (int i = 0; i < expressions.size(); i++) {
            requirements.add(requirement(expressions.get(i), origin, Message.of("sourceWhere.matchExpression", where, String.valueOf(i + 1)), keys));
        }
        return new LabelSelector(matchLabels, requirements);
    }

    private static LabelRequirement requirement(LabelSelectorRequirement expression, ObjectOrigin origin, Message where,
            LabelKeySyntax keys) throws ManifestException {
        String key = expression.getKey();
        if (key == null || key.isBlank()) {
            throw origin.error("sourceError.selectorNoKey", where);
        }
        origin.checkLabelKey(keys.label(key), where);
        LabelRequirement.Operator operator = operator(expression.getOperator(), origin, where);
        Set<String> values = new LinkedHashSet<>(expression.getValues() == null ? List.of() : expression.getValues());
        for (String value : values) {
            origin.checkLabelValue(key, String.valueOf(value), where);
        }
        boolean needsValues = operator == LabelRequirement.Operator.IN || operator == LabelRequirement.Operator.NOT_IN;
        if (needsValues && values.isEmpty()) {
            throw origin.error("sourceError.operatorNeedsValues", where, String.valueOf(expression.getOperator()));
        }
        if (!needsValues && !values.isEmpty()) {
            throw origin.error("sourceError.operatorTakesNoValues", where, String.valueOf(expression.getOperator()));
        }
        return new LabelRequirement(key, operator, values);
    }

    private static LabelRequirement.Operator operator(String text, ObjectOrigin origin, Message where)
            throws ManifestException {
        if (text == null) {
            throw origin.error("sourceError.noOperator", where);
        }
        return switch (text) {
            case "In" -> LabelRequirement.Operator.IN;
            case "NotIn" -> LabelRequirement.Operator.NOT_IN;
            case "Exists" -> LabelRequirement.Operator.EXISTS;
            case "DoesNotExist" -> LabelRequirement.Operator.DOES_NOT_EXIST;
            default -> throw origin.error("sourceError.unknownOperator", where, text);
        };
    }
}
