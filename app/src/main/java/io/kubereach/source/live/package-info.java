/**
 * Live clusters: kubeconfig files and contexts ({@link io.kubereach.source.live.Kubeconfig}), a
 * read-only load with get and list only ({@code ResourceLister}: kinds the
 * user may not read become gaps, not errors), then watches that keep a
 * {@link io.kubereach.source.live.LiveCluster} current and report batched changes; a load can be
 * saved as a snapshot file ({@link io.kubereach.source.live.SnapshotFile}).
 *
 * <p>Place in the data flow: a source: API objects → {@code ClusterConverter} → ClusterSnapshot;
 * each change gives a new snapshot. Depends on {@code source}, {@code model} and {@code text}.
 */
package io.kubereach.source.live;
