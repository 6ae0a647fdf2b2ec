/**
 * The entry point: {@link io.kubereach.launch.Main} runs the command line and hands it the desktop
 * app, the one place that knows both.
 *
 * <p>Place in the data flow: before it; it wires the command line and the app. Depends on
 * {@code cli} and {@code ui}; nothing depends on it.
 */
package io.kubereach.launch;
