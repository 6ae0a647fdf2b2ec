/**
 * The app's view models: what is loaded and analysed ({@link io.kubereach.ui.model.Analysis},
 * {@link io.kubereach.ui.model.WorkspaceViewModel}), selection, search, filters, details, the
 * matrix, simulation, export and status, as read-only JavaFX properties changed through named
 * methods. Long work runs as jobs on {@code ui.task}; tested with plain JUnit, no toolkit.
 *
 * <p>Place in the data flow: snapshot → engine → graph → <b>view state</b> → views. Depends on
 * graph-model, {@code source}, {@code diagram}, {@code ui.i18n}, {@code ui.prefs},
 * {@code ui.source} and {@code ui.task}; never on {@code ui.view}, and uses no {@code javafx.scene}.
 */
package io.kubereach.ui.model;
