package io.kubereach.source.live;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The objects read from a cluster, each reduced to the fields KubeReach reads, kept per kind in
 * the order the API server lists them. Safe to use from the watch threads; it reports what each
 * update changed, so that a heartbeat that changes nothing KubeReach reads is no change.
 */
final class ObjectStore {

    private final Map<ResourceKind, NavigableMap<String, HasMetadata>> objects = new EnumMap<>(ResourceKind.class);

    /** Adds or replaces an object; the change it makes, empty when the kept fields are the same. */
    synchronized Optional<ClusterChange.Kind> put(ResourceKind kind, HasMetadata object) {
        HasMetadata earlier = map(kind).put(ObjectKey.of(object), object);
        if (earlier == null) {
            return Optional.of(ClusterChange.Kind.ADDED);
        }
        return earlier.equals(object) ? Optional.empty() : Optional.of(ClusterChange.Kind.CHANGED);
    }

    /** Removes an object; whether it was there. */
    synchronized boolean remove(ResourceKind kind, HasMetadata object) {
        return map(kind).remove(ObjectKey.of(object)) != null;
    }

    /**
     * Replaces what one read covers with what it listed again (after a watch was lost), and
     * returns the changes that makes.
     */
    synchronized Map<ObjectRef, ClusterChange.Kind> replace(Read read, List<HasMetadata> listed) {
        Map<ObjectRef, ClusterChange.Kind> changes = new HashMap<>();
        NavigableMap<String, HasMetadata> map = map(read.kind());
        Set<String> seen = new TreeSet<>();
        for (HasMetadata object : listed) {
            seen.add(ObjectKey.of(object));
            put(read.kind(), object).ifPresent(change -> changes.put(ObjectRef.of(read.kind(), object), change));
        }
        for (HasMetadata object : List.copyOf(map.values())) {
            if (read.covers(object) && !seen.contains(ObjectKey.of(object))) {
                map.remove(ObjectKey.of(object));
                changes.put(ObjectRef.of(read.kind(), object), ClusterChange.Kind.REMOVED);
            }
        }
        return changes;
    }

    /** Every object, kind by kind in reading order, each kind in key order. */
    synchronized List<HasMetadata> all() {
        List<HasMetadata> all = new ArrayList<>();
        objects.values().forEach(map -> all.addAll(map.values()));
        return all;
    }

    /** How many objects of a kind are held. */
    synchronized int count(ResourceKind kind) {
        return map(kind).size();
    }

    /** The namespaces objects were seen in (declared Namespaces and those of namespaced objects). */
    synchronized Set<String> namespaces() {
        Set<String> names = new TreeSet<>(map(ResourceKind.NAMESPACE).keySet());
        objects.forEach((kind, map) -> {
            if (kind.namespaced()) {
                map.keySet().forEach(key -> names.add(key.substring(0, key.indexOf('/'))));
            }
        });
        return names;
    }

    private NavigableMap<String, HasMetadata> map(ResourceKind kind) {
        return objects.computeIfAbsent(kind, k -> new TreeMap<>());
    }
}
