package io.kubereach.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@link Message}s in one language from the {@code io.kubereach.text.messages}
 * bundle, read as a {@link TextBundle}: English stays English on a Chinese desktop.
 */
public final class MessageText {

    /** The base name of the graph-model bundle: every sentence graph-model and the sources make. */
    public static final String BUNDLE = "io.kubereach.text.messages";

    private final TextBundle bundle;

    private MessageText(TextBundle bundle) {
        this.bundle = bundle;
    }

    /** The renderer for a language. */
    public static MessageText in(Language language) {
        return new MessageText(TextBundle.of(language, MessageText.class.getClassLoader(), BUNDLE));
    }

    /** One message in English, the words of the command line and of logs. */
    public static String english(Message message) {
        return in(Language.ENGLISH).render(message);
    }

    /** Messages in English, one string each. */
    public static List<String> english(List<? extends Message> messages) {
        MessageText text = in(Language.ENGLISH);
        return messages.stream().map(text::render).toList();
    }

    /** The language this renderer writes. */
    public Language language() {
        return bundle.language();
    }

    /** One message as text. */
    public String render(Message message) {
        if (message instanceof Message.Verbatim v) {
            return v.text();
        }
        if (message instanceof Message.Count c) {
            return format("count.number", c.value());
        }
        if (message instanceof Message.Series s) {
            return series(s);
        }
        Message.Keyed keyed = (Message.Keyed) message;
        Object[] args = new Object[keyed.args().size()];
        for (int i = 0; i < args.length; i++) {
            Message arg = keyed.args().get(i);
            args[i] = arg instanceof Message.Count c ? (Object) c.value() : render(arg);
        }
        return format(keyed.key(), args);
    }

    /** Lines indented by depth: two spaces per level and a dash before every nested item. */
    public List<String> lines(List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String text = render(s.message());
            out.add(s.depth() == 0 ? text : "  ".repeat(s.depth() - 1) + "  - " + text);
        }
        return out;
    }

    /** The lines of {@link #lines} joined, each ending in a newline. */
    public String text(List<Sentence> sentences) {
        StringBuilder out = new StringBuilder();
        lines(sentences).forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private String series(Message.Series s) {
        List<String> items = new ArrayList<>();
        s.items().forEach(i -> items.add(render(i)));
        if (items.isEmpty()) {
            return s.omitted() > 0 ? format("count.number", s.omitted()) : "";
        }
        boolean truncated = s.omitted() > 0;
        String joined = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            joined = format(i == items.size() - 1 && !truncated ? "list.last" : "list.join", joined, items.get(i));
        }
        return truncated ? format("list.more", joined, s.omitted()) : joined;
    }

    private String format(String key, Object... args) {
        return bundle.get(key, args);
    }
}
