package io.kubereach.source;

import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Message} as plain JSON values and back, so a snapshot file keeps its warnings as keys
 * and arguments (to be shown in any language): text as a string, a count as a number, a keyed
 * message as {@code {"key": …, "args": [...]}}, a list as {@code {"items": [...], "omitted": n}}.
 */
final class MessageJson {

    private MessageJson() {
    }

    /** The JSON value of a message: a String, a Long, or a Map of such values. */
    static Object encode(Message message) {
        if (message instanceof Message.Verbatim v) {
            return v.text();
        }
        if (message instanceof Message.Count c) {
            return c.value();
        }
        if (message instanceof Message.Series s) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("items", s.items().stream().map(MessageJson::encode).toList());
            out.put("omitted", s.omitted());
            return out;
        }
        Message.Keyed k = (Message.Keyed) message;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", k.key());
        out.put("args", k.args().stream().map(MessageJson::encode).toList());
        return out;
    }

    /** The message a JSON value holds; fails with an IllegalArgumentException on anything else. */
    static Message decode(Object json) {
        if (json instanceof String s) {
            return Message.verbatim(s);
        }
        if (json instanceof Number n) {
            return new Message.Count(n.longValue());
        }
        if (json instanceof Map<?, ?> map && map.get("key") instanceof String key) {
            return new Message.Keyed(key, decodeAll(map.get("args")));
        }
        if (json instanceof Map<?, ?> map && map.containsKey("items")) {
            long omitted = map.get("omitted") instanceof Number n ? n.longValue() : 0;
            return new Message.Series(decodeAll(map.get("items")), omitted);
        }
        throw new IllegalArgumentException("not a message: " + json);
    }

    private static List<Message> decodeAll(Object json) {
        List<Message> out = new ArrayList<>();
        if (json instanceof List<?> list) {
            list.forEach(item -> out.add(decode(item)));
        } else if (json != null) {
            throw new IllegalArgumentException("not a list of messages: " + json);
        }
        return out;
    }
}
