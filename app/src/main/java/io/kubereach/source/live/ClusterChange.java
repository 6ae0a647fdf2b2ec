package io.kubereach.source.live;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed in the cluster between two snapshots: the objects that appeared, went away, or
 * changed in a field KubeReach reads (labels, ports, policy rules, …; a status heartbeat is
 * not a change).
 *
 * @param added the objects that appeared
 * @param removed the objects that went away
 * @param changed the objects that changed
 */
public record ClusterChange(Set<ObjectRef> added, Set<ObjectRef> removed, Set<ObjectRef> changed) {

    public ClusterChange {
        added = Set.copyOf(added);
        removed = Set.copyOf(removed);
        changed = Set.copyOf(changed);
    }

    /** How one object changed. */
    enum Kind {
        ADDED, REMOVED, CHANGED;

        /** What two changes of one object in a row amount to; empty when they cancel out. */
        static java.util.Optional<Kind> then(Kind first, Kind second) {
            if (first == ADDED) {
                return second == REMOVED ? java.util.Optional.empty() : java.util.Optional.of(ADDED);
            }
            if (first == REMOVED) {
                return java.util.Optional.of(second == REMOVED ? REMOVED : CHANGED);
            }
            return java.util.Optional.of(second == REMOVED ? REMOVED : CHANGED);
        }
    }

    /** The change of a set of per-object changes. */
    static ClusterChange of(Map<ObjectRef, Kind> changes) {
        Set<ObjectRef> added = new TreeSet<>();
        Set<ObjectRef> removed = new TreeSet<>();
        Set<ObjectRef> changed = new TreeSet<>();
        new TreeMap<>(changes).forEach((ref, kind) -> {
            switch (kind) {
                case ADDED -> added.add(ref);
                case REMOVED -> removed.add(ref);
                case CHANGED -> changed.add(ref);
                default -> throw new IllegalStateException(kind.name());
            }
        });
        return new ClusterChange(added, removed, changed);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Every object named, sorted. */
    public Set<ObjectRef> all() {
        Set<ObjectRef> all = new TreeSet<>(added);
        all.addAll(removed);
        all.addAll(changed);
        return all;
    }
}
