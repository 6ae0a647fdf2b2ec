package io.kubereach.source;

import io.kubereach.model.LabelSelector;
import io.kubereach.text.Message;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One map of a custom resource read as generic data (objects fabric8 has no class for), with
 * the place it sits at, so that every error names the field: {@code egress rule 2 peer 1 networks}.
 *
 * @param fields the map
 * @param where where it sits, for messages
 * @param origin the object it belongs to
 */
record SpecFields(Map<String, Object> fields, Message where, ObjectOrigin origin) {

    /** The map of an object's field, or an error when it is missing or not a map. */
    static SpecFields of(Object value, Message where, ObjectOrigin origin) throws ManifestException {
        if (!(value instanceof Map<?, ?> map)) {
            throw origin.error(value == null ? "sourceError.required" : "sourceError.notMap", where);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return new SpecFields(fields, where, origin);
    }

    /** Whether the field is set (present and not null). */
    boolean has(String field) {
        return fields.get(field) != null;
    }

    /** The place of a field of this map. */
    Message at(String field) {
        return Message.of("sourceWhere.field", where, field);
    }

    /** The field's keys that are set, in name order. */
    Set<String> setFields() {
        Set<String> out = new TreeSet<>();
        fields.forEach((k, v) -> {
            if (v != null) {
                out.add(k);
            }
        });
        return out;
    }

    /** The one field of this map that is set, which must be one of {@code allowed} (listed in messages as given). */
    String oneOf(List<String> allowed) throws ManifestException {
        Set<String> set = setFields();
        if (set.size() != 1 || !allowed.containsAll(set)) {
            throw origin.error("sourceError.oneOf", where, String.join(", ", set), String.join(", ", allowed));
        }
        return set.iterator().next();
    }

    /** Each item of a list field as a map, placed by what {@code where} says of its 1-based number. */
    List<SpecFields> items(String field, java.util.function.IntFunction<Message> where) throws ManifestException {
        List<?> list = list(field);
        List<SpecFields> out = new java.util.ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(of(list.get(i), where.apply(i + 1), origin));
        }
        return out;
    }

    /** A field that holds a map. */
    SpecFields map(String field) throws ManifestException {
        return of(fields.get(field), at(field), origin);
    }

    /** A field that holds a list, empty when absent. */
    List<?> list(String field) throws ManifestException {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw origin.error("sourceError.notList", at(field));
        }
        return list;
    }

    /** A field that holds text, empty when absent. */
    Optional<String> text(String field) throws ManifestException {
        Object value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            throw origin.error("sourceError.notText", at(field));
        }
        return Optional.of(s);
    }

    /** A field that holds a whole number, empty when absent. */
    Optional<Integer> number(String field) throws ManifestException {
        Object value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e9) {
            return Optional.of(n.intValue());
        }
        throw origin.error("sourceError.notNumber", at(field), String.valueOf(value));
    }

    /** A field that holds a label selector ({@code {}} selects everything). */
    LabelSelector selector(String field) throws ManifestException {
        SpecFields map = map(field);
        io.fabric8.kubernetes.api.model.LabelSelector selector;
        try {
            selector = ManifestSource.serialization().convertValue(map.fields(), io.fabric8.kubernetes.api.model.LabelSelector.class);
        } catch (RuntimeException e) {
            throw origin.error("sourceError.notSelector", at(field));
        }
        return LabelSelectorConverter.convert(selector, origin, at(field));
    }
}
