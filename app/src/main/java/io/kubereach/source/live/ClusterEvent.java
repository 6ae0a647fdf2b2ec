package io.kubereach.source.live;

import io.kubereach.model.ClusterSnapshot;
import java.time.Instant;

/**
 * The cluster changed: the new model, and which objects made the difference, so that a view can
 * recolour what changed instead of laying everything out again.
 *
 * @param snapshot the model after the change, a new immutable value
 * @param change the objects added, removed and changed since the previous event
 * @param at when the change was seen
 */
public record ClusterEvent(ClusterSnapshot snapshot, ClusterChange change, Instant at) {
}
