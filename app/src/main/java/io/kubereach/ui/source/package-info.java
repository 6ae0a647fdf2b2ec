/**
 * What the app opens: a {@link io.kubereach.ui.source.ClusterSource} (the demo, files, a live
 * context) loaded as a job by a {@link io.kubereach.ui.source.SourceLoader}
 * ({@link io.kubereach.ui.source.ClusterSourceLoader} in the app), read ahead of the window at
 * start and watched for live changes.
 *
 * <p>Place in the data flow: the app's end of <b>sources</b> → ClusterSnapshot. Depends on
 * {@code source}, {@code source.live}, {@code model} and {@code ui.task}.
 */
package io.kubereach.ui.source;
