/**
 * What the app remembers between runs: the last source, the language and the
 * {@link io.kubereach.ui.prefs.Theme}, in Java preferences or (for tests and
 * {@code -Dkubereach.prefs=memory}) in memory ({@link io.kubereach.ui.prefs.AppPreferences}).
 *
 * <p>Place in the data flow: outside it; the view models read and write it. Depends on
 * {@code text} and {@code ui.source}.
 */
package io.kubereach.ui.prefs;
