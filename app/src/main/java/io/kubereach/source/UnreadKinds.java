package io.kubereach.source;

import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of kinds a manifest source does not read, named once per kind with a count and the
 * first of them, so that nothing is skipped in silence and a repository of many files does not
 * drown the reader in one line per object. Kinds that shape traffic but are not analysed yet
 * (vendor policies, meshes, some Gateway API routes) say so.
 */
final class UnreadKinds {

    /**
     * One object that was not read.
     *
     * @param apiVersion its apiVersion
     * @param kind its kind
     * @param where the piece and the object, for the first example
     * @param notAnalysed why it matters and is not analysed, when it shapes traffic
     */
    record Seen(String apiVersion, String kind, String where, Optional<Message> notAnalysed) {
    }

    /**
     * The objects of one kind.
     *
     * @param first the first seen
     * @param count how many
     */
    private record Kind(Seen first, int count) {
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    /** Counts an object, in reading order. */
    void add(Seen seen) {
        kinds.merge(ManifestKinds.group(seen.apiVersion()) + "/" + seen.kind(), new Kind(seen, 1),
                (earlier, now) -> new Kind(earlier.first(), earlier.count() + 1));
    }

    /** One warning per kind, in the order the kinds were first seen. */
    List<Message> warnings() {
        List<Message> out = new ArrayList<>();
        for (Kind k : kinds.values()) {
            Seen first = k.first();
            Message what = first.notAnalysed().orElse(Message.of("sourceWarning.notRead", first.apiVersion(), first.kind()));
            out.add(k.count() == 1
                    ? Message.of("sourceWarning.unreadKindOnce", first.where(), what)
                    : Message.of("sourceWarning.unreadKind", first.where(), what, k.count() - 1));
        }
        return out;
    }
}
