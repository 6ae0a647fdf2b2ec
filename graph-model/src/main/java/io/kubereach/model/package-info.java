/**
 * The model: a {@link io.kubereach.model.ClusterSnapshot} of immutable records (namespaces, nodes,
 * pods with their pause sandbox and containers, workloads, Services and endpoints, Ingresses,
 * NetworkPolicies, kube-proxy's configuration) and what the source could not read
 * ({@link io.kubereach.model.SourceGap}s, warnings). Defaults are filled once, where manifests or
 * API objects become the model; nothing inside is null.
 *
 * <p>Place in the data flow: sources → <b>ClusterSnapshot</b> → engine → NetworkGraph → views.
 * A snapshot is a value: a live update makes a new one. Depends only on itself, {@code text} and
 * the JDK; every other layer reads it.
 */
package io.kubereach.model;
