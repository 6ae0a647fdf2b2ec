package io.kubereach.source;

import io.kubereach.describe.Message;
import io.kubereach.model.Cidr;
import io.kubereach.model.IpAddress;
import io.kubereach.model.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One map of a custom resource read as generic data (fabric8 has no class for Cilium, Calico,
 * Istio or Antrea objects), knowing where it sits so that every error names the field:
 * {@code spec egress item 2 toPorts item 1 ports item 3 port}. A field that is absent and a
 * field set to {@code null} read alike, as Go's JSON decoding reads them; an empty list is not
 * absent (Cilium tells {@code fromEndpoints: []} from no {@code fromEndpoints}).
 *
 * @param fields the map
 * @param where where it sits, for messages
 * @param origin the object it belongs to
 */
record CrdFields(Map<String, Object> fields, Message where, ObjectOrigin origin) {

    /** The map a value holds, or an error naming the place when it is missing or not a map. */
    static CrdFields of(Object value, Message where, ObjectOrigin origin) throws ManifestException {
        if (!(value instanceof Map<?, ?> map)) {
            throw origin.error(value == null ? "cniError.required" : "cniError.notMap", where);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        return new CrdFields(fields, where, origin);
    }

    /** Whether the field is set (present and not null). */
    boolean has(String field) {
        return fields.get(field) != null;
    }

    /** The place of a field of this map. */
    Message at(String field) {
        return Message.of("sourceWhere.field", where, field);
    }

    /** A field that must hold a map. */
    CrdFields map(String field) throws ManifestException {
        return of(fields.get(field), at(field), origin);
    }

    /** A field that may hold a map. */
    Optional<CrdFields> optionalMap(String field) throws ManifestException {
        return has(field) ? Optional.of(map(field)) : Optional.empty();
    }

    /** The maps of a list field; empty when the field is absent. */
    List<CrdFields> maps(String field) throws ManifestException {
        return optionalMaps(field).orElse(List.of());
    }

    /** The maps of a list field, or empty when the field is absent (an empty list is present). */
    Optional<List<CrdFields>> optionalMaps(String field) throws ManifestException {
        Optional<List<?>> items = optionalList(field);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<CrdFields> maps = new ArrayList<>();
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
                throw origin.error("cniError.notText", item(field, i));
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
            throw origin.error("cniError.notList", at(field));
        }
        return Optional.of(list);
    }

    /** A field that holds text; empty when absent. */
    Optional<String> text(String field) throws ManifestException {
        Object value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            throw origin.error("cniError.notText", at(field));
        }
        return Optional.of(s);
    }

    /** A field that holds text or a number (ports, protocols), as text; empty when absent. */
    Optional<String> scalar(String field) throws ManifestException {
        Object value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw origin.error("cniError.notText", at(field));
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
            throw origin.error("cniError.notFlag", at(field));
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
        throw origin.error("cniError.notNumber", at(field), String.valueOf(value));
    }

    /** This map read as a Kubernetes label selector, its operators checked ({@code {}} selects everything). */
    LabelSelector asLabelSelector() throws ManifestException {
        io.fabric8.kubernetes.api.model.LabelSelector raw;
        try {
            raw = ManifestSource.serialization().convertValue(fields, io.fabric8.kubernetes.api.model.LabelSelector.class);
        } catch (RuntimeException e) {
            throw origin.error("cniError.notSelector", where);
        }
        return LabelSelectorConverter.convert(raw, origin, where);
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
