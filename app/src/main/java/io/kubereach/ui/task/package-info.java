/**
 * Background work for the app: a {@link io.kubereach.ui.task.JobRunner} runs each load, analysis
 * and layout off the JavaFX thread (a {@code javafx.concurrent.Task} in the app, inline in tests),
 * reports its steps and progress and can be cancelled.
 *
 * <p>Place in the data flow: carries every step of it in the app, so the JavaFX thread only shows
 * results. Depends on the JDK and {@code javafx.concurrent}.
 */
package io.kubereach.ui.task;
