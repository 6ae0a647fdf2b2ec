/**
 * How the allowed connectivity of one cluster differs from another's, as netpol-analyzer's
 * {@code diff} computes it: both sides' connection lists compared pair by pair
 * ({@link io.kubereach.diff.ConnectivityDiff}), each pair's {@link io.kubereach.diff.ChangeKind},
 * the workloads on one side only, and the txt/csv/md/dot formats. A pair that either side could
 * not judge is uncertain, never unchanged.
 *
 * <p>Place in the data flow: two snapshots → engine → report's connection lists → <b>diff</b> →
 * the command line; the graph reads {@code ChangeKind} to paint what changed. Depends on
 * {@code model}, {@code engine} and {@code report}.
 */
package io.kubereach.diff;
