package io.kubereach.source;

import io.kubereach.model.Cidr;
import io.kubereach.model.IpAddress;
import io.kubereach.model.LabelSelector;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * One map of a custom resource read as generic data (fabric8 has no class for the cluster-wide
 * policies, nor for Cilium, Calico, Istio or Antrea objects), with the place it sits at, so that
 * every error names the field: {@code egress rule 2 peer 1 networks}. A field that is absent and a
 * field set to {@code null} read alike, as Go's JSON decoding reads them; an empty list is not
 * absent (Cilium tells {@code fromEndpoints: []} from no {@code fromEndpoints}).
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
    List<SpecFields> items(String field, IntFunction<Message> where) throws ManifestException {
        List<?> list = list(field);
        List<SpecFields> out = new ArrayList<>(list.size());
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
        return optionalList(field).orElse(List.of());
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
        return map(field).asLabelSelector();
    }

    /** A field that may hold a map. */
    Optional<SpecFields> optionalMap(String field) throws ManifestException {
        return has(field) ? Optional.of(map(field)) : Optional.empty();
    }

    /** The maps of a list field; empty when the field is absent. */
    List<SpecFields> maps(String field) throws ManifestException {
        return optionalMaps(field).orElse(List.of());
    }

    /** The maps of a list field, or empty when the field is absent (an empty list is present). */
    Optional<List<SpecFields>> optionalMaps(String field) throws ManifestException {
        Optional<List<?>> items = optionalList(field);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<SpecFields> maps = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            maps.add(of(items.get().get(i), item(field, i), origin));
        }
        return Optional.of(maps);
    }

    /** The texts of a list field (numbers read as their digits); empty when the field is absent. */
    List<String> texts(String field) throws ManifestException {
        return optionalTexts(field).orElse(List.of());
    }

    /** The texts of a list field, or empty when the field is absent. */
    Optional<List<String>> optionalTexts(String field) throws ManifestException {
        Optional<List<?>> items = optionalList(field);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            Object value = items.get().get(i);
            if (!(value instanceof String) && !(value instanceof Number)) {
                throw origin.error("sourceError.notText", item(field, i));
            }
            texts.add(scalarText(value));
        }
        return Optional.of(texts);
    }

    /** The raw items of a list field, or empty when the field is absent. */
    Optional<List<?>> optionalList(String field) throws ManifestException {
        Object value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof List<?> list)) {
            throw origin.error("sourceError.notList", at(field));
        }
        return Optional.of(list);
    }

    /** A field that holds text or a number (ports, protocols), as text; empty when absent. */
    Optional<String> scalar(String field) throws ManifestException {
        Object value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw origin.error("sourceError.notText", at(field));
        }
        return Optional.of(scalarText(value));
    }

    /** A field that holds true or false; empty when absent. */
    Optional<Boolean> flag(String field) throws ManifestException {
        Object value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean b)) {
            throw origin.error("sourceError.notFlag", at(field));
        }
        return Optional.of(b);
    }

    /** A field that holds a number (a Calico {@code order} is a float); empty when absent. */
    OptionalDouble decimal(String field) throws ManifestException {
        Object value = fields.get(field);
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return OptionalDouble.of(n.doubleValue());
        }
        throw origin.error("sourceError.notDecimal", at(field), String.valueOf(value));
    }

    /** This map read as a Kubernetes label selector, its operators checked ({@code {}} selects everything). */
    LabelSelector asLabelSelector() throws ManifestException {
        return asLabelSelector(LabelKeySyntax.KUBERNETES);
    }

    /** This map read as a label selector whose keys are written in {@code keys}' syntax. */
    LabelSelector asLabelSelector(LabelKeySyntax keys) throws ManifestException {
        io.fabric8.kubernetes.api.model.LabelSelector raw;
        try {
            raw = ManifestSource.serialization().convertValue(fields, io.fabric8.kubernetes.api.model.LabelSelector.class);
        } catch (RuntimeException e) {
            throw origin.error("sourceError.notSelector", where);
        }
        return LabelSelectorConverter.convert(raw, origin, where, keys);
    }

    /**
     * The blocks of a list field of CIDRs in which a bare address means its /32 (/128), as
     * Cilium's {@code toCIDR} and Calico's {@code nets} read them; empty when absent.
     */
    List<Cidr> blocks(String field) throws ManifestException {
        List<Cidr> blocks = new ArrayList<>();
        List<String> texts = texts(field);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            blocks.add(cidrOrAddress(text).orElseThrow(() -> origin.error("sourceError.notCidr", item(field, blocks.size()), text)));
        }
        return blocks;
    }

    /** A CIDR, or an address as the block of that one address. */
    static Optional<Cidr> cidrOrAddress(String text) {
        String t = text.trim();
        return Cidr.parse(t).or(() -> IpAddress.parse(t).map(a -> new Cidr(a, a.bits())));
    }

    /** The place of an item of a list field, counted from 1. */
    Message item(String field, int index) {
        return Message.of("sourceWhere.item", at(field), String.valueOf(index + 1));
    }

    /** A whole number as its digits (YAML reads {@code 80} as a number), text as it is. */
    private static String scalarText(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return String.valueOf(n.longValue());
        }
        return String.valueOf(value);
    }
}

