/**
 * Sources: where a {@link io.kubereach.model.ClusterSnapshot} comes from. Manifest files and
 * folders, snapshot files (written by {@code source.live}) and the built-in demo are read with
 * fabric8's parser
 * ({@link io.kubereach.source.ManifestSource}, {@link io.kubereach.source.DemoCluster}) and turned
 * into the model by one {@link io.kubereach.source.ClusterConverter}, the same for files and for
 * live clusters. Bad input is one clear line naming file and object
 * ({@link io.kubereach.source.ManifestException}).
 *
 * <p>Place in the data flow: <b>sources</b> → ClusterSnapshot → engine → NetworkGraph → views.
 * The only part that sees fabric8 and Jackson; depends on {@code model} and {@code text}, never on
 * the UI or the command line.
 */
package io.kubereach.source;
