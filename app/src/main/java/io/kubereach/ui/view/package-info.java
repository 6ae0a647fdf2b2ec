/**
 * The app's JavaFX controls: the main window, menus and toolbar, the diagram tab on
 * {@code diagram.fx}, the matrix, the sidebar and legend, the details panes, the simulation pane
 * and the dialogs. Each builds its controls and binds them to its view model in {@code ui.model},
 * where the state and the decisions live.
 *
 * <p>Place in the data flow: the last step, <b>views</b>. Depends on the view models and
 * everything below them; nothing but the app's entry depends on it.
 */
package io.kubereach.ui.view;
