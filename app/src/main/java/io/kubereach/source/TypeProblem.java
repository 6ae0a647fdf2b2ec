package io.kubereach.source;

import io.kubereach.text.Message;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why a manifest's fields could not be read as their kind, in the manifest's own words — the field
 * ({@code spec.containers[0].ports[0].containerPort}) and what it must hold ("a number") — never
 * the Java or Jackson class the reader wanted.
 */
public final class TypeProblem {

    private TypeProblem() {
    }

    /** The reason a value could not be converted to a fabric8 object. */
    static Message reason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                String field = path(j);
                Message expected = t instanceof MismatchedInputException m ? expected(m.getTargetType()) : Message.of("valueType.other");
                return field.isEmpty() ? Message.of("sourceError.wrongValue", expected) : Message.of("sourceError.wrongField", field, expected);
            }
        }
        return Message.of("sourceError.unreadableFields");
    }

    /** The field a conversion failed at ({@code clusters[0].cluster.server}), when the failure says. */
    public static java.util.Optional<String> field(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j && !path(j).isEmpty()) {
                return java.util.Optional.of(path(j));
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code spec.containers[0].ports[0].containerPort}, from the exception's path. */
    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** What a field of this Java type holds, in words. */
    private static Message expected(Class<?> type) {
        if (type == null) {
            return Message.of("valueType.other");
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return Message.of("valueType.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Message.of("valueType.boolean");
        }
        if (type == String.class) {
            return Message.of("valueType.text");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Message.of("valueType.list");
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return Message.of("valueType.mapping");
        }
        return Message.of("valueType.other");
    }
}
