package io.kubereach.source;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * fabric8's serialization, which also types a raw object (maps, lists and scalars as the YAML reader
 * gives them) as its fabric8 class in one pass: its tokens are written straight into a buffer that
 * the mapper reads. {@link KubernetesSerialization#convertValue} first serializes the maps through
 * Jackson's generic map serializers (a serializer looked up for every key and value), which at
 * 10,000 pods was half of the typing's time. Values of any other Java type than those the YAML
 * reader makes are typed by {@code convertValue}, as before.
 */
final class RawTyping extends KubernetesSerialization {

    /** The mapper fabric8 configured (its modules, features and handlers); set while the constructor runs. */
    private ObjectMapper configured;

    @Override
    protected ObjectMapper configureMapper(ObjectMapper mapper) {
        ObjectMapper result = super.configureMapper(mapper);
        configured = result;
        return result;
    }

    /** The object as {@code type}; throws as {@code convertValue} does when a field has the wrong shape. */
    <T> T typed(Map<String, Object> fields, Class<T> type) {
        TokenBuffer tokens = TokenBuffer.forGeneration();
        if (!write(fields, tokens)) {
            return convertValue(fields, type);
        }
        return configured.readValue(tokens, type);
    }

    /** Writes a value's tokens; false when it holds a Java type the YAML reader does not make. */
    private static boolean write(Object value, TokenBuffer out) {
        if (value instanceof String s) {
            out.writeString(s);
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String name)) {
                    return false;
                }
                out.writeName(name);
                if (!write(entry.getValue(), out)) {
                    return false;
                }
            }
            out.writeEndObject();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                if (!write(item, out)) {
                    return false;
                }
            }
            out.writeEndArray();
        } else if (value == null) {
            out.writeNull();
        } else if (value instanceof Integer i) {
            out.writeNumber(i.intValue());
        } else if (value instanceof Long l) {
            out.writeNumber(l.longValue());
        } else if (value instanceof BigInteger b) {
            out.writeNumber(b);
        } else if (value instanceof Double d) {
            out.writeNumber(d.doubleValue());
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else {
            return false;
        }
        return true;
    }
}
