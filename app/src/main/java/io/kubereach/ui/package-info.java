/**
 * The JavaFX desktop app's entry: {@link io.kubereach.ui.KubeReachApp} wires the preferences,
 * the source loader, the job runner, the view models and the main window;
 * {@link io.kubereach.ui.KubeReachLauncher} starts it from the class path.
 *
 * <p>Place in the data flow: the app is a view: sources → snapshot → engine → graph → its panels,
 * in MVVM ({@code ui.model} holds the state, {@code ui.view} binds to it). Depends on its
 * sub-packages; none of them depends on it.
 */
package io.kubereach.ui;
