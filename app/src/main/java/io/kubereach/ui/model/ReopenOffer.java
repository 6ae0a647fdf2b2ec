package io.kubereach.ui.model;

import io.kubereach.ui.prefs.AppPreferences;
import io.kubereach.ui.source.ClusterSource;
import java.util.Optional;

/**
 * A source the window offers to open rather than opening it unasked: the last source, when it
 * took long to open last time (the start then shows at once instead of waiting for it), or a
 * first opening that was cancelled.
 *
 * @param source the source
 * @param lastTime how long it took to open last time, if known
 */
public record ReopenOffer(ClusterSource source, Optional<AppPreferences.OpenCost> lastTime) {
}
